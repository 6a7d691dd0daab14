import { describe, it } from 'node:test';
import { readSharedText } from '../../support/files.ts';
import assert from 'node:assert/strict';
import { findNumberWordRuns, NUMBER_WORDS, parseEnglishNumberWords, trieSource } from '../../../src/core/numbers/english-number-words.ts';

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

describe('findNumberWordRuns / trieSource', () => {
  it('finds runs of number words with their offsets', () => {
    const text = 'Two hundred and five men, sixty-five women and one child; hundreds more, someone else.';
    const runs = findNumberWordRuns(text);
    assert.deepEqual(runs.map((r) => r.text), ['Two hundred and five', 'sixty-five', 'one']);
    for (const r of runs) assert.equal(text.slice(r.start, r.end), r.text);
  });

  it('agrees with the NUMBER_WORDS regex on every line of the King James Bible sample', async () => {
    const lines = (await readSharedText('data/bible-zh-en/en.txt')).split('\n');
    let runs = 0;
    for (const line of lines) {
      const scanned = findNumberWordRuns(line).map((r) => `${r.start}:${r.text}`);
      const matched = [...line.matchAll(NUMBER_WORDS)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual(scanned, matched, line);
      runs += scanned.length;
    }
    assert.ok(runs > 500, `${runs} runs`);
  });

  it('builds a trie-shaped alternation that matches exactly the words given', () => {
    const re = new RegExp(`^${trieSource(['ten', 'thirteen', 'thirty', 'three', 'two'])}$`);
    for (const w of ['ten', 'thirteen', 'thirty', 'three', 'two']) assert.ok(re.test(w), w);
    for (const w of ['th', 'thirt', 'tw', 'twot', '']) assert.ok(!re.test(w), w);
    const optional = new RegExp(`^${trieSource(['four', 'fourteen'])}$`);
    assert.ok(optional.test('four') && optional.test('fourteen') && !optional.test('fourt'));
  });
});
