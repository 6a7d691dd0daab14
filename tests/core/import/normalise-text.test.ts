import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseText } from '../../../src/core/import/normalise-text.ts';

describe('normaliseText', () => {
  it('turns CRLF and lone CR into LF', () => {
    assert.equal(normaliseText('a\r\nb\rc\n'), 'a\nb\nc\n');
  });
  it('composes to NFC', () => {
    assert.equal(normaliseText('Cafe\u0301'), 'Caf\u00e9');
  });
  it('turns no-break spaces into spaces but keeps the ideographic space', () => {
    assert.equal(normaliseText('24\u00a0April\u202f1962'), '24 April 1962');
    assert.equal(normaliseText('\u3000\u3000苏联'), '\u3000\u3000苏联');
  });
  it('strips stray controls and inner BOMs but keeps tabs and newlines', () => {
    assert.equal(normaliseText('a\u0000b\u0007c\ufeffd\te\n'), 'abcd\te\n');
  });
  it('turns the Unicode paragraph separator into a blank line', () => {
    assert.equal(normaliseText('one\u2029two\u2028three'), 'one\n\ntwo\nthree');
  });
});
