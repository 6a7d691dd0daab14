import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TokenAlphabet } from '../../../src/core/diff/token-alphabet.ts';
import { spacedUnits } from '../../../src/core/diff/word-units.ts';
import { readRepoText } from '../../support/files.ts';

const ASCII_CASES = [
  '',
  '  lead and trail  ',
  'tabs\tand\nnew\r\nlines\u000b\u000cend',
  '[sic] [a] [] [[x]] [unclosed and [open] ] ]',
  `[${'x'.repeat(40)}] [${'y'.repeat(41)}] [two\nlines] [`,
  "People's Ba-ke-tu 5.5 km. end- -start 'quoted' a.b.c. x--y 60-kilometre",
];

describe('TokenAlphabet', () => {
  it('reads ASCII text into the same units as spacedUnits, with the codes encode gives them', () => {
    const table = new TokenAlphabet();
    const reference = new TokenAlphabet();
    for (const text of ASCII_CASES) {
      const got = table.encodeAscii(text);
      const units = spacedUnits(text);
      assert.deepEqual(got?.units, units, JSON.stringify(text));
      assert.equal(got?.encoded, reference.encode(units.units));
    }
  });

  it('reads a range in place as it reads the slice, on the archive translation', async () => {
    const text = (await readRepoText('translations/wilson-121617/wilson-121617.en.txt')).replace(/[^\x00-\x7f]/g, '?');
    const table = new TokenAlphabet();
    const other = new TokenAlphabet();
    for (let from = 0; from < text.length; from += 997) {
      const to = Math.min(text.length, from + 1500);
      assert.deepEqual(table.encodeAscii(text, from, to), other.encodeAscii(text.slice(from, to)));
    }
  });

  it('gives equal tokens equal codes and different tokens different codes, in first-seen order', () => {
    const table = new TokenAlphabet();
    const e = table.encode(['b', 'a', 'b', 'ab', 'a']);
    assert.deepEqual([...(e ?? '')].map((c) => c.charCodeAt(0)), [0, 1, 0, 2, 1]);
    assert.deepEqual([...(table.encodeAscii('ab b c')?.encoded ?? '')].map((c) => c.charCodeAt(0)), [2, 0, 3]);
  });

  it('answers undefined once 65,536 distinct tokens are coded', () => {
    const table = new TokenAlphabet();
    const tokens = Array.from({ length: 0x10000 }, (_, i) => `t${i}`);
    assert.equal(table.encode(tokens)?.length, 0x10000);
    assert.equal(table.encode(['t5', 't7']), String.fromCharCode(5, 7));
    assert.equal(table.encode(['new']), undefined);
    assert.equal(table.encodeAscii('t1 also-new'), undefined);
  });
});
