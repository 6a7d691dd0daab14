/**
 * Divergence of two translations row by row over a work's alignment, for the
 * heat-map: 0 = the same words … 1 = nothing in common; null where neither
 * translation has text in the row.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import type { Work } from '../model/work.ts';
import { divergence } from './divergence.ts';

export function divergenceByRow(work: Work, alignment: WorkAlignment, witnessA: string, witnessB: string): Array<number | null> {
  const a = work.witnesses.find((w) => w.id === witnessA);
  const b = work.witnesses.find((w) => w.id === witnessB);
  if (!a || !b) return alignment.rows.map(() => null);
  const text = new Map([...a.paragraphs, ...b.paragraphs].map((p) => [p.id, p.text]));
  const join = (ids: readonly string[] | undefined): string => (ids ?? []).map((id) => text.get(id) ?? '').join('\n\n');
  return alignment.rows.map((row) => {
    const ta = join(row.cells[witnessA]);
    const tb = join(row.cells[witnessB]);
    if (!ta.trim() && !tb.trim()) return null;
    return divergence(ta, tb, a.lang);
  });
}
