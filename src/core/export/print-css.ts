/**
 * The paged-media stylesheet for print: page size, running head (the
 * document title via string-set, which pagedjs provides), "Page X of Y",
 * page-foot footnotes (float: footnote, pagedjs's default marker, which
 * numbers correctly), and the three layouts.
 */
import type { Paper } from './facing-spreads.ts';

export type PrintLayout = 'synoptic' | 'facing' | 'translation';

/** Chinese (and any CJK) text. */
export const CJK_FONT_FAMILY = 'Noto Serif SC';
/** Everything not Chinese: the CJK font draws Latin apostrophes and quotes full width ("translator’ s"). */
export const LATIN_FONT_FAMILY = 'Noto Serif';
/** Latin first for English and every other non-Chinese text; Chinese characters fall through to the CJK font. */
export const LATIN_FONT_STACK = `'${LATIN_FONT_FAMILY}', '${CJK_FONT_FAMILY}', serif`;
/** CJK first for Chinese, so its quotes and punctuation take the Chinese forms. */
export const CJK_FONT_STACK = `'${CJK_FONT_FAMILY}', '${LATIN_FONT_FAMILY}', serif`;

const PAGE_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

export function printCss(layout: PrintLayout, paper: Paper): string {
  return `
@page {
  size: ${PAGE_SIZE[paper]};
  margin: 25mm 20mm 25mm 20mm;
  @top-center { content: string(doctitle); font-family: ${LATIN_FONT_STACK}; font-size: 8pt; color: #444; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font-family: ${LATIN_FONT_STACK}; font-size: 8pt; }
  @footnote { border-top: 0.5pt solid #777; padding-top: 2mm; }
}
@page :first { @top-center { content: none; } }
html { font-family: ${LATIN_FONT_STACK}; font-size: 10.5pt; line-height: 1.5; color: #000; }
body { margin: 0; }
h1, h2, h3 { font-weight: 400; line-height: 1.25; break-after: avoid; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; }
h3 { font-size: 11.5pt; margin: 4mm 0 1mm; }
p { margin: 0 0 2.5mm; orphans: 2; widows: 2; }
/* Chinese is set justified, as Chinese books are: every character is one em, so justification never opens gaps. */
:lang(zh) { font-family: ${CJK_FONT_STACK}; line-break: strict; hyphens: manual; }
p:lang(zh) { text-align: justify; }
/* Latin text, footnotes and labels inside a Chinese cell carry lang="en": back to the Latin font first. */
:lang(en) { font-family: ${LATIN_FONT_STACK}; hyphens: auto; }
.footnote::footnote-call { vertical-align: super; font-size: 65%; line-height: 0; }
.front-matter { break-after: page; }
.front-matter li, .index li { margin-bottom: 1mm; }
.running-title { string-set: doctitle content(text); }
.dateline { font-style: italic; margin-bottom: 5mm; }
.footnote { float: footnote; font-size: 8.5pt; line-height: 1.35; text-align: left; hyphens: none; }
.bracket { white-space: nowrap; }
.source-pb { color: #888; font-size: 8pt; }
.apparatus { font-size: 8.5pt; color: #333; border-left: 0.5pt solid #999; padding-left: 2mm; margin: 0 0 3mm; }
.flagged { border-left: 1pt dotted #999; padding-left: 1mm; }
.row { margin-bottom: 3mm; }
${layout === 'synoptic' ? `
.row { display: grid; grid-template-columns: 1fr 1fr; column-gap: 7mm; break-inside: avoid; }
.row > .apparatus { grid-column: 1 / -1; }
.cell:empty::after { content: "\\2014"; color: #999; }
` : ''}${layout === 'facing' ? `
@page :left { margin-left: 25mm; margin-right: 15mm; }
@page :right { margin-left: 15mm; margin-right: 25mm; }
.verso { break-before: left; }
.recto { break-before: right; }
.part-note { font-size: 8pt; color: #666; }
` : ''}${layout === 'translation' ? `
/* One column across the page: wider margins and a slightly larger size keep lines under 90 characters. */
@page { margin-left: 25mm; margin-right: 25mm; }
.document { font-size: 11pt; }
.row { break-inside: auto; }
` : ''}
.index, .revisions { break-before: page; }
.index a, .toc a { color: inherit; text-decoration: none; }
/* A reference like "d1 zh-p7" is one token: never broken at its hyphen. */
.index a { white-space: nowrap; }
`;
}
