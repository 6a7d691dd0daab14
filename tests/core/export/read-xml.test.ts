import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTei } from '../../../src/core/import-tei/read-tei.ts';
import { readXml, textOf } from '../../../src/core/import-tei/read-xml.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('readXml: a small, safe reader', () => {
  it('reads elements, attributes, predefined and numeric references, CDATA and comments', () => {
    const r = readXml('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x41;\'>t&lt;<b/>u<![CDATA[<v>]]></a>');
    assert.ok(r.ok);
    assert.equal(r.value.attrs.x, '1 & 2');
    assert.equal(r.value.attrs.y, 'A');
    assert.equal(textOf(r.value), 't<u<v>');
  });

  it('refuses DOCTYPE and entity declarations (billion laughs, external entities)', () => {
    assert.equal(code(readXml('<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>')), 'IMPORT_TEI_DOCTYPE');
    assert.equal(code(readXml('<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "file:///etc/passwd"><TEI/>')), 'IMPORT_TEI_DOCTYPE');
  });

  it('refuses undeclared entities and references to characters XML forbids', () => {
    assert.equal(code(readXml('<a>&nbsp;</a>')), 'IMPORT_TEI_ENTITY');
    assert.equal(code(readXml('<a>&#0;</a>')), 'IMPORT_TEI_ENTITY');
    assert.equal(code(readXml('<a b="&#x1;"/>')), 'IMPORT_TEI_ENTITY');
  });

  it('refuses malformed XML with a coded error', () => {
    for (const bad of ['<a><b></a>', '<a>', 'text', '<a x=1/>', '<a x="1" x="2"/>', '<a/><b/>', '<a><!ELEMENT a ANY></a>', '']) {
      assert.equal(code(readXml(bad)), 'IMPORT_TEI_MALFORMED', bad);
    }
  });

  it('refuses nesting deeper than it can safely walk', () => {
    assert.equal(code(readXml('<a>'.repeat(10_000) + '</a>'.repeat(10_000))), 'IMPORT_TEI_MALFORMED');
  });
});

describe('readTei errors', () => {
  it('IMPORT_TEI_NOT_TEI for other XML, IMPORT_TEI_UNSUPPORTED for TEI it did not write', () => {
    assert.equal(code(readTei('<html/>')), 'IMPORT_TEI_NOT_TEI');
    assert.equal(code(readTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body><p>x</p></body></text></TEI>')), 'IMPORT_TEI_UNSUPPORTED');
  });
});
