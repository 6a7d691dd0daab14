import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { strictScores } from '../../../src/core/alignment/evaluate-alignment.ts';
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { generateWork, prng } from '../../support/generate-work.ts';

// Long inputs take the coarse-to-fine path (band, repair, measured ratio); these check it finds the
// right path, not how fast (timing is the benchmark's job). Generated text: only lengths and numbers carry signal.
describe('alignUnits at scale', () => {
  it('aligns 1,500 generated paragraphs one to one, and flags any row it gets wrong', () => {
    const work = generateWork({ paragraphs: 1500, seed: 3 });
    const [zh, en] = work.witnesses;
    const a = alignUnits(zh?.paragraphs.map((p) => p.text) ?? [], en?.paragraphs.map((p) => p.text) ?? [], { sourceLang: 'zh-Hans', targetLang: 'en' });
    const right = (r: { source: number[]; target: number[] }) => r.source.length === 1 && r.target.length === 1 && r.source[0] === r.target[0];
    const wrong = a.rows.filter((r) => !right(r));
    assert.ok(wrong.length <= 1500 * 0.005, `${wrong.length} rows wrong`);
    for (const r of wrong) assert.ok(r.score < 0.5, `wrong row ${r.source}:${r.target} scored ${r.score}`);
  });

  it('recovers merges and drops in 5,000 generated sentence pairs (strict F1 ≥ 0.95)', () => {
    const work = generateWork({ paragraphs: 625, seed: 7 });
    const [zhW, enW] = work.witnesses;
    const zh = (zhW?.paragraphs ?? []).flatMap((p) => splitSentences(p.text, 'zh').map((s) => s.text));
    const enAll = (enW?.paragraphs ?? []).flatMap((p) => splitSentences(p.text, 'en').map((s) => s.text));
    assert.equal(zh.length, enAll.length);
    // One English sentence in 12 joins the one before, one in 40 is left out; the gold follows by construction.
    const rand = prng(11);
    const en: string[] = [];
    const gold: Array<{ source: number[]; target: number[] }> = [];
    enAll.forEach((s, k) => {
      const r = rand();
      const last = gold.at(-1);
      if (r < 1 / 40) {
        gold.push({ source: [k], target: [] });
      } else if (r < 1 / 40 + 1 / 12 && last && last.target.length > 0) {
        en[en.length - 1] += ` ${s}`;
        last.source.push(k);
      } else {
        en.push(s);
        gold.push({ source: [k], target: [en.length - 1] });
      }
    });
    const a = alignUnits(zh, en, { sourceLang: 'zh-Hans', targetLang: 'en' });
    assert.deepEqual(a.rows.flatMap((r) => r.target), [...en.keys()]);
    const f1 = strictScores(a.rows, gold).f1;
    assert.ok(f1 >= 0.95, `strict F1 ${f1.toFixed(3)}`);
  });
});
