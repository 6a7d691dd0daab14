import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTei } from '../../../src/core/import-tei/read-tei.ts';
import { childrenNamed, readXmlTree, textOf } from '../../../src/core/import-xml/read-xml-tree.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('readXmlTree: namespace-aware and safe (saxes)', () => {
  it('reads elements, attributes, predefined and numeric references, CDATA and comments', () => {
    const r = readXmlTree('<?xml version="1.0"?><!-- c --><a x="1 &amp; 2" y=\'&#x41;\'>t&lt;<b/>u<![CDATA[<v>]]></a>', 'TEI');
    assert.ok(r.ok);
    assert.equal(r.value.attrs.x, '1 & 2');
    assert.equal(r.value.attrs.y, 'A');
    assert.equal(textOf(r.value), 't<u<v>');
  });

  it('resolves prefixes: <t:p> and <p xmlns> are the same element; xml: attributes keep their prefix', () => {
    const r = readXmlTree('<t:TEI xmlns:t="http://www.tei-c.org/ns/1.0" xml:id="x"><t:p xml:lang="en">a</t:p><p xmlns="http://www.tei-c.org/ns/1.0">b</p><p>c</p></t:TEI>', 'TEI');
    assert.ok(r.ok);
    assert.equal(r.value.ns, 'http://www.tei-c.org/ns/1.0');
    assert.equal(r.value.attrs['xml:id'], 'x');
    assert.deepEqual(childrenNamed(r.value, 'p').map(textOf), ['a', 'b'], 'the unprefixed <p> with no namespace is another vocabulary');
    assert.equal(childrenNamed(r.value, 'p')[0]?.attrs['xml:lang'], 'en');
  });

  it('normalises CRLF line ends to LF, as XML requires', () => {
    const r = readXmlTree('<a>one\r\ntwo\rthree</a>', 'TEI');
    assert.ok(r.ok);
    assert.equal(textOf(r.value), 'one\ntwo\nthree');
  });

  it('refuses DOCTYPE and entity declarations (billion laughs, external entities)', () => {
    assert.equal(code(readXmlTree('<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', 'TEI')), 'IMPORT_TEI_DOCTYPE');
    assert.equal(code(readXmlTree('<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "file:///etc/passwd"><TEI/>', 'TEI')), 'IMPORT_TEI_DOCTYPE');
    assert.equal(code(readXmlTree('<!DOCTYPE xliff><xliff/>', 'XLIFF')), 'IMPORT_XLIFF_DOCTYPE');
  });

  it('refuses undeclared entities and references to characters XML forbids', () => {
    assert.equal(code(readXmlTree('<a>&nbsp;</a>', 'TMX')), 'IMPORT_TMX_ENTITY');
    assert.equal(code(readXmlTree('<a>&#0;</a>', 'TEI')), 'IMPORT_TEI_ENTITY');
    assert.equal(code(readXmlTree('<a b="&#x1;"/>', 'TEI')), 'IMPORT_TEI_ENTITY');
  });

  it('refuses malformed, truncated and binary input with a coded error', () => {
    for (const bad of ['<a><b></a>', '<a>', 'text', '<a x=1/>', '<a x="1" x="2"/>', '<a/><b/>', '<a><!ELEMENT a ANY></a>', '', 'PK\u0003\u0004\u0000\u0000', '<a xmlns:q="u"><z:b/></a>']) {
      assert.equal(code(readXmlTree(bad, 'XLIFF')), 'IMPORT_XLIFF_MALFORMED', JSON.stringify(bad));
    }
  });

  it('refuses nesting deeper than it can safely walk', () => {
    assert.equal(code(readXmlTree('<a>'.repeat(10_000) + '</a>'.repeat(10_000), 'TEI')), 'IMPORT_TEI_MALFORMED');
  });
});

describe('readTei errors', () => {
  it('IMPORT_TEI_NOT_TEI for other XML and for TEI-named roots in another namespace', () => {
    assert.equal(code(readTei('<html/>')), 'IMPORT_TEI_NOT_TEI');
    assert.equal(code(readTei('<TEI xmlns="http://www.tei-c.org/ns/2.0"><teiHeader/></TEI>')), 'IMPORT_TEI_NOT_TEI');
  });
});
