/**
 * Publishing: the edition model + print HTML for a ~300-page work (600
 * paragraphs × 3 witnesses), the headless synoptic PDF of it (measured once:
 * it is slow), and TEI/TMX/XLIFF of a 5,000-row work. Baseline in the same
 * run: JSON.stringify of the same work (the floor for writing it at all).
 */
import { buildEdition, type BuildEditionOptions } from '../../src/core/edition/build-edition.ts';
import { printHtml } from '../../src/core/export/print-html.ts';
import { neededFontSubsets, parseFontSubsets, type FontSubset } from '../../src/core/export/font-subsets.ts';
import { toMarkdown } from '../../src/core/export/to-markdown.ts';
import { toTei } from '../../src/core/export/to-tei.ts';
import { toTmx } from '../../src/core/export/to-tmx.ts';
import { toXliff } from '../../src/core/export/to-xliff.ts';
import type { Work } from '../../src/core/model/work.ts';
import { parseNameList } from '../../src/core/names/name-list.ts';
import { inlineFontCss } from '../../src/platform/print/inline-font-css.ts';
import { embeddedFontCss } from '../../src/platform/print/node-font-css.ts';
import { renderPdf } from '../../src/platform/print/render-pdf-node.ts';
import { alignByParagraphIndex } from '../core/edition/align-by-paragraph-index.ts';
import { readRepoText } from '../support/files.ts';
import { generateWork } from '../support/generate-work.ts';
import { ms, ratio, time, type BenchRow } from './bench.ts';

/** The subset test before it searched: every range scanned against every distinct character (the baseline). */
function neededByScan(subsets: readonly FontSubset[], text: string): FontSubset[] {
  const codes = [...new Set([...text].map((c) => c.codePointAt(0) ?? 0))].sort((a, b) => a - b);
  return subsets.filter((s) => s.ranges.some(([lo, hi]) => codes.some((c) => c >= lo && c <= hi)));
}

function edition(work: Work, names: BuildEditionOptions['names'], apparatus = true) {
  const e = buildEdition(work, alignByParagraphIndex(work), { names, apparatus });
  if (!e.ok) throw new Error(e.error.message);
  return e.value;
}

