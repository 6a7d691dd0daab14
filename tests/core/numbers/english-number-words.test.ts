import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { NUMBER_WORDS, parseEnglishNumberWords } from '../../../src/core/numbers/english-number-words.ts';

describe('parseEnglishNumberWords', () => {
  it('reads numbers written as words', () => {
    const cases: Array<[string, number]> = [
      ['five', 5], ['Sixty', 60], ['sixty-five', 65], ['two hundred and five', 205], ['hundred', 100],
      ['three thousand', 3000], ['three thousand two hundred', 3200], ['two million', 2000000], ['nineteen', 19],
    ];
    for (const [raw, n] of cases) assert.equal(parseEnglishNumberWords(raw), n, raw);
    assert.equal(parseEnglishNumberWords('several'), undefined);
  });

  it('does not take vague plurals for figures', () => {
    const found = [...'hundreds and even thousands, tens of thousands; someone at five'.matchAll(NUMBER_WORDS)].map((m) => m[0]);
    assert.deepEqual(found, ['five']);
  });
});
