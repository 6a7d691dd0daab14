import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { embeddedFontCss } from '../../src/platform/print/node-font-css.ts';
import { renderPdf } from '../../src/platform/print/render-pdf-node.ts';
import { cli, SAMPLE, tempDir, writeTemp } from './run-tool.ts';

const dir = tempDir();
const out = path.join(dir, 'x.out');
const code = (err: string) => /error\[([A-Z_]+)\]/.exec(err)?.[1];

describe('parallax export: coded errors', () => {
  it('unknown format, layout and paper', async () => {
    const rtf = await cli(['export', SAMPLE, '--format', 'rtf', '--out', out]);
    assert.equal(code(rtf.err), 'EXPORT_UNKNOWN_FORMAT');
    assert.equal(rtf.code, 2, 'a value outside the choices is a usage error');
    assert.equal(code((await cli(['export', SAMPLE, '--format', 'pdf', '--layout', 'zigzag', '--out', out])).err), 'EXPORT_UNKNOWN_LAYOUT');
    assert.equal(code((await cli(['export', SAMPLE, '--format', 'pdf', '--paper', 'a3', '--out', out])).err), 'EXPORT_UNKNOWN_PAPER');
  });

  it('usage when --out or --format is missing', async () => {
    const r = await cli(['export', SAMPLE, '--format', 'tei']);
    assert.equal(r.code, 2);
    assert.match(r.err, /^error\[CLI_USAGE\]: parallax export needs --out — /);
  });

  it('an unknown translation witness', async () => {
    const r = await cli(['export', SAMPLE, '--format', 'tei', '--translation', 'nope', '--out', out]);
    assert.equal(code(r.err), 'EXPORT_UNKNOWN_WITNESS');
    assert.match(r.err, /en-7b, en-parallax/);
  });

  it('Chromium missing or not starting', async () => {
    assert.equal(code((await cli(['export', SAMPLE, '--format', 'pdf', '--out', out], { CHROME_PATH: '/nonexistent/chromium' })).err), 'EXPORT_CHROMIUM_MISSING');
    assert.equal(code((await cli(['export', SAMPLE, '--format', 'pdf', '--out', out], { CHROME_PATH: '/bin/false' })).err), 'EXPORT_CHROMIUM_FAILED');
  });

  it('the print font missing', async () => {
    const r = await embeddedFontCss('巴克图', path.join(dir, 'no-such-font'));
    assert.equal(r.ok ? 'ok' : r.error.code, 'EXPORT_FONT_MISSING');
  });

  it('EXPORT_TRUNCATED when the last row is not on a page, EXPORT_LAYOUT_TIMEOUT when layout does not finish', async () => {
    const html = '<!DOCTYPE html><html><body><p data-paragraph="p1">text</p><div id="px-end-of-edition" data-last-paragraph="p9" data-last-text="gone"></div></body></html>';
    const truncated = await renderPdf(html);
    assert.equal(truncated.ok ? 'ok' : truncated.error.code, 'EXPORT_TRUNCATED');
    const slow = await renderPdf(html, { timeoutMs: 1 });
    assert.equal(slow.ok ? 'ok' : slow.error.code, 'EXPORT_LAYOUT_TIMEOUT');
  });

  it('reads back its own TEI as input (round trip through the CLI)', async () => {
    const tei = path.join(dir, 'w.tei.xml');
    assert.equal((await cli(['export', SAMPLE, '--format', 'tei', '--out', tei])).code, 0);
    const md = path.join(dir, 'w.md');
    const r = await cli(['export', tei, '--format', 'md', '--out', md]);
    assert.equal(r.code, 0, r.err);
  });

  it('hostile TEI input is refused with a code', async () => {
    const bad = writeTemp(dir, 'bad.tei.xml', '<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY a "aaaa">]><TEI>&a;</TEI>');
    assert.equal(code((await cli(['export', bad, '--format', 'md', '--out', out])).err), 'IMPORT_TEI_DOCTYPE');
  });
});

describe('parallax export: other inputs', () => {
  it('a Parallax bundle (what the browser writes) exports like the folder', async () => {
    const { bundleOfWork, serializeBundle } = await import('../../src/core/bundle/index.ts');
    const { createIdFactory } = await import('../../src/core/ids.ts');
    const { loadSampleWork } = await import('../core/edition/sample-work.ts');
    const work = await loadSampleWork();
    const bundle = bundleOfWork(work, { author: 'Test', at: '2026-11-27T00:00:00.000Z', ids: createIdFactory() });
    const file = writeTemp(dir, 'work.bundle.json', serializeBundle(bundle));
    const tmx = path.join(dir, 'bundle.tmx');
    const r = await cli(['export', file, '--format', 'tmx', '--out', tmx]);
    assert.equal(r.code, 0, r.err);
    const { readFileSync } = await import('node:fs');
    assert.match(readFileSync(tmx, 'utf8'), /Ba-ke-tu \[sic\]/);
  });
});

describe('parallax export: input errors', () => {
  it('EXPORT_NAMES_NOT_FOUND for a --names file that is not there', async () => {
    const r = await cli(['export', SAMPLE, '--format', 'md', '--names', path.join(dir, 'none.json'), '--out', out]);
    assert.equal(code(r.err), 'EXPORT_NAMES_NOT_FOUND');
  });

  it('EXPORT_EMPTY_BUNDLE for a bundle without a work', async () => {
    const { bundleOfWork, serializeBundle } = await import('../../src/core/bundle/index.ts');
    const { createIdFactory } = await import('../../src/core/ids.ts');
    const { generateWork } = await import('../support/generate-work.ts');
    const bundle = bundleOfWork(generateWork({ paragraphs: 1, wordsPerParagraph: 5 }), { author: 'T', at: '2026-11-27T00:00:00.000Z', ids: createIdFactory() });
    const file = writeTemp(dir, 'empty.bundle.json', serializeBundle({ ...bundle, works: [], revisions: [] }));
    assert.equal(code((await cli(['export', file, '--format', 'md', '--out', out])).err), 'EXPORT_EMPTY_BUNDLE');
  });
});

describe('parallax export: choices', () => {
  it('--translation picks the rival translation; --source-lang sets the TMX tag', async () => {
    const tmx = path.join(dir, 'rival.tmx');
    const r = await cli(['export', SAMPLE, '--format', 'tmx', '--translation', 'en-parallax', '--source-lang', 'zh-CN', '--out', tmx]);
    assert.equal(r.code, 0, r.err);
    const { readFileSync } = await import('node:fs');
    const xml = readFileSync(tmx, 'utf8');
    assert.match(xml, /<tuv xml:lang="zh-CN"><seg>正如/);
    assert.ok(xml.includes('As the Soviet Embassy noted in its communication of 24 April'));
    assert.ok(!xml.includes('Ba-ke-tu [sic]'));
  });
});
