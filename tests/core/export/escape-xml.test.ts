import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { htmlAttr, htmlText, neutraliseControls, replaceXmlInvalid, xmlAttr, xmlText } from '../../../src/core/export/escape-xml.ts';

describe('escaping', () => {
  it('xmlText escapes markup, keeps ]]> harmless, drops what XML 1.0 cannot hold, references bidi controls', () => {
    assert.equal(xmlText('<a> & ]]>'), '&lt;a&gt; &amp; ]]&gt;');
    assert.equal(xmlText('a\u0000b\u0007c\tE\n'), 'a\uFFFDb\uFFFDc\tE\n');
    assert.equal(xmlText('x\u202Ey\u2066'), 'x&#x202E;y&#x2066;');
    assert.equal(xmlText('\u0085'), '&#x0085;');
    assert.equal(xmlText('😀 巴克图'), '😀 巴克图');
  });

  it('lone surrogates are replaced; pairs are kept', () => {
    assert.equal(replaceXmlInvalid('a\uD800b\uDC00c\uD83D\uDE00'), 'a\uFFFDb\uFFFDc\uD83D\uDE00');
  });

  it('xmlAttr escapes both quotes and keeps whitespace through attribute normalisation', () => {
    assert.equal(xmlAttr(`"'<&\t\n`), '&quot;&apos;&lt;&amp;&#x9;&#xA;');
  });

  it('HTML shows bidi controls as code points instead of letting them reorder the line', () => {
    assert.equal(neutraliseControls('a\u202Eb'), 'a⟦U+202E⟧b');
    assert.equal(htmlText('<script>\u202E'), '&lt;script&gt;⟦U+202E⟧');
    assert.equal(htmlAttr('" onload="x'), '&quot; onload=&quot;x');
  });
});
