/**
 * What the review queue and the grid's row badges show of the proposals:
 * derived from the proposals, the work and the grid. Pure.
 */
import type { WorkAlignment } from '../core/alignment/types.ts';
import type { Paragraph, Work } from '../core/model/work.ts';
import type { Proposal } from './controllers/review-state.ts';
import type { ReviewItem } from './px-review-queue.ts';

export function reviewItemsOf(
  proposals: readonly Proposal[],
  work: Work,
  grid: WorkAlignment,
  current: ReadonlyMap<string, string>,
  paragraphs: ReadonlyMap<string, Paragraph>,
): ReviewItem[] {
  const rowOf = new Map<string, number>();
  grid.rows.forEach((r, i) => Object.values(r.cells).forEach((ids) => ids.forEach((id) => rowOf.set(id, i))));
  return proposals.map((p) => {
    const w = work.witnesses.find((x) => x.id === p.witnessId);
    return {
      proposal: p,
      currentText: current.get(p.paragraphId) ?? paragraphs.get(p.paragraphId)?.text ?? '',
      lang: w?.lang ?? 'en',
      witnessLabel: w?.label ?? p.witnessId,
      row: rowOf.get(p.paragraphId) ?? -1,
    };
  });
}
