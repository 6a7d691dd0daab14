/**
 * Markdown for reading and review: heading, dateline, source note and every
 * bracket note as footnotes, then each aligned row with the original and the
 * translation. All text is escaped so nothing in it becomes markup or HTML.
 */
import type { Edition, EditionParagraph } from '../edition/edition.ts';
import { neutraliseControls } from './escape-xml.ts';

/** Backslash-escapes every CommonMark punctuation that could start markup; `<`/`&` can never open HTML. */
export function markdownText(text: string): string {
  return neutraliseControls(text).replace(/[\\`*_{}\[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
}

function paragraphMarkdown(p: EditionParagraph): string {
  return p.inlines.map((i) => {
    if (i.kind === 'text') return markdownText(i.text);
    if (i.kind === 'bracket') return `${markdownText(i.text)}[^${i.footnote}]`;
    return `[^${i.footnote}]`;
  }).join('');
}

export function toMarkdown(e: Edition): string {
  const out: string[] = [
    `# ${e.documentNumber}\\. ${markdownText(e.heading)}[^1]`, '',
    `*${markdownText(e.dateline.display)}*`, '',
  ];
  for (const row of e.rows) {
    if (row.original.paragraphs.length === 0 && row.translation.paragraphs.length === 0) continue;
    out.push(`<a id="${row.id}"></a>`, '');
    for (const p of row.original.paragraphs) out.push(`> ${paragraphMarkdown(p)}`, '');
    for (const p of row.translation.paragraphs) out.push(paragraphMarkdown(p), '');
    for (const v of row.variants) out.push(`*${markdownText(v.label)}:* ${markdownText(v.text) || '*(no counterpart)*'}`, '');
  }
  const fm = e.frontMatter;
  out.push('---', '', '## Sources', '', ...fm.sources.map((src) => `- ${markdownText(src.label)} (${markdownText(src.lang)}, ${src.role})${src.preparedForProject ? ' — *written for this project for demonstration and testing; not the archive’s*' : ''}`), '');
  const names = [...fm.places, ...fm.persons, ...fm.organisations];
  if (names.length) out.push('## Places and persons', '', ...names.map((n) => `- ${markdownText(n.canonical)}${n.original || n.variants.length ? ` (${markdownText([n.original, ...n.variants].filter((x): x is string => !!x).join('; '))})` : ''}`), '');
  // Markdown anchors are per row; the index names the paragraph and links to its row.
  const rowOf = new Map(e.rows.flatMap((r) => [...r.original.paragraphs, ...r.translation.paragraphs].map((p) => [p.id, r.id] as const)));
  if (e.index.length) out.push('## Index', '', ...e.index.map((x) => `- ${markdownText(x.heading)}: ${x.locations.map((l) => `[${markdownText(l.paragraphId)}](#${rowOf.get(l.paragraphId) ?? ''})`).join(', ')}`), '');
  out.push('## Revisions', '', ...e.revisions.lines.map((l) => `- ${markdownText(l)}`), '');
  for (const f of e.footnotes) out.push(`[^${f.n}]: ${markdownText(f.text)}`);
  return out.join('\n') + '\n';
}
