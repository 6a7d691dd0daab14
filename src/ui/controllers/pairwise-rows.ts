/**
 * Alignment edits act on one translation's pairwise alignment with the
 * original; the grid shows N-way rows. This maps a grid row to the pairwise
 * rows it is made of, and says which grid rows are fully confirmed. Pure.
 */
import type { Alignment, WorkAlignment } from '../../core/alignment/types.ts';
import type { Witness } from '../../core/model/work.ts';

const indexOf = (w: Witness): Map<string, number> => new Map(w.paragraphs.map((p, i) => [p.id, i]));

/** Pairwise row indices (ascending) whose units fall in grid row `row`, for `translation`. */
export function pairwiseRowsOf(grid: WorkAlignment, row: number, original: Witness, translation: Witness, pairwise: Alignment): number[] {
  const cells = grid.rows[row]?.cells;
  if (!cells) return [];
  const src = indexOf(original);
  const tgt = indexOf(translation);
  const sources = new Set((cells[original.id] ?? []).map((id) => src.get(id)));
  const targets = new Set((cells[translation.id] ?? []).map((id) => tgt.get(id)));
  const out: number[] = [];
  pairwise.rows.forEach((r, i) => {
    if (r.source.some((s) => sources.has(s)) || r.target.some((t) => targets.has(t))) out.push(i);
  });
  return out;
}

/** Grid rows whose pairwise rows are all confirmed, for every translation. */
export function confirmedGridRows(grid: WorkAlignment, original: Witness, translations: readonly Witness[], pairwise: ReadonlyMap<string, Alignment>): boolean[] {
  const src = indexOf(original);
  const perTranslation = translations.map((t) => {
    const a = pairwise.get(t.id);
    const tgt = indexOf(t);
    // Unit index → whether its pairwise row is confirmed.
    const sourceOk = new Map<number, boolean>();
    const targetOk = new Map<number, boolean>();
    for (const r of a?.rows ?? []) {
      for (const s of r.source) sourceOk.set(s, r.status === 'confirmed');
      for (const x of r.target) targetOk.set(x, r.status === 'confirmed');
    }
    return { t, tgt, sourceOk, targetOk };
  });
  return grid.rows.map((row) =>
    perTranslation.every(({ t, tgt, sourceOk, targetOk }) => {
      const s = (row.cells[original.id] ?? []).map((id) => sourceOk.get(src.get(id) ?? -1) ?? false);
      const x = (row.cells[t.id] ?? []).map((id) => targetOk.get(tgt.get(id) ?? -1) ?? false);
      return s.length + x.length > 0 && [...s, ...x].every(Boolean);
    }),
  );
}
