/**
 * The band for a long pair of texts, found coarse to fine: group units into
 * blocks, align the blocks, and keep a margin either side of the block
 * path's diagonal; widen it where the fine path runs along its edge.
 */
import type { Band, PathBead } from './banded-dp.ts';

/** Indices [from, to) of the units that form each block. */
export function blocksOf(count: number, factor: number): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  for (let from = 0; from < count; from += factor) blocks.push([from, Math.min(count, from + factor)]);
  return blocks;
}

/**
 * Where the path runs along the band's edge, the band, not the evidence,
 * decided, and the best path may lie outside it. Returns the band widened by
 * `margin` around those places only, or null when the path never touches.
 */
export function widenWherePathTouches(path: readonly PathBead[], band: Band, n: number, m: number, margin: number): Band | null {
  const lo = Int32Array.from(band.lo);
  const hi = Int32Array.from(band.hi);
  let touched = false;
  for (const b of path) {
    const l = band.lo[b.i1] ?? 0;
    const h = band.hi[b.i1] ?? m;
    const low = l > 0 && b.j1 <= l;
    const high = h < m && b.j1 >= h;
    if (!low && !high) continue;
    touched = true;
    for (let i = Math.max(0, b.i1 - margin); i <= Math.min(n, b.i1 + margin); i++) {
      if (low) lo[i] = Math.max(0, Math.min(lo[i] ?? 0, b.j1 - margin));
      if (high) hi[i] = Math.min(m, Math.max(hi[i] ?? m, b.j1 + margin));
    }
  }
  return touched ? monotoneConnected(lo, hi, n, m) : null;
}

/**
 * A narrower band from a block path: within each block bead the path is
 * assumed to run along the bead's diagonal, and the band keeps `margin`
 * units either side of it. Band repair widens it where the path disagrees.
 */
export function bandAlongCoarseDiagonal(path: readonly PathBead[], factor: number, n: number, m: number, targetFactor: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (const bead of path) {
    const i0 = Math.min(n, bead.i0 * factor);
    const i1 = Math.min(n, bead.i1 * factor);
    const j0 = Math.min(m, bead.j0 * targetFactor);
    const j1 = Math.min(m, bead.j1 * targetFactor);
    for (let i = i0; i <= i1; i++) {
      const from = i1 > i0 ? j0 + ((i - i0) * (j1 - j0)) / (i1 - i0) : j0;
      const to = i1 > i0 ? from : j1;
      lo[i] = Math.min(lo[i] ?? m, Math.max(0, Math.floor(from) - margin));
      hi[i] = Math.max(hi[i] ?? 0, Math.min(m, Math.ceil(to) + margin));
    }
  }
  return monotoneConnected(lo, hi, n, m);
}

/** The band `margin` units either side of a path: a later pass may move each boundary by that much. */
export function bandAroundPath(path: readonly PathBead[], n: number, m: number, margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (const b of path) {
    for (let i = Math.max(0, b.i0 - margin); i <= Math.min(n, b.i1 + margin); i++) {
      lo[i] = Math.min(lo[i] ?? m, Math.max(0, b.j0 - margin));
      hi[i] = Math.max(hi[i] ?? 0, Math.min(m, b.j1 + margin));
    }
  }
  return monotoneConnected(lo, hi, n, m);
}

function monotoneConnected(lo: Int32Array, hi: Int32Array, n: number, m: number): Band {
  lo[0] = 0;
  hi[n] = m;
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? m);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  for (let i = 1; i <= n; i++) lo[i] = Math.min(lo[i] ?? 0, hi[i - 1] ?? 0);
  return { lo, hi };
}
