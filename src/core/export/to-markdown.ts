/**
 * Markdown for reading and review: heading, dateline, source note and every
 * bracket note as footnotes, then each aligned row with the original and the
 * translation. Text is escaped just enough that nothing in it becomes markup
 * or HTML, and no more, so the file still reads as plain prose.
 */
import type { Edition, EditionParagraph } from '../edition/edition.ts';
import { neutraliseControls } from './escape-xml.ts';

/**
 * Characters that open markup wherever they stand (code, emphasis,
 * strikethrough, links and footnotes, raw HTML, table cells). `!` and `(`
 * need nothing: an image or a link target only follows a `[`, which is
 * escaped. `.`, `-`, `+`, `#`, `>` and `=` matter only at the start of a
 * line, so `Ba-ke-tu` and `p.m.` stay as they are.
 */
const INLINE_MARKUP = /[\\`*_[\]<~|]/g;
/** `&` only where it would start an entity (`&amp;`, `&#32;`); `Smith & Co` stays. */
const ENTITY_START = /&(?=#?[0-9a-zA-Z]+;)/g;

/** What a line may start with that CommonMark reads as a block: heading, list, quote, break, setext underline. */
function escapeLineStart(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  // Four spaces (or a tab) would make an indented code block: the first becomes an entity.
  const indent = /^( {4}|\t)/.test(lead) ? `&#32;${lead.slice(1)}` : lead;
  const rest = line.slice(lead.length);
  const escaped = /^#{1,6}(?=[ \t]|$)/.test(rest) || /^[-+>=]/.test(rest)
    ? `\\${rest}`
    : rest.replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return indent + escaped;
}

/**
 * Escapes only what CommonMark (and GitHub's tables, strikethrough and
 * footnotes) would read as markup, so the text reads as written and nothing
 * in it becomes a link, HTML or structure. `atLineStart`: the text opens a
 * line (a paragraph, a list item, a footnote), where block markers count.
 */
export function markdownText(text: string, atLineStart = false): string {
  const inline = neutraliseControls(text).replace(INLINE_MARKUP, (c) => `\\${c}`).replace(ENTITY_START, '\\&');
  return inline.split('\n').map((line, i) => (i > 0 || atLineStart ? escapeLineStart(line) : line)).join('\n');
}

/** A heading's text, on one line, with every `#` escaped: at the line's end it would be read as a closing sequence. */
function markdownHeading(text: string): string {
  return markdownText(text.replace(/\s*\n\s*/g, ' ')).replace(/#/g, '\\#');
}

function paragraphMarkdown(p: EditionParagraph): string {
  let out = '';
  for (const i of p.inlines) {
    const atLineStart = out === '' || out.endsWith('\n');
    if (i.kind === 'text') out += markdownText(i.text, atLineStart);
    else if (i.kind === 'bracket') out += `${markdownText(i.text, atLineStart)}[^${i.footnote}]`;
    else out += `[^${i.footnote}]`;
  }
  return out;
}

export function toMarkdown(e: Edition): string {
  const out: string[] = [
    `# ${e.documentNumber}. ${markdownHeading(e.heading)}[^1]`, '',
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
  out.push('---', '', '## Sources', '', ...fm.sources.map((src) => `- ${markdownText(src.label, true)} (${markdownText(src.lang)}, ${src.role})${src.preparedForProject ? ' — *written for this project for demonstration and testing; not the archive’s*' : ''}`), '');
  const names = [...fm.places, ...fm.persons, ...fm.organisations];
  if (names.length) out.push('## Places and persons', '', ...names.map((n) => `- ${markdownText(n.canonical, true)}${n.original || n.variants.length ? ` (${markdownText([n.original, ...n.variants].filter((x): x is string => !!x).join('; '))})` : ''}`), '');
  // Markdown anchors are per row; the index names the paragraph and links to its row.
  const rowOf = new Map(e.rows.flatMap((r) => [...r.original.paragraphs, ...r.translation.paragraphs].map((p) => [p.id, r.id] as const)));
  if (e.index.length) out.push('## Index', '', ...e.index.map((x) => `- ${markdownText(x.heading, true)}: ${x.locations.map((l) => `[${markdownText(l.paragraphId)}](#${rowOf.get(l.paragraphId) ?? ''})`).join(', ')}`), '');
  out.push('## Revisions', '', ...e.revisions.lines.map((l) => `- ${markdownText(l, true)}`), '');
  for (const f of e.footnotes) out.push(`[^${f.n}]: ${markdownText(f.text, true)}`);
  return out.join('\n') + '\n';
}
