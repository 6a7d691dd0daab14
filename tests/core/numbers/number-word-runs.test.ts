import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberWordRuns } from '../../../src/core/numbers/english-number-words.ts';

const runs = (text: string): string[] => findNumberWordRuns(text).map((r) => r.text);

describe('findNumberWordRuns', () => {
  it('joins number words across spaces, hyphens and “and”', () => {
    assert.deepEqual(runs('one hundred and five men'), ['one hundred and five']);
    assert.deepEqual(runs('Sixty-Five years'), ['Sixty-Five']);
    assert.deepEqual(runs('two  hundred\nthousand'), ['two  hundred\nthousand']);
  });

  it('starts a new run after anything else between two number words', () => {
    assert.deepEqual(runs('five, six'), ['five', 'six']);
    assert.deepEqual(runs('five and and six'), ['five', 'six']);
    assert.deepEqual(runs('five 5 six'), ['five', 'six']);
    assert.deepEqual(runs('five-and-six'), ['five', 'six']);
    assert.deepEqual(runs('five men six'), ['five', 'six']);
  });

  it('reads only whole words, with no letter, digit or underscore of any script next to them', () => {
    assert.deepEqual(runs('sixtyish tenfold often'), []);
    assert.deepEqual(runs('fifty_five'), []);
    assert.deepEqual(runs('twoé three'), ['three']);
    assert.deepEqual(runs('3two four'), ['four']);
  });

  it('gives offsets into the text', () => {
    const [r] = findNumberWordRuns('about twenty-one days');
    assert.deepEqual(r, { start: 6, end: 16, text: 'twenty-one' });
  });
});
