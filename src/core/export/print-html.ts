/**
 * The print edition as one HTML string (every text escaped), laid out for
 * paged media: synoptic, facing pages or translation only. The platform glue
 * adds the font faces, runs pagedjs and checks the result
 * (src/platform/print/).
 */
import type { Edition, EditionParagraph, EditionRow, Footnote, NameListEntry, SourceListEntry } from '../edition/edition.ts';
import { htmlAttr, htmlText } from './escape-xml.ts';
import { sentenceStop } from '../edition/join-sentences.ts';
import { facingSpreads, textCost, type Paper } from './facing-spreads.ts';
import { printCss, type PrintLayout } from './print-css.ts';

export interface PrintHtmlOptions {
  readonly layout: PrintLayout;
  readonly paper: Paper;
  /** `@font-face` rules (data: URLs or served files); kept out of pagedjs's CSS parser. */
  readonly fontCss?: string;
}

/** The id the platform checks after rendering: the last row must be on a page. */
export const END_MARKER_ID = 'px-end-of-edition';

type Notes = ReadonlyMap<number, Footnote>;

const footnote = (notes: Notes, n: number): string => {
  const f = notes.get(n);
  return f && n > 0 ? `<span class="footnote fn-n-${n}" data-n="${n}" lang="en">${htmlText(f.text)}</span>` : '';
};

/**
 * The edition's own footnote numbers on the call and in the footnote area,
 * so print agrees with TEI, DOCX and EPUB in every layout (pagedjs would
 * count in page order, which differs on facing pages). pagedjs copies the
 * note's classes onto the call it creates, so one rule per number reaches both.
 */
function footnoteNumberCss(footnotes: readonly Footnote[]): string {
  return footnotes.map((f) => `.fn-n-${f.n}[data-footnote-call]::after{content:"${f.n}"}.fn-n-${f.n}[data-footnote-marker]::marker{content:"${f.n}. "}`).join('\n');
}

function paragraphHtml(p: EditionParagraph, notes: Notes, withId = true): string {
  let pos = 0;
  const breaks = [...p.pageBreaks];
  const body = p.inlines.map((i) => {
    if (i.kind === 'note-ref') return footnote(notes, i.footnote);
    const t = i.text;
    let html = '';
    if (i.kind === 'text') {
      let from = 0;
      for (const b of breaks) {
        if ((b > pos || (b === pos && pos > 0)) && b < pos + t.length) {
          html += htmlText(t.slice(from, b - pos)) + '<span class="source-pb" title="page break in the source">|</span>';
          from = b - pos;
        }
      }
      html += htmlText(t.slice(from));
    } else html = `<span class="bracket bracket-${i.bracket}">${htmlText(t)}</span>${footnote(notes, i.footnote)}`;
    pos += t.length;
    return html;
  }).join('');
  const id = withId && !p.id.endsWith('-cont') ? ` id="${htmlAttr(p.id)}"` : '';
  return `<p${id} class="para kind-${p.kind}" lang="${htmlAttr(p.lang)}" data-paragraph="${htmlAttr(p.id.replace(/(-cont)+$/, ''))}">${body}</p>`;
}

function cellHtml(side: 'original' | 'translation', lang: string, paras: readonly EditionParagraph[], notes: Notes): string {
  return `<div class="cell ${side}" lang="${htmlAttr(lang)}">${paras.map((p) => paragraphHtml(p, notes)).join('')}</div>`;
}

function apparatusHtml(row: EditionRow): string {
  return row.variants.map((v) =>
    `<div class="apparatus" lang="${htmlAttr(v.lang)}"><span lang="en">${htmlText(v.label)}: </span>${v.text ? htmlText(v.text) : '<span lang="en">(no counterpart)</span>'}</div>`).join('');
}

function headingHtml(e: Edition, notes: Notes): string {
  return `<h2 class="doc-heading" lang="en"><span class="doc-number">${e.documentNumber}.</span> <span class="running-title">${htmlText(e.heading)}</span>${footnote(notes, 1)}</h2>
<p class="dateline" lang="en">${htmlText(e.dateline.display)}</p>`;
}

/** The heading, dateline and source note take about this much of the first verso. */
function headingReserve(e: Edition, paper: Paper): number {
  return 0.12 + FOOTNOTE_SHARE * textCost(e.footnotes[0]?.text ?? '', paper);
}
const FOOTNOTE_SHARE = 0.7;

function rowsHtml(e: Edition, layout: PrintLayout, paper: Paper, notes: Notes): string {
  if (layout === 'facing') {
    // The heading opens the first verso, so the first spread starts on a left page with it.
    return facingSpreads(e.rows, e.footnotes, paper, headingReserve(e, paper)).map((s, i) => {
      const side = (which: 'original' | 'translation', lang: string) => s.parts.map((part) => {
        const paras = which === 'original' ? part.original : part.translation;
        const label = part.part ? `<span class="part-note" lang="en">(${part.part.index}/${part.part.of})</span>` : '';
        return `<div class="row${part.row.flagged ? ' flagged' : ''}" data-row="${htmlAttr(part.row.id)}"${which === 'translation' && (part.part?.index ?? 1) === 1 ? ` id="${htmlAttr(part.row.id)}"` : ''}>${label}${paras.map((p) => paragraphHtml(p, notes)).join('')}${which === 'translation' && (!part.part || part.part.index === part.part.of) ? apparatusHtml(part.row) : ''}</div>`;
      }).join('');
      return `<div class="spread"><div class="verso" lang="${htmlAttr(e.originalLang)}">${i === 0 ? headingHtml(e, notes) : ''}${side('original', e.originalLang)}</div><div class="recto" lang="${htmlAttr(e.translationLang)}">${side('translation', e.translationLang)}</div></div>`;
    }).join('');
  }
  return e.rows
    .filter((r) => r.original.paragraphs.length + r.translation.paragraphs.length > 0)
    .map((r) => {
      const cells = layout === 'translation'
        ? cellHtml('translation', e.translationLang, r.translation.paragraphs, notes)
        : cellHtml('original', e.originalLang, r.original.paragraphs, notes) + cellHtml('translation', e.translationLang, r.translation.paragraphs, notes);
      return `<div class="row${r.flagged ? ' flagged' : ''}" id="${htmlAttr(r.id)}" data-row="${htmlAttr(r.id)}">${cells}${apparatusHtml(r)}</div>`;
    }).join('');
}

