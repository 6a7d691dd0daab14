import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { mergeWithinVerses, parseGoldBeads, strictScores } from '../../../src/core/alignment/evaluate-alignment.ts';
import type { Alignment } from '../../../src/core/alignment/types.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/index.ts';
import { readSharedText } from '../../support/files.ts';
import { paragraphCases } from './sample-cases.ts';

const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const LENGTH_ONLY = { numberMatch: 0, numberMiss: 0, nameMatch: 0, punctuation: 0, lexicon: 0 };

function assertCovers(a: Alignment, n: number, m: number): void {
  assert.deepEqual(a.rows.flatMap((r) => r.source), [...Array(n).keys()], 'every source unit once, in order');
  assert.deepEqual(a.rows.flatMap((r) => r.target), [...Array(m).keys()], 'every target unit once, in order');
  for (const r of a.rows) assert.ok(r.score >= 0 && r.score <= 1, `score ${r.score} in 0..1`);
}

async function bible() {
  const [zh, en, zhVerse, enVerse, gold] = await Promise.all(
    ['zh.txt', 'en.txt', 'zh.verse', 'en.verse', 'gold.align'].map((f) => readSharedText(`data/bible-zh-en/${f}`)),
  );
  return {
    zh: lines(zh ?? ''), en: lines(en ?? ''), zhVerse: lines(zhVerse ?? ''), enVerse: lines(enVerse ?? ''),
    // gold.align lists English first; our source is the Chinese.
    gold: parseGoldBeads(gold ?? '').map((b) => ({ source: b.second, target: b.first })),
  };
}

describe('alignUnits', () => {
  it('aligns the Bible zh–en gold set with strict F1 ≥ 0.92 with the dictionary (Gale–Church published 0.821)', async function (this: { timeout?: (ms: number) => void } | undefined) {
    // Three whole-Bible alignments (two of them in two passes): more than mocha's 20 s on a loaded machine.
    this?.timeout?.(90_000);
    const b = await bible();
    const lexicon = await loadZhEnLexicon();
    const full = alignUnits(b.zh, b.en, { sourceLang: 'zh-Hans', targetLang: 'en', lexicon });
    assertCovers(full, b.zh.length, b.en.length);
    const f1 = strictScores(mergeWithinVerses(full.rows, b.zhVerse, b.enVerse), b.gold).f1;
    assert.ok(f1 >= 0.92, `strict F1 ${f1.toFixed(3)}`);
    // Confidence means something: rows under the flag threshold pair verses that disagree far more often.
    const consistent = (r: { source: number[]; target: number[] }) => {
      const zs = new Set(r.source.map((u) => b.zhVerse[u]));
      const es = new Set(r.target.map((u) => b.enVerse[u]));
      return zs.size > 0 && es.size > 0 && [...zs].every((v) => es.has(v)) && [...es].every((v) => zs.has(v));
    };
    const share = (rows: typeof full.rows) => rows.filter(consistent).length / Math.max(1, rows.length);
    const flagged = full.rows.filter((r) => r.score < 0.5);
    const sure = full.rows.filter((r) => r.score >= 0.95);
    assert.ok(flagged.length > 0 && flagged.length < full.rows.length * 0.05, `${flagged.length} flagged`);
    assert.ok(share(sure) > 0.95 && share(flagged) < share(sure) - 0.3, `verse-consistent: sure ${share(sure).toFixed(2)}, flagged ${share(flagged).toFixed(2)}`);
    // Each signal pays: length alone < length, numbers, names, punctuation < everything.
    const noLexicon = alignUnits(b.zh, b.en, { sourceLang: 'zh-Hans', targetLang: 'en' });
    const f1NoLexicon = strictScores(mergeWithinVerses(noLexicon.rows, b.zhVerse, b.enVerse), b.gold).f1;
    const lengthOnly = alignUnits(b.zh, b.en, { sourceLang: 'zh-Hans', targetLang: 'en', weights: LENGTH_ONLY });
    const f1Length = strictScores(mergeWithinVerses(lengthOnly.rows, b.zhVerse, b.enVerse), b.gold).f1;
    assert.ok(f1NoLexicon >= 0.88 && f1NoLexicon < f1, `without dictionary ${f1NoLexicon.toFixed(3)}`);
    assert.ok(f1Length < f1NoLexicon, `length only ${f1Length.toFixed(3)}`);
  });

  it('aligns in either direction (English source, Chinese target) to the same beads', async () => {
    const b = await bible();
    const lexicon = await loadZhEnLexicon();
    const zh = b.zh.slice(0, 400);
    const en = b.en.slice(0, 320);
    const forward = alignUnits(zh, en, { sourceLang: 'zh-Hans', targetLang: 'en', lexicon });
    const backward = alignUnits(en, zh, { sourceLang: 'en', targetLang: 'zh-Hans', lexicon });
    assertCovers(backward, en.length, zh.length);
    assert.deepEqual(backward.rows.map((r) => [r.target, r.source]), forward.rows.map((r) => [r.source, r.target]));
  });

  it('gets every row right on the sample work cases (splits, merges, omissions, drops, additions)', async () => {
    const lexicon = await loadZhEnLexicon();
    for (const c of await paragraphCases()) {
      const a = alignUnits(c.source, c.target, { sourceLang: 'zh-Hans', targetLang: 'en', targetOmissions: c.targetOmissions, lexicon });
      assertCovers(a, c.source.length, c.target.length);
      assert.deepEqual(a.rows.map((r) => ({ source: r.source, target: r.target })), c.expected, c.name);
    }
  });

  it('gets the sample cases right without the dictionary too, except a short added paragraph', async () => {
    for (const c of await paragraphCases()) {
      const a = alignUnits(c.source, c.target, { sourceLang: 'zh-Hans', targetLang: 'en', targetOmissions: c.targetOmissions });
      assertCovers(a, c.source.length, c.target.length);
      // Length alone cannot tell a two-line translator's note from the end of the paragraph before it.
      if (c.name.includes('added')) continue;
      assert.deepEqual(a.rows.map((r) => ({ source: r.source, target: r.target })), c.expected, c.name);
    }
  });

  it('returns no rows for two empty texts and flagged one-sided rows when one side is empty', () => {
    assert.deepEqual(alignUnits([], [], { sourceLang: 'zh', targetLang: 'en' }).rows, []);
    const a = alignUnits(['一。', '二。'], [], { sourceLang: 'zh', targetLang: 'en' });
    assertCovers(a, 2, 0);
    for (const r of a.rows) assert.ok(r.score < 0.5, 'a row with nothing opposite is flagged');
  });
});
