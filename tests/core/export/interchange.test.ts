import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { exportText } from '../../../src/core/export/export-formats.ts';
import { fontFaceCss, neededFontSubsets, parseFontSubsets } from '../../../src/core/export/font-subsets.ts';
import { crc32, storeZip } from '../../../src/core/export/store-zip.ts';
import { tmxDate } from '../../../src/core/export/segment-status.ts';
import { toTmx } from '../../../src/core/export/to-tmx.ts';
import { toXliff } from '../../../src/core/export/to-xliff.ts';
import { generateWork } from '../../support/generate-work.ts';
import { alignByParagraphIndex } from '../edition/align-by-paragraph-index.ts';

const work = generateWork({ paragraphs: 3, wordsPerParagraph: 30 });
const alignment = alignByParagraphIndex(work);

describe('TMX and XLIFF status', () => {
  it('approved → x-status approved and XLIFF state final; others stay translated', () => {
    const e = buildEdition(work, alignment, { approvals: [{ witnessId: 'en', paragraphId: 'en-p2', revisionId: 'r', author: 'Ann', at: '2026-11-01T00:00:00Z' }] });
    assert.ok(e.ok);
    const tmx = toTmx(e.value, { now: new Date('2026-11-27T10:11:12Z') });
    assert.match(tmx, /creationdate="20261127T101112Z"/);
    assert.deepEqual([...tmx.matchAll(/<prop type="x-status">(\w+)<\/prop>/g)].map((m) => m[1]), ['imported', 'approved', 'imported']);
    const xlf = toXliff(e.value);
    assert.deepEqual([...xlf.matchAll(/<segment id="[^"]+" state="(\w+)">/g)].map((m) => m[1]), ['translated', 'final', 'translated']);
    assert.match(xlf, /srcLang="zh-Hans" trgLang="en"/);
  });

  it('tmxDate is YYYYMMDDThhmmssZ', () => {
    assert.equal(tmxDate(new Date('1962-04-30T18:00:05.123Z')), '19620430T180005Z');
  });
});

describe('exportText', () => {
  it('answers EXPORT_BINARY_FORMAT for pdf, docx and epub', () => {
    for (const f of ['pdf', 'docx', 'epub'] as const) {
      const r = exportText(f, work, alignment);
      assert.equal(r.ok ? 'ok' : r.error.code, 'EXPORT_BINARY_FORMAT');
    }
  });
});

describe('font subsets', () => {
  const css = `@font-face { src: url(./files/a-400.woff2) format('woff2'); unicode-range: U+4e00-4e10,U+5df4; }
@font-face { src: url(./files/b-400.woff2) format('woff2'); unicode-range: U+0000-00ff; }
@font-face { src: url(./files/c-400.woff2) format('woff2'); unicode-range: U+9fa0-9fff; }`;
  it('embeds only the subsets the text needs', () => {
    const subsets = parseFontSubsets(css);
    assert.deepEqual(subsets.map((s) => s.file), ['a-400.woff2', 'b-400.woff2', 'c-400.woff2']);
    assert.deepEqual(neededFontSubsets(subsets, '巴 A').map((s) => s.file), ['a-400.woff2', 'b-400.woff2']);
    assert.match(fontFaceCss('F', [{ subset: subsets[0]!, url: 'data:x' }]), /src:url\(data:x\) format\('woff2'\);unicode-range:U\+4e00-4e10,U\+5df4;/);
  });

  it('reads the stylesheet as a production build minifies it (absolute URL, no `;` before `}`)', () => {
    // The shape Vite's build gives `@fontsource/noto-serif-sc/400.css?inline`: with the old
    // parser no rule matched, the HTML export got no fonts and retried without end.
    const minified = '@font-face{font-family:Noto Serif SC;font-style:normal;font-display:swap;font-weight:400;' +
      'src:url(http://127.0.0.1:4173/assets/noto-serif-sc-4-400-normal-D9x1.woff2)format("woff2");unicode-range:U+4e00-4e10,U+5df4}' +
      '@font-face{font-family:Noto Serif SC;src:url(/assets/noto-serif-sc-latin-400-normal-a1.woff2)format("woff2");unicode-range:U+0000-00ff}';
    const subsets = parseFontSubsets(minified);
    assert.deepEqual(subsets.map((s) => s.file), ['http://127.0.0.1:4173/assets/noto-serif-sc-4-400-normal-D9x1.woff2', 'assets/noto-serif-sc-latin-400-normal-a1.woff2']);
    assert.deepEqual(subsets[0]?.ranges, [[0x4e00, 0x4e10], [0x5df4, 0x5df4]]);
    assert.deepEqual(neededFontSubsets(subsets, '巴').length, 1);
    assert.deepEqual(neededFontSubsets(subsets, '巴 p.m.').length, 2);
    assert.deepEqual(neededFontSubsets(subsets, '한').length, 0);
    // A character outside the BMP counts as itself, not as its two surrogates.
    const astral = parseFontSubsets('@font-face{src:url(e.woff2);unicode-range:U+1F600-1F64F}@font-face{src:url(s.woff2);unicode-range:U+D800-DFFF}');
    assert.deepEqual(neededFontSubsets(astral, 'ok 😀').map((s) => s.file), ['e.woff2']);
  });
});

describe('storeZip', () => {
  it('computes the standard CRC-32 and writes mimetype first, uncompressed', () => {
    assert.equal(crc32(new TextEncoder().encode('123456789')).toString(16), 'cbf43926');
    const zip = storeZip([{ path: 'mimetype', data: 'application/epub+zip' }, { path: 'a.txt', data: 'x' }]);
    assert.equal(new TextDecoder().decode(zip.subarray(30, 38)), 'mimetype');
    assert.equal(new TextDecoder().decode(zip.subarray(38, 58)), 'application/epub+zip');
    assert.equal(zip[8], 0);
  });
});
