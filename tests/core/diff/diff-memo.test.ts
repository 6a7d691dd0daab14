import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DiffMemo } from '../../../src/core/diff/diff-memo.ts';
import { wordDiff } from '../../../src/core/diff/word-diff.ts';

describe('DiffMemo', () => {
  it('returns the same ops as wordDiff and computes each pair once', () => {
    const memo = new DiffMemo(10);
    const first = memo.wordDiff('the border was quiet', 'the frontier was quiet', 'en');
    assert.deepEqual(first, wordDiff('the border was quiet', 'the frontier was quiet', 'en'));
    const again = memo.wordDiff('the border was quiet', 'the frontier was quiet', 'en');
    assert.equal(again, first);
    assert.equal(memo.hits, 1);
    assert.equal(memo.misses, 1);
  });

  it('keys on language and options, not only the texts', () => {
    const memo = new DiffMemo(10);
    memo.wordDiff('a, b', 'a b', 'en');
    const hidden = memo.wordDiff('a, b', 'a b', 'en', { ignorePunctuation: true });
    assert.deepEqual(hidden, [{ op: 'equal', text: 'a b' }]);
    assert.equal(memo.misses, 2);
  });

  it('stays within its bound, dropping the least recently used pair', () => {
    const memo = new DiffMemo(3);
    for (let i = 0; i < 3; i++) memo.wordDiff(`row ${i}`, `row ${i}!`, 'en');
    memo.wordDiff('row 0', 'row 0!', 'en'); // row 0 is now the most recent
    memo.wordDiff('row 3', 'row 3!', 'en'); // evicts row 1
    assert.equal(memo.size, 3);
    const misses = memo.misses;
    memo.wordDiff('row 0', 'row 0!', 'en');
    assert.equal(memo.misses, misses);
    memo.wordDiff('row 1', 'row 1!', 'en');
    assert.equal(memo.misses, misses + 1);
  });
});
