/**
 * What every benchmark module returns: rows of one table. Benchmarks measure
 * and report; they never fail because a shared machine was slow.
 */
export interface BenchRow {
  /** Area: alignment, diff, checks, storage, render, export, import. */
  readonly group: string;
  /** What was measured, e.g. "word diff, every row". */
  readonly name: string;
  /** The input, e.g. "2,000 paragraphs × 2, 400k words". */
  readonly input: string;
  /** The figure: "112 ms" (a median), or a quality figure "F1 0.941". */
  readonly value: string;
  /** The baseline measured in the same run, e.g. "diff.diffWords 1,830 ms". */
  readonly baseline?: string;
  /** value against baseline, e.g. "16.3× faster". */
  readonly ratio?: string;
  /** The target, e.g. "≤ 150 ms". */
  readonly target?: string;
}

export interface Timing {
  readonly median: number;
  readonly samples: readonly number[];
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

/** Runs `fn` once to warm up, then `runs` times; returns the median in ms. */
export async function time(fn: () => unknown, runs = 5): Promise<Timing> {
  await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return { median: median(samples), samples };
}

export const ms = (x: number): string => (x >= 100 ? `${Math.round(x).toLocaleString('en')} ms` : `${x.toFixed(x >= 10 ? 1 : 2)} ms`);
export const ratio = (value: number, baseline: number): string =>
  value <= baseline ? `${(baseline / value).toFixed(1)}× faster` : `${(value / baseline).toFixed(1)}× slower`;