function nameItem(n: NameListEntry): string {
  const also = [n.original, n.pinyin, ...n.variants].filter((x): x is string => !!x && x !== n.canonical);
  return `<li>${htmlText(n.canonical)}${also.length ? ` (${also.map((a) => htmlText(a)).join('; ')})` : ''}${n.note ? ` — ${htmlText(n.note)}` : ''}</li>`;
}

/** One source: label, language, role and translator; then its provenance and the project notice, each sentence ended once. */
function sourceItem(s: SourceListEntry): string {
  const head = `${s.label} (${s.lang}, ${s.role})${s.translator ? `, translated by ${s.translator}` : ''}`;
  // Labels are usually English even for a Chinese witness; only a label in Chinese script takes the witness's language (and font).
  const labelLang = /\p{Script=Han}/u.test(s.label) ? ` lang="${htmlAttr(s.lang)}"` : '';
  let html = `<span${labelLang}>${htmlText(s.label)}</span> (${htmlText(s.lang)}, ${s.role})${s.translator ? `, translated by ${htmlText(s.translator)}` : ''}`;
  let last = head;
  if (s.provenance) {
    html += `${sentenceStop(last)} ${htmlText(s.provenance)}`;
    last = s.provenance;
  }
  if (s.preparedForProject) html += `${sentenceStop(last)} <em class="notice">Written for this project for demonstration and testing; not the archive’s.</em>`;
  return `<li>${html}</li>`;
}

function frontMatterHtml(e: Edition): string {
  const fm = e.frontMatter;
  const list = (title: string, names: readonly NameListEntry[]) => (names.length ? `<h3>${title}</h3><ul>${names.map(nameItem).join('')}</ul>` : '');
  return `<section class="front-matter" lang="en">
<h1>${htmlText(e.heading)}</h1>
<h2>Editorial method</h2>${fm.method.map((m) => `<p>${htmlText(m)}</p>`).join('')}
<h2>Sources</h2><ul>${fm.sources.map(sourceItem).join('')}</ul>${fm.workNotes ? `<p class="work-notes">${htmlText(fm.workNotes)}</p>` : ''}
${fm.places.length + fm.persons.length + fm.organisations.length ? `<h2>Places and persons</h2>${list('Places', fm.places)}${list('Persons', fm.persons)}${list('Organisations', fm.organisations)}` : ''}
</section>`;
}

function indexHtml(e: Edition): string {
  if (!e.index.length) return '';
  return `<section class="index" lang="en"><h2>Index</h2><p>References are to document and paragraph ids, the same in print, web and ebook.</p><ul>${e.index.map((entry) =>
    `<li>${htmlText(entry.heading)}: ${entry.locations.map((l) => `<a href="#${htmlAttr(l.paragraphId)}">${htmlText(l.documentId)} ${htmlText(l.paragraphId)}</a>`).join(', ')}</li>`).join('')}</ul></section>`;
}

export function printHtml(e: Edition, opts: PrintHtmlOptions): string {
  const notes: Notes = new Map(e.footnotes.map((f) => [f.n, f]));
  const lastRow = [...e.rows].reverse().find((r) => r.translation.paragraphs.length + (opts.layout === 'translation' ? 0 : r.original.paragraphs.length) > 0);
  const lastParagraph = lastRow ? (lastRow.translation.paragraphs.at(-1) ?? lastRow.original.paragraphs.at(-1)) : undefined;
  const lastRun = lastParagraph?.inlines.filter((i): i is Exclude<typeof i, { kind: 'note-ref' }> => i.kind !== 'note-ref').at(-1);
  const tail = lastRun ? lastRun.text.slice(-16) : '';
  return `<!DOCTYPE html>
<html lang="${htmlAttr(e.translationLang)}">
<head>
<meta charset="utf-8">
<title>${htmlText(e.heading)}</title>
<style data-pagedjs-ignore>${opts.fontCss ?? ''}
${footnoteNumberCss(e.footnotes)}</style>
<style>${printCss(opts.layout, opts.paper)}</style>
</head>
<body class="layout-${opts.layout}">
${frontMatterHtml(e)}
<article class="document" id="${htmlAttr(e.documentId)}" lang="${htmlAttr(e.translationLang)}">
${opts.layout === 'facing' ? '' : headingHtml(e, notes)}
${rowsHtml(e, opts.layout, opts.paper, notes)}
</article>
${indexHtml(e)}
<section class="revisions" lang="en"><h2>Revisions</h2>${e.revisions.lines.map((l) => `<p>${htmlText(l)}</p>`).join('')}</section>
<div id="${END_MARKER_ID}" data-last-row="${htmlAttr(lastRow?.id ?? '')}" data-last-paragraph="${htmlAttr(lastParagraph?.id ?? '')}" data-last-text="${htmlAttr(tail)}"></div>
</body>
</html>
`;
}