export default async function bench(): Promise<BenchRow[]> {
  const names = parseNameList(await readRepoText('translations/names.json'));
  if (!names.ok) throw new Error(names.error.message);
  const rows: BenchRow[] = [];

  const book = generateWork({ paragraphs: 600 });
  const bookInput = '600 paragraphs × 3 witnesses (the issue’s “300-page work”)';
  const json = await time(() => JSON.stringify(book));
  const model = await time(() => printHtml(edition(book, names.value.entries), { layout: 'synoptic', paper: 'a4' }));
  rows.push({ group: 'export', name: 'edition model + print HTML', input: bookInput, value: ms(model.median), baseline: `JSON.stringify ${ms(json.median)}`, ratio: ratio(model.median, json.median), target: '≤ 500 ms' });

  const big = generateWork({ paragraphs: 5000 });
  const bigInput = '5,000 rows × 3 witnesses';
  const bigJson = await time(() => JSON.stringify(big), 3);
  const bigEdition = await time(() => edition(big, names.value.entries), 3);
  rows.push({ group: 'export', name: 'edition model', input: bigInput, value: ms(bigEdition.median), baseline: `JSON.stringify ${ms(bigJson.median)}`, ratio: ratio(bigEdition.median, bigJson.median) });
  const e = edition(big, names.value.entries);
  for (const [name, fn] of [['TEI', () => toTei(e)], ['TMX', () => toTmx(e)], ['XLIFF', () => toXliff(e)]] as const) {
    const t = await time(fn, 3);
    rows.push({ group: 'export', name: `${name} (edition built)`, input: bigInput, value: ms(t.median), baseline: `JSON.stringify ${ms(bigJson.median)}`, ratio: ratio(t.median, bigJson.median), target: '≤ 1 s (with the model: add the row above)' });
  }

  const md = await time(() => toMarkdown(e), 3);
  rows.push({ group: 'export', name: 'Markdown (edition built)', input: bigInput, value: ms(md.median), baseline: `JSON.stringify ${ms(bigJson.median)}`, ratio: ratio(md.median, bigJson.median) });

  // Which Noto Serif SC subsets the app's HTML export embeds: the stylesheet as the production build minifies it.
  const sc = (await readRepoText('node_modules/@fontsource/noto-serif-sc/400.css')).replace(/;\s*}/g, '}').replace(/\s+/g, ' ');
  const subsets = parseFontSubsets(sc);
  const text = JSON.stringify(e);
  const search = await time(() => neededFontSubsets(subsets, text), 3);
  const scan = await time(() => neededByScan(subsets, text), 3);
  rows.push({
    group: 'export', name: 'font subsets a document needs (HTML export)', input: `${bigInput}, ${subsets.length} subsets, ${new Set(text).size.toLocaleString('en')} distinct characters`,
    value: `${ms(search.median)} (${neededFontSubsets(subsets, text).length} subsets)`, baseline: `range scan ${ms(scan.median)}`, ratio: ratio(search.median, scan.median),
  });
  // The app's HTML export picks its subsets from the whole stylesheet in one pass; it used to test each rule against the whole text.
  const noFetch = { fetchFont: async () => new Uint8Array(16) };
  const inline = await time(() => inlineFontCss(sc, text, 'http://127.0.0.1/', noFetch), 3);
  const rules = [...sc.matchAll(/@font-face\s*{[^}]*}/g)].map((m) => m[0]);
  const perRule = await time(() => rules.filter((r) => neededFontSubsets(parseFontSubsets(r), text).length > 0), 1);
  rows.push({
    group: 'export', name: 'HTML export: choose the fonts to embed (fetch stubbed)', input: `${bigInput}, ${rules.length} @font-face rules`,
    value: ms(inline.median), baseline: `each rule against the text ${ms(perRule.median)}`, ratio: ratio(inline.median, perRule.median),
  });

  // Once: headless Chromium + pagedjs over the whole book (no apparatus: original and translation only).
  const bookEdition = edition(book, names.value.entries, false);
  const t0 = performance.now();
  const font = await embeddedFontCss(JSON.stringify(bookEdition));
  if (!font.ok) throw new Error(font.error.message);
  const pdf = await renderPdf(printHtml(bookEdition, { layout: 'synoptic', paper: 'a4', fontCss: font.value }), { timeoutMs: 600_000 });
  const total = performance.now() - t0;
  rows.push({
    group: 'export', name: 'synoptic PDF, headless (once)', input: bookInput,
    value: pdf.ok ? `${ms(total)} (${pdf.value.check.pages} pages, layout ${ms(pdf.value.layoutMs)})` : `error ${pdf.error.code}`,
    target: '≤ 30 s',
  });
  // The same once for a work that prints to about 300 pages in this layout (rows kept whole, footnotes at the foot).
  const short = generateWork({ paragraphs: 240 });
  const shortEdition = edition(short, names.value.entries, false);
  const t1 = performance.now();
  const shortFont = await embeddedFontCss(JSON.stringify(shortEdition));
  if (!shortFont.ok) throw new Error(shortFont.error.message);
  const shortPdf = await renderPdf(printHtml(shortEdition, { layout: 'synoptic', paper: 'a4', fontCss: shortFont.value }), { timeoutMs: 600_000 });
  rows.push({
    group: 'export', name: 'synoptic PDF, headless (once)', input: '240 paragraphs × 3 witnesses',
    value: shortPdf.ok ? `${ms(performance.now() - t1)} (${shortPdf.value.check.pages} pages, layout ${ms(shortPdf.value.layoutMs)})` : `error ${shortPdf.error.code}`,
    target: '≤ 30 s for 300 pages',
  });
  return rows;
}
