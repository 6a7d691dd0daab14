/**
 * The band for a long pair of texts, found coarse to fine: group units into
 * blocks of `factor`, align the blocks, and keep around the block path a
 * margin of one block on each side. The same aligner runs at both levels.
 */
import type { Band, PathBead } from './banded-dp.ts';

/** Indices [from, to) of the units that form each block. */
export function blocksOf(count: number, factor: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let from = 0; from < count; from += factor) blocks.push([from, Math.min(count, from + factor)]);
  return blocks;
}

/**
 * Project a block-level path onto units: every source unit in a source block
 * may pair with any target unit of the target blocks on that bead, widened by
 * `margin` units. The band is then made monotone and connected.
 */
export function bandFromCoarsePath(path: readonly PathBead[], factor: number, n: number, m: number, margin: number, targetFactor = factor, targetMargin = margin): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (const bead of path) {
    const i0 = bead.i0 * factor;
    const i1 = Math.min(n, bead.i1 * factor);
    const j0 = Math.max(0, bead.j0 * targetFactor - targetMargin);
    const j1 = Math.min(m, bead.j1 * targetFactor + targetMargin);
    for (let i = Math.max(0, i0 - margin); i <= Math.min(n, i1 + margin); i++) {
      lo[i] = Math.min(lo[i] ?? m, j0);
      hi[i] = Math.max(hi[i] ?? 0, j1);
    }
  }
  lo[0] = 0;
  hi[n] = m;
  // Monotone: lo never falls back from right to left, hi never falls back from left to right.
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? m);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  // Connected: each row must reach back into the previous one.
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i] ?? 0, hi[i - 1] ?? 0);
  return { lo, hi };
}

/**
 * True when the path runs along the band's edge somewhere: there the band,
 * not the evidence, decided, and the best path may lie outside it.
 */
export function pathTouchesEdge(path: readonly PathBead[], band: Band, m: number): boolean {
  for (const b of path) {
    const lo = band.lo[b.i1] ?? 0;
    const hi = band.hi[b.i1] ?? m;
    if ((lo > 0 && b.j1 <= lo) || (hi < m && b.j1 >= hi)) return true;
  }
  return false;
}
