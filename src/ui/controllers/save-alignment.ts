/**
 * Saves the pairwise alignments an edit touched, each with the edit added to
 * its history (who, when, what, which rows), so a confirmed row says who
 * confirmed it.
 */
import type { Alignment } from '../../core/alignment/types.ts';
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import type { PxError } from '../../core/result.ts';
import type { Workspace } from '../../storage/index.ts';
import type { AppliedEdit } from './alignment-edit-controller.ts';

export interface EditStamp {
  readonly id: () => string;
  readonly at: string;
  readonly author: string;
}

/** Returns the first error, after which nothing more is saved; `history` is updated for what was saved. */
export async function saveEditedAlignments(
  ws: Workspace,
  workId: string,
  applied: AppliedEdit,
  pairwise: ReadonlyMap<string, Alignment>,
  history: Map<string, readonly AlignmentEdit[]>,
  stamp: EditStamp,
): Promise<PxError | null> {
  for (const witnessId of applied.witnessIds) {
    const a = pairwise.get(witnessId);
    if (!a) continue;
    const edit: AlignmentEdit = { id: stamp.id(), at: stamp.at, author: stamp.author, action: applied.action, rows: [...(applied.rows.get(witnessId) ?? [])] };
    const edits = [...(history.get(witnessId) ?? []), edit];
    const saved = await ws.alignments.saveAlignment(workId, witnessId, a, edits);
    if (!saved.ok) return saved.error;
    history.set(witnessId, edits);
  }
  return null;
}
