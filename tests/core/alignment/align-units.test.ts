import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { mergeWithinVerses, parseGoldBeads, strictScores } from '../../../src/core/alignment/evaluate-alignment.ts';
import type { Alignment } from '../../../src/core/alignment/types.ts';
import { readSharedText } from '../../support/files.ts';
import { paragraphCases } from './sample-cases.ts';

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

function assertCovers(a: Alignment, n: number, m: number): void {
  const s = a.rows.flatMap((r) => r.source);
  const t = a.rows.flatMap((r) => r.target);
  assert.deepEqual(s, [...Array(n).keys()], 'every source unit once, in order');
  assert.deepEqual(t, [...Array(m).keys()], 'every target unit once, in order');
  for (const r of a.rows) assert.ok(r.score >= 0 && r.score <= 1, `score ${r.score} in 0..1`);
}

describe('alignUnits', () => {
  it('aligns the Bible zh–en gold set with strict F1 well above Gale–Church (0.821)', async () => {
    const [zh, en, zhVerse, enVerse, goldText] = await Promise.all(
      ['zh.txt', 'en.txt', 'zh.verse', 'en.verse', 'gold.align'].map((f) => readSharedText(`data/bible-zh-en/${f}`)),
    );
    const alignment = alignUnits(lines(zh ?? ''), lines(en ?? ''), { sourceLang: 'zh-Hans', targetLang: 'en' });
    assertCovers(alignment, lines(zh ?? '').length, lines(en ?? '').length);
    // gold.align lists English first; our source is the Chinese.
    const gold = parseGoldBeads(goldText ?? '').map((b) => ({ source: b.second, target: b.first }));
    const scores = strictScores(mergeWithinVerses(alignment.rows, lines(zhVerse ?? ''), lines(enVerse ?? '')), gold);
    assert.ok(scores.f1 >= 0.84, `strict F1 ${scores.f1.toFixed(3)}`);
  });

  it('gets every row right on the sample work cases (splits, merges, omissions, drops, additions)', async () => {
    for (const c of await paragraphCases()) {
      const a = alignUnits(c.source, c.target, { sourceLang: 'zh-Hans', targetLang: 'en', targetOmissions: c.targetOmissions });
      assertCovers(a, c.source.length, c.target.length);
      assert.deepEqual(a.rows.map((r) => ({ source: r.source, target: r.target })), c.expected, c.name);
    }
  });

  it('returns no rows for two empty texts and one-sided rows when one side is empty', () => {
    assert.deepEqual(alignUnits([], [], { sourceLang: 'zh', targetLang: 'en' }).rows, []);
    const a = alignUnits(['一。', '二。'], [], { sourceLang: 'zh', targetLang: 'en' });
    assertCovers(a, 2, 0);
    for (const r of a.rows) assert.ok(r.score < 0.5, 'a row with nothing opposite is flagged');
  });
});
