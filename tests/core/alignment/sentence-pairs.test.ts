// A paragraph row's sentence pairs: every sentence once, in order; a saved
// alignment is used only for the sentences it was made for.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignRowSentences, isCurrentFor, isWellFormed, sentencePairsKey, type RowTexts } from '../../../src/core/alignment/sentence-pairs.ts';

const row: RowTexts = {
  sourceParagraphIds: ['zh-p3'], targetParagraphIds: ['en-p3', 'en-p4'],
  sourceTexts: ['苏联政府对此表示关切。边境居民已越境三万人。我们要求中方采取措施。'],
  targetTexts: ['The Soviet Government expresses its concern.', 'Thirty thousand border residents have crossed. We ask the Chinese side to take measures.'],
};
const opts = { sourceLang: 'zh-Hans', targetLang: 'en' };

describe('sentence pairs of a row', () => {
  it('splits both sides into sentences and pairs them, each sentence once', () => {
    const p = alignRowSentences(row, opts);
    assert.equal(p.sourceSentences.length, 3);
    assert.equal(p.targetSentences.length, 3);
    assert.ok(isWellFormed(p));
    assert.deepEqual(p.rows.map((r) => [r.source, r.target]), [[[0], [0]], [[1], [1]], [[2], [2]]]);
  });

  it('is current only for the same paragraphs and sentences', () => {
    const p = alignRowSentences(row, opts);
    assert.ok(isCurrentFor(p, row, 'zh-Hans', 'en'));
    assert.equal(isCurrentFor(p, { ...row, targetTexts: [row.targetTexts[0] ?? '', 'Thirty thousand residents have crossed.'] }, 'zh-Hans', 'en'), false);
    assert.equal(isCurrentFor(p, { ...row, targetParagraphIds: ['en-p3'] }, 'zh-Hans', 'en'), false);
  });

  it('refuses a saved shape that skips, repeats or reorders a sentence', () => {
    const p = alignRowSentences(row, opts);
    assert.equal(isWellFormed({ ...p, rows: p.rows.slice(1) }), false);
    assert.equal(isWellFormed({ ...p, rows: [...p.rows, { source: [2], target: [], score: 1, status: 'confirmed' }] }), false);
    assert.equal(isWellFormed({ ...p, rows: [p.rows[1]!, p.rows[0]!, p.rows[2]!] }), false);
  });

  it('keys a row by its paragraph ids on both sides', () => {
    assert.equal(sentencePairsKey(['a', 'b'], ['c']), 'a b|c');
    assert.notEqual(sentencePairsKey(['a'], ['b', 'c']), sentencePairsKey(['a', 'b'], ['c']));
  });
});
