/**
 * Where a plain Split (no cut chosen) cuts a grid row: after the row's first
 * original paragraph, in every translation at once — a cut in one column
 * alone leaves the others spanning both halves, so the grid row stays whole
 * and that translation's halves only fall out of line. Each translation's
 * paragraphs are cut where the lengths best match the original's halves (the
 * aligner's own measure). A row with one original paragraph has nothing to
 * cut there: the translation paragraphs of the focused column are divided
 * instead, the first keeping the original. Pure.
 */
import type { Alignment, WorkAlignment } from '../../core/alignment/types.ts';
import type { Witness } from '../../core/model/work.ts';
import { pairwiseRowsOf } from './pairwise-rows.ts';

export interface PlainCut {
  readonly witnessId: string;
  /** The pairwise row cut. */
  readonly row: number;
  /** Units of each side the first part keeps. */
  readonly source: number;
  readonly target: number;
}

const lengthOf = (w: Witness, units: readonly number[]): number => units.reduce((n, i) => n + (w.paragraphs[i]?.text.length ?? 0), 0);

/** The target cut (0..T) whose first part's share of the length is closest to `share`, preferring cuts that leave text on both sides. */
function bestTargetCut(t: Witness, target: readonly number[], share: number): number {
  const total = Math.max(1, lengthOf(t, target));
  let best = target.length > 1 ? 1 : 0;
  let bestGap = Infinity;
  let sum = 0;
  for (let k = 0; k <= target.length; k++) {
    if (k > 0) sum += t.paragraphs[target[k - 1] ?? -1]?.text.length ?? 0;
    // An empty half is the last resort: only when the translation has a single paragraph there.
    const lopsided = target.length > 1 && (k === 0 || k === target.length);
    const gap = Math.abs(sum / total - share) + (lopsided ? 1 : 0);
    if (gap < bestGap) {
      bestGap = gap;
      best = k;
    }
  }
  return best;
}

/** The cuts of a plain Split of grid row `row`, or null when the row has one paragraph on each side (nothing to split). */
export function plainSplitCuts(
  grid: WorkAlignment, row: number, original: Witness, translations: readonly Witness[], pairwise: ReadonlyMap<string, Alignment>, focusedWitnessId: string,
): PlainCut[] | null {
  const originalIds = grid.rows[row]?.cells[original.id] ?? [];
  const index = new Map(original.paragraphs.map((p, i) => [p.id, i]));
  const cuts: PlainCut[] = [];
  if (originalIds.length >= 2) {
    // The second original paragraph starts the second row.
    const boundary = index.get(originalIds[1] ?? '') ?? -1;
    for (const t of translations) {
      const a = pairwise.get(t.id);
      if (!a) continue;
      for (const r of pairwiseRowsOf(grid, row, original, t, a)) {
        const pr = a.rows[r];
        const s = pr ? pr.source.indexOf(boundary) : -1;
        if (!pr || s <= 0) continue; // This translation is already cut there (or the row does not span the boundary).
        const share = lengthOf(original, pr.source.slice(0, s)) / Math.max(1, lengthOf(original, pr.source));
        cuts.push({ witnessId: t.id, row: r, source: s, target: bestTargetCut(t, pr.target, share) });
      }
    }
    return cuts.length > 0 ? cuts : null;
  }
  const t = translations.find((w) => w.id === focusedWitnessId) ?? translations[0];
  const a = t ? pairwise.get(t.id) : undefined;
  if (!t || !a) return null;
  const r = pairwiseRowsOf(grid, row, original, t, a)[0];
  const pr = r === undefined ? undefined : a.rows[r];
  if (r === undefined || !pr || pr.target.length < 2) return null;
  return [{ witnessId: t.id, row: r, source: pr.source.length, target: 1 }];
}
