/**
 * Word diff of every aligned row of two 2,000-paragraph, 400,000-word English
 * translations (generated, ~5% of words edited in half the rows), against the
 * `diff` package's diffWords on the same rows, measured in the same run.
 */
import { diffWords } from 'diff';
import { wordDiff } from '../../src/core/diff/word-diff.ts';
import { DiffMemo } from '../../src/core/diff/diff-memo.ts';
import { generateWork } from '../support/generate-work.ts';
import { readRepoText } from '../support/files.ts';
import { median, ms, ratio, time, type BenchRow } from './bench.ts';

/**
 * Ours and the baseline in alternating rounds, so a machine shared with other
 * jobs slows both alike; medians of each. The order flips every round: the
 * side that runs second pays for the garbage the first one left (diffWords
 * allocates far more), so neither side always runs second.
 */
function interleaved(ours: () => void, baseline: () => void, rounds: number): { ours: number; baseline: number } {
  ours();
  baseline();
  const a: number[] = [];
  const b: number[] = [];
  const timed = (fn: () => void, into: number[]): void => {
    const t = performance.now();
    fn();
    into.push(performance.now() - t);
  };
  for (let k = 0; k < rounds; k++) {
    if (k % 2 === 0) {
      timed(ours, a);
      timed(baseline, b);
    } else {
      timed(baseline, b);
      timed(ours, a);
    }
  }
  return { ours: median(a), baseline: median(b) };
}

export default async function bench(): Promise<BenchRow[]> {
  const work = generateWork({ paragraphs: 2000, wordsPerParagraph: 200 });
  const [zh, a, b] = work.witnesses;
  if (!zh || !a || !b) throw new Error('generated work has three witnesses');
  const pa = a.paragraphs.map((p) => p.text);
  const pb = b.paragraphs.map((p) => p.text);
  const words = pa.join(' ').split(/\s+/).length;
  const changed = pa.filter((t, i) => t !== pb[i]).length;
  const input = `2,000 rows × 2, ${Math.round(words / 1000)}k words each, ${changed} rows differ`;

  let ops = 0;
  const every = interleaved(
    () => {
      ops = 0;
      for (let i = 0; i < pa.length; i++) ops += wordDiff(pa[i] ?? '', pb[i] ?? '', 'en').length;
    },
    () => {
      for (let i = 0; i < pa.length; i++) diffWords(pa[i] ?? '', pb[i] ?? '');
    },
    7,
  );
  // Only the changed rows: what the identical-text shortcut leaves to the diff itself.
  const changedRows = pa.map((t, i) => [t, pb[i] ?? ''] as const).filter(([x, y]) => x !== y);
  const changedOnly = interleaved(
    () => {
      for (const [x, y] of changedRows) wordDiff(x, y, 'en');
    },
    () => {
      for (const [x, y] of changedRows) diffWords(x, y);
    },
    5,
  );
  // Scrolling back over rows already shown: the memo answers.
  const memo = new DiffMemo(4000);
  for (let i = 0; i < pa.length; i++) memo.wordDiff(pa[i] ?? '', pb[i] ?? '', 'en');
  const warm = await time(() => {
    for (let i = 0; i < pa.length; i++) memo.wordDiff(pa[i] ?? '', pb[i] ?? '', 'en');
  });
  const ours = { median: every.ours };
  // Chinese: each original paragraph against a copy with every 20th character changed, segmented by Intl.Segmenter per paragraph.
  const zhA = zh.paragraphs.slice(0, 500).map((p) => p.text);
  const zhB = zhA.map((t) => [...t].map((c, k) => (k % 20 === 7 ? '国' : c)).join(''));
  const chinese = await time(() => {
    for (let i = 0; i < zhA.length; i++) wordDiff(zhA[i] ?? '', zhB[i] ?? '', 'zh-Hans');
  }, 3);
  const zhChars = zhA.join('').length;

  // The sample work's two English translations, paragraph against paragraph.
  const body = (t: string): string[] => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const parallax = body(await readRepoText('translations/wilson-121617/en-parallax.txt')).slice(1);
  const archiveAll = body(await readRepoText('translations/wilson-121617/wilson-121617.en.txt'));
  const archive = archiveAll.slice(archiveAll.findIndex((p) => p.startsWith('As the Embassy')));
  const sample = interleaved(
    () => {
      for (let i = 0; i < parallax.length; i++) wordDiff(parallax[i] ?? '', archive[i] ?? '', 'en');
    },
    () => {
      for (let i = 0; i < parallax.length; i++) diffWords(parallax[i] ?? '', archive[i] ?? '');
    },
    20,
  );
  return [
    { group: 'diff', name: 'wordDiff, sample work', input: `en-parallax × archive, ${parallax.length} paragraphs`, value: ms(sample.ours), baseline: `diff.diffWords ${ms(sample.baseline)}`, ratio: ratio(sample.ours, sample.baseline) },
    { group: 'diff', name: 'wordDiff, every row', input, value: ms(every.ours), baseline: `diff.diffWords ${ms(every.baseline)}`, ratio: ratio(every.ours, every.baseline), target: '≤ 150 ms, ≥ 3× faster' },
    { group: 'diff', name: 'wordDiff, changed rows only', input: `${changedRows.length} changed rows`, value: ms(changedOnly.ours), baseline: `diff.diffWords ${ms(changedOnly.baseline)}`, ratio: ratio(changedOnly.ours, changedOnly.baseline) },
    { group: 'diff', name: 'DiffMemo, every row again (warm)', input: '2,000 rows', value: ms(warm.median), baseline: `cold ${ms(ours.median)}`, ratio: ratio(warm.median, ours.median) },
    { group: 'diff', name: 'wordDiff, Chinese rows (Intl.Segmenter)', input: `500 rows, ${Math.round(zhChars / 1000)}k characters each side`, value: ms(chinese.median) },
    { group: 'diff', name: 'ops produced', input: '2,000 rows', value: `${ops.toLocaleString('en')} ops` },
  ];
}
