import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { cli, ROOT, SAMPLE, tempDir, tool } from './run-tool.ts';

const dir = tempDir();
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

async function exportPdf(name: string, extra: string[] = []): Promise<string> {
  const out = path.join(dir, name);
  const r = await cli(['export', SAMPLE, '--format', 'pdf', '--out', out, ...extra]);
  assert.equal(r.code, 0, r.err);
  return out;
}

const text = (pdf: string) => tool('pdftotext', ['-layout', pdf, '-']).stdout;
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(tool('pdfinfo', [pdf]).stdout)?.[1] ?? 0);

describe('PDF of the sample work (synoptic, A4)', () => {
  let pdf = '';
  it('renders pages', async () => {
    pdf = await exportPdf('sample-synoptic.pdf');
    assert.ok(pages(pdf) > 0);
    assert.match(tool('pdfinfo', [pdf]).stdout, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  });

  it('has the Chinese, the English, the [sic] footnote and the archive reference', () => {
    const t = text(pdf);
    assert.ok(t.includes('巴克图'), 'Chinese text');
    assert.ok(t.includes('As instructed, the Embassy of the Soviet'), 'English text');
    assert.match(t, /Ba-ke-tu \[sic\]/);
    assert.match(t, /Bracket in the source, not this edition.s: .Ba-ke-tu. \[sic\]: form kept as in the source/);
    assert.ok(t.includes('PRC FMA 118-01764-05'), 'archive reference');
    assert.match(t, /Page 1 of \d+/);
    assert.match(t, /Written for this project for demonstration and testing/);
  });

  it('embeds every font it uses', () => {
    const lines = tool('pdffonts', [pdf]).stdout.trim().split('\n').slice(2);
    assert.ok(lines.length > 0);
    for (const l of lines) assert.match(l, /\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/, `not embedded: ${l}`);
    // Only the app's own fonts: nothing from the machine, no synthesised Type 3 glyphs.
    for (const l of lines) assert.match(l, /^[A-Z]{6}\+NotoSerif(SC\S*)?-(Regular|Italic)\s/, `not the app’s font: ${l}`);
    // Both of them: Noto Serif for the English, Noto Serif SC for the Chinese.
    assert.ok(lines.some((l) => /\+NotoSerif-Regular\s/.test(l)), 'Latin font embedded');
    assert.ok(lines.some((l) => /\+NotoSerifSC/.test(l)), 'CJK font embedded');
  });

  it('prints English apostrophes and quotes in the Latin font, not full width', () => {
    const t = tool('pdftotext', [pdf, '-']).stdout;
    // A full-width apostrophe comes out of pdftotext as "’ s" ("translator’ s", "archive’ s").
    assert.ok(t.includes('translator’s'), 'the method note’s apostrophe');
    assert.ok(!/[a-z]’ s\b/.test(t), `full-width apostrophe: ${/.{20}[a-z]’ s\b.{0,20}/.exec(t)?.[0]}`);
  });

  it('never doubles a full stop when joining sentences (sources list, source note)', () => {
    const t = tool('pdftotext', [pdf, '-']).stdout;
    assert.ok(t.includes('must not be cited as such. Written for this project'), 'provenance then notice');
    assert.ok(!/[a-z]\.\./.test(t.replace(/\.{3}|…/g, '')), `doubled stop: ${/.{30}[a-z]\.\..{0,10}/.exec(t)?.[0]}`);
  });

  it('keeps a PNG of page 1 as an artefact', () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const prefix = path.join(dir, 'page');
    assert.equal(tool('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]).status, 0);
    copyFileSync(`${prefix}.png`, path.join(ARTIFACTS, 'sample-synoptic-page1.png'));
    copyFileSync(pdf, path.join(ARTIFACTS, 'sample-synoptic.pdf'));
  });
});

describe('PDF layouts and paper', () => {
  it('facing pages on US Letter: the original and the translation on separate pages', async () => {
    const pdf = await exportPdf('sample-facing.pdf', ['--layout', 'facing', '--paper', 'letter']);
    assert.match(tool('pdfinfo', [pdf]).stdout, /Page size:\s+612 x 792 pts \(letter\)/);
    const perPage = tool('pdftotext', [pdf, '-']).stdout.split('\f');
    const zhOnly = perPage.filter((p) => /巴克图/.test(p) && !/Ba-ke-tu/.test(p));
    const enOnly = perPage.filter((p) => /Ba-ke-tu/.test(p) && !/巴克图/.test(p));
    assert.ok(zhOnly.length > 0 && enOnly.length > 0, 'verso and recto pages');
    // The spread with 巴克图 on its verso (a left, even page) has Ba-ke-tu [sic] on the facing recto.
    const verso = perPage.findIndex((p) => p.includes('最近在中苏边境巴克图'));
    assert.equal((verso + 1) % 2, 0, 'verso on an even page');
    assert.match(perPage[verso + 1] ?? '', /Ba-ke-tu \[sic\]/);
  });

  it('translation only: no Chinese body text', async () => {
    const pdf = await exportPdf('sample-translation.pdf', ['--layout', 'translation']);
    const t = text(pdf);
    assert.ok(t.includes('Ba-ke-tu'));
    assert.ok(!t.includes('巴克图和霍尔果斯'));
  });
});

describe('PDF footnote numbers are the edition’s in every layout', () => {
  it('facing pages: a note on the verso keeps its number though the recto’s notes come earlier in the document', async () => {
    const { loadSampleWork, loadSampleAlignment } = await import('../core/edition/sample-work.ts');
    const { buildEdition } = await import('../../src/core/edition/build-edition.ts');
    const { printHtml } = await import('../../src/core/export/print-html.ts');
    const { embeddedFontCss } = await import('../../src/platform/print/node-font-css.ts');
    const { renderPdf } = await import('../../src/platform/print/render-pdf-node.ts');
    const { writeFileSync } = await import('node:fs');
    const work = await loadSampleWork();
    // Rows 7 and 8 share a spread: row 7's translation note comes first in the document,
    // row 8's original note first on paper (the verso), so page-order counting would swap them.
    const e = buildEdition(work, await loadSampleAlignment(work), { editorialNotes: [
      { paragraphId: 'en-7b-p8', text: 'Editorial test note on the translation.' },
      { paragraphId: 'zh-p8', text: 'Editorial test note on the original.' },
    ] });
    assert.ok(e.ok);
    const first = e.value.footnotes.find((f) => f.text.includes('Editorial test note on the translation.'));
    const note = e.value.footnotes.find((f) => f.text.includes('Editorial test note on the original.'));
    assert.ok(note && first && note.n === first.n + 1, 'the original’s note follows the translation’s in the document');
    const font = await embeddedFontCss(JSON.stringify(e.value));
    assert.ok(font.ok);
    const r = await renderPdf(printHtml(e.value, { layout: 'facing', paper: 'a4', fontCss: font.value }));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const pdf = path.join(dir, 'facing-notes.pdf');
    writeFileSync(pdf, r.value.pdf);
    const t = tool('pdftotext', [pdf, '-']).stdout;
    assert.ok(t.includes(`${note.n}. Editorial test note on the original.`), 'editorial note under its own number');
    assert.ok(t.includes(`${first.n}. Editorial test note on the translation.`), 'translation note under its own number');
  });
});
