import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readTei } from '../../src/core/import-tei/index.ts';
import { editionFor, exportText, type ExportFormat } from '../../src/core/export/export-formats.ts';
import { printHtml } from '../../src/core/export/print-html.ts';
import { toDocx } from '../../src/core/export/to-docx.ts';
import { toEpub } from '../../src/core/export/to-epub.ts';
import { renderPdf } from '../../src/platform/print/render-pdf-node.ts';
import { embeddedFontCss } from '../../src/platform/print/node-font-css.ts';
import { alignByParagraphIndex } from '../core/edition/align-by-paragraph-index.ts';
import { hostileWork, HOSTILE } from './hostile-work.ts';
import { epubcheck, SCHEMAS, tempDir, tool, writeTemp } from './run-tool.ts';

const dir = tempDir();
const work = hostileWork();
const alignment = alignByParagraphIndex(work);
const opts = { apparatus: true };

function text(format: ExportFormat): string {
  const r = exportText(format, work, alignment, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** No live markup, no NUL or C0 controls, no raw bidi controls. */
function assertInert(out: string, what: string): void {
  assert.ok(!/<script/i.test(out), `${what}: <script> as markup`);
  assert.ok(!/<b>粗/.test(out) && !/<i>x<\/i>/.test(out), `${what}: markup from the text`);
  assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(out), `${what}: control character`);
  assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(out), `${what}: raw bidi control`);
}

describe('hostile text comes out escaped and inert in every format', () => {
  it('TEI: well-formed, valid, inert, and the text survives the round trip (NUL replaced)', () => {
    const xml = text('tei');
    assertInert(xml, 'TEI');
    assert.ok(xml.includes('&amp;lt;script&amp;gt;') === false && xml.includes('&lt;script&gt;'));
    assert.ok(xml.includes('&#x202E;'), 'bidi kept as a character reference');
    const file = writeTemp(dir, 'hostile.tei.xml', xml);
    const r = tool('jing', ['-c', path.join(SCHEMAS, 'tei-parallax-subset.rnc'), file]);
    assert.equal(r.status, 0, r.stdout);
    const back = readTei(xml);
    assert.ok(back.ok);
    const p = back.value.work.witnesses.find((w) => w.id === 'en')?.paragraphs[0];
    assert.equal(p?.text, HOSTILE.replace(/[\u0000-\u0008]/g, '\uFFFD'));
  });

  it('TMX and XLIFF: valid and inert', () => {
    const tmx = text('tmx');
    assertInert(tmx, 'TMX');
    assert.equal(tool('xmllint', ['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), writeTemp(dir, 'h.tmx', tmx)]).status, 0);
    const xlf = text('xliff');
    assertInert(xlf, 'XLIFF');
    const r = tool('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), writeTemp(dir, 'h.xlf', xlf)]);
    assert.equal(r.status, 0, r.stderr);
  });

  it('HTML and Markdown: inert; bidi controls shown as code points', () => {
    const html = text('html');
    assertInert(html, 'HTML');
    assert.ok(html.includes('⟦U+202E⟧'));
    const md = text('md');
    // In Markdown the text stays readable: every < is backslash-escaped, so none can open HTML.
    assert.ok(!/(^|[^\\])<[a-z/!]/im.test(md.replace(/^<a id="[\w-]+"><\/a>$/gm, '')), 'Markdown: unescaped <');
    assert.ok(md.includes('\\<script>'));
    assert.ok(!/[\u0000-\u0008\u202A-\u202E]/.test(md));
  });

  it('JSON: parses back to the same work; bidi escaped as \\u', () => {
    const json = text('json');
    assert.ok(!/[\u202A-\u202E\u2066-\u2069]/.test(json));
    assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(work)));
  });

  it('DOCX: document.xml well-formed and inert', async () => {
    const e = editionFor(work, alignment, opts);
    assert.ok(e.ok);
    const file = writeTemp(dir, 'h.docx', await toDocx(e.value, { layout: 'synoptic' }));
    const xml = tool('unzip', ['-p', file, 'word/document.xml']).stdout;
    assert.equal(tool('xmllint', ['--noout', '-'], xml).status, 0);
    assertInert(xml, 'DOCX');
  });

  it('EPUB: passes epubcheck and is inert', () => {
    const e = editionFor(work, alignment, opts);
    assert.ok(e.ok);
    const file = writeTemp(dir, 'h.epub', toEpub(e.value));
    const r = epubcheck(file);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assertInert(tool('unzip', ['-p', file, 'OEBPS/document.xhtml']).stdout, 'EPUB');
  });

  it('PDF: the script never runs and the text prints as text', async () => {
    const e = editionFor(work, alignment, opts);
    assert.ok(e.ok);
    const font = await embeddedFontCss(JSON.stringify(e.value));
    assert.ok(font.ok);
    const r = await renderPdf(printHtml(e.value, { layout: 'synoptic', paper: 'a4', fontCss: font.value }));
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const t = tool('pdftotext', [writeTemp(dir, 'h.pdf', r.value.pdf), '-']).stdout;
    assert.ok(t.includes('<script>alert("x")</script>'));
  });
});
