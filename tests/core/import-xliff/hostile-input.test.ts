/**
 * Every interchange reader fed what it must refuse: a file cut short, the
 * right root in the wrong namespace, a declared or undeclared entity, and
 * binary bytes. Each answer is a coded error, never an exception.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTei } from '../../../src/core/import-tei/index.ts';
import { readTmx } from '../../../src/core/import-tmx/index.ts';
import { readXliff } from '../../../src/core/import-xliff/index.ts';
import { readRepoText } from '../../support/files.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const binary = new TextDecoder('utf-8').decode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xff, 0xfe]));
const xliff = await readRepoText('tests/fixtures/interchange/okapi-2.0.xlf');
const xliff12 = await readRepoText('tests/fixtures/interchange/memoq-1.2.xlf');
const tmx = await readRepoText('tests/fixtures/interchange/omegat-1.4.tmx');

describe('readXliff refuses', () => {
  it('a truncated file', () => {
    assert.equal(code(readXliff(xliff.slice(0, Math.floor(xliff.length / 2)))), 'IMPORT_XLIFF_MALFORMED');
    assert.equal(code(readXliff(xliff12.slice(0, xliff12.length - 20))), 'IMPORT_XLIFF_MALFORMED');
  });
  it('an <xliff> root in another namespace, and a version it does not read', () => {
    assert.equal(code(readXliff(xliff.replace('urn:oasis:names:tc:xliff:document:2.0', 'urn:example:not-xliff'))), 'IMPORT_XLIFF_NOT_XLIFF');
    assert.equal(code(readXliff(xliff12.replace('version="1.2"', 'version="3.0"'))), 'IMPORT_XLIFF_VERSION');
    assert.equal(code(readXliff('<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh" trgLang="en"><file id="f"/></xliff>')), 'IMPORT_XLIFF_EMPTY');
  });
  it('entities, declared or not', () => {
    assert.equal(code(readXliff(`<!DOCTYPE xliff [<!ENTITY lol "lol">]>\n${xliff.replace(/^<\?xml[^>]*>\s*/, '').replace('Both parties', '&lol;')}`)), 'IMPORT_XLIFF_DOCTYPE');
    assert.equal(code(readXliff(xliff.replace('Both parties', '&nbsp;'))), 'IMPORT_XLIFF_ENTITY');
  });
  it('binary bytes', () => {
    assert.equal(code(readXliff(binary)), 'IMPORT_XLIFF_MALFORMED');
  });
});

describe('readTmx refuses', () => {
  it('a truncated file, a foreign root, entities and binary bytes', () => {
    assert.equal(code(readTmx(tmx.slice(0, 900))), 'IMPORT_TMX_MALFORMED');
    assert.equal(code(readTmx(tmx.replace('<tmx version="1.4">', '<tmx xmlns="urn:example" version="1.4">'))), 'IMPORT_TMX_NOT_TMX');
    assert.equal(code(readTmx('<tmx version="1.4"><header srclang="en"/><body/></tmx>')), 'IMPORT_TMX_EMPTY');
    assert.equal(code(readTmx(`<!DOCTYPE tmx SYSTEM "tmx14.dtd">${tmx.replace(/^<\?xml[^>]*>\s*/, '')}`)), 'IMPORT_TMX_DOCTYPE');
    assert.equal(code(readTmx(tmx.replace('Tightened', '&ext;'))), 'IMPORT_TMX_ENTITY');
    assert.equal(code(readTmx(binary)), 'IMPORT_TMX_MALFORMED');
  });
});

describe('readTei refuses', () => {
  it('a truncated file, a TEI root in another namespace, entities and binary bytes', () => {
    const tei = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>x</p></body></text></TEI>';
    assert.equal(code(readTei(tei.slice(0, 50))), 'IMPORT_TEI_MALFORMED');
    assert.equal(code(readTei(tei.replace('http://www.tei-c.org/ns/1.0', 'http://www.w3.org/1999/xhtml'))), 'IMPORT_TEI_NOT_TEI');
    assert.equal(code(readTei(tei.replace('>x<', '>&x;<'))), 'IMPORT_TEI_ENTITY');
    assert.equal(code(readTei(binary)), 'IMPORT_TEI_MALFORMED');
  });
});
