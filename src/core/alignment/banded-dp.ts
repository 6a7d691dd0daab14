/**
 * Dynamic programme over bead shapes, restricted to a band: row i (source
 * units consumed) only considers target positions lo[i]..hi[i]. Memory and
 * time are proportional to the band's area, never to n × m.
 */
import { BEADS, OMISSION_MAX, beadCost, omissionCost, type BeadCostContext } from './bead-cost.ts';

type BeadTable = ReadonlyArray<readonly [number, number, number]>;

export interface Band {
  /** Per row i = 0..n, the first and last target position in the band (inclusive). */
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/** One bead on the best path: source units [i0, i1) joined with target units [j0, j1). */
export interface PathBead {
  readonly i0: number;
  readonly i1: number;
  readonly j0: number;
  readonly j1: number;
  readonly cost: number;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

export function bandArea(band: Band): number {
  let area = 0;
  for (let i = 0; i < band.lo.length; i++) area += (band.hi[i] ?? 0) - (band.lo[i] ?? 0) + 1;
  return area;
}

interface Omissions {
  readonly source: (u: number) => boolean;
  readonly target: (u: number) => boolean;
}

export function alignInBand(n: number, m: number, band: Band, ctx: BeadCostContext, om: Omissions, beads: BeadTable = BEADS): PathBead[] {
  // The bead table as flat arrays: the innermost loop should not destructure.
  const BEAD_COUNT = beads.length;
  const BEAD_A = Int32Array.from(beads, (b) => b[0]);
  const BEAD_B = Int32Array.from(beads, (b) => b[1]);
  const BEAD_PRIOR = Float64Array.from(beads, (b) => b[2]);
  const costs: Float64Array[] = [];
  const backs: Uint16Array[] = [];
  const { lo, hi } = band;
  /** Cost of cell (i, j), Infinity outside the band. Hot: no allocation here. */
  const at = (i: number, j: number): number => {
    const l = lo[i] ?? 0;
    return j < l || j > (hi[i] ?? -1) ? Infinity : (costs[i]?.[j - l] ?? Infinity);
  };
  for (let i = 0; i <= n; i++) {
    const rowLo = lo[i] ?? 0;
    const width = (hi[i] ?? 0) - rowLo + 1;
    const row = new Float64Array(width).fill(Infinity);
    const back = new Uint16Array(width);
    costs.push(row);
    backs.push(back);
    const sourceOmission = i > 0 && om.source(i - 1);
    for (let j = rowLo; j < rowLo + width; j++) {
      if (i === 0 && j === 0) {
        row[0] = 0;
        continue;
      }
      let best = Infinity;
      let bestCode = 0;
      for (let k = 0; k < BEAD_COUNT; k++) {
        const a = BEAD_A[k] ?? 0;
        const b = BEAD_B[k] ?? 0;
        const prior = BEAD_PRIOR[k] ?? 0;
        if (a > i || b > j) continue;
        const prev = at(i - a, j - b);
        if (prev === Infinity) continue;
        const total = prev + beadCost(ctx, i, j, a, b, prior, best - prev);
        if (total < best) {
          best = total;
          bestCode = (a << 8) | b;
        }
      }
      // An omission marker may stand for any short run of the other side, or for nothing.
      if (j > 0 && om.target(j - 1)) {
        for (let k = 0; k <= Math.min(OMISSION_MAX, i); k++) {
          if (k > 0 && om.source(i - k)) break;
          const total = at(i - k, j - 1) + omissionCost(k);
          if (total < best) {
            best = total;
            bestCode = (k << 8) | 1;
          }
        }
      }
      if (sourceOmission) {
        for (let k = 0; k <= Math.min(OMISSION_MAX, j); k++) {
          if (k > 0 && om.target(j - k)) break;
          const total = at(i - 1, j - k) + omissionCost(k);
          if (total < best) {
            best = total;
            bestCode = (1 << 8) | k;
          }
        }
      }
      row[j - rowLo] = best;
      back[j - rowLo] = bestCode;
    }
  }
  return tracePath(n, m, band, costs, backs);
}

function tracePath(n: number, m: number, band: Band, costs: Float64Array[], backs: Uint16Array[]): PathBead[] {
  const path: PathBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const lo = band.lo[i] ?? 0;
    const code = backs[i]?.[j - lo] ?? 0;
    const a = code >> 8;
    const b = code & 0xff;
    if (a === 0 && b === 0) throw new Error(`alignment band does not reach (${i}, ${j})`);
    const here = costs[i]?.[j - lo] ?? 0;
    const prevLo = band.lo[i - a] ?? 0;
    const prev = costs[i - a]?.[j - b - prevLo] ?? 0;
    path.push({ i0: i - a, i1: i, j0: j - b, j1: j, cost: here - prev });
    i -= a;
    j -= b;
  }
  return path.reverse();
}
