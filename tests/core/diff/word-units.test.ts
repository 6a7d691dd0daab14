import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spacedUnits, unitsOf } from '../../../src/core/diff/word-units.ts';
import { tokenizeWords } from '../../../src/core/diff/tokenize-words.ts';
import { readRepoText } from '../../support/files.ts';

/** Texts that stress the edges: every kind of \s, brackets long and short, joiners at the ends. */
const EDGE_CASES = [
  '',
  '   ',
  '  lead and trail  ',
  'tabs\tand\nnew\r\nlines\u000b\u000cend',
  'no\u00a0break\u3000ideographic\u2028line\u2029para\u202fnarrow\u205fmath\ufeffbom\u1680ogham\u2000en\u200ahair',
  '[sic] [a] [] [[x]] [unclosed and [open] ] ]',
  `[${'x'.repeat(40)}] [${'y'.repeat(41)}] [two\nlines]`,
  "People's Ba-ke-tu 5.5 km. end- -start 'quoted' a.b.c. x--y",
  'Naïve café — “quoted” ‘single’ Ba‐ke‐tu 𝒳 surrogate',
  '六十人 and 1961年',
];

describe('spacedUnits', () => {
  it('gives the units and gaps of the token list, on edge cases', () => {
    for (const text of EDGE_CASES) assert.deepEqual(spacedUnits(text), unitsOf(tokenizeWords(text, 'en')), JSON.stringify(text));
  });

  it('gives the units and gaps of the token list, on every paragraph of both English sample translations', async () => {
    let units = 0;
    for (const file of ['wilson-121617.en.txt', 'en-parallax.txt']) {
      const text = await readRepoText(`translations/wilson-121617/${file}`);
      for (const p of [text, ...text.split(/\n\s*\n/)]) {
        const got = spacedUnits(p);
        assert.deepEqual(got, unitsOf(tokenizeWords(p, 'en')));
        units += got.units.length;
      }
    }
    assert.ok(units > 1000);
  });

  it('rebuilds the text from lead, units and gaps', () => {
    for (const text of EDGE_CASES) {
      const u = spacedUnits(text);
      assert.equal(u.lead + u.units.map((x, i) => x + (u.gaps[i] ?? '')).join(''), text);
    }
  });
});
