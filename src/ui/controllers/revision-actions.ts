/**
 * Carries out one revision action (Save, Propose, Approve, Reject, Revert)
 * against storage and says what happened in terms the work view shows: a
 * notice, a conflict with both texts, or a coded error.
 */
import type { PxError } from '../../core/result.ts';
import type { CurrentText, RevisionView, StoreResult, Workspace } from '../../storage/index.ts';
import type { RevisionActionDetail } from '../px-compare-events.ts';
import type { EditConflict } from '../px-edit-paragraph.ts';

export type ActionOutcome =
  | { readonly kind: 'done'; readonly message: string; readonly closeEditor: boolean }
  | { readonly kind: 'conflict'; readonly conflict: EditConflict; readonly theirsRevisionId: string }
  | { readonly kind: 'error'; readonly error: PxError };

const DONE: Record<RevisionActionDetail['action'], string> = {
  save: 'Saved as a draft (see the paragraph’s history)',
  propose: 'Proposed for review',
  approve: 'Approved: the text is now current',
  reject: 'Rejected',
  revert: 'Older text restored as a new proposal',
};

/** `base` is the revision the editor started from, recorded when editing began. */
export async function performRevisionAction(
  ws: Workspace,
  workId: string,
  d: RevisionActionDetail,
  base: CurrentText | undefined,
): Promise<ActionOutcome> {
  const note = d.note.trim() === '' ? null : d.note.trim();
  let r: StoreResult<RevisionView>;
  switch (d.action) {
    case 'save':
    case 'propose':
      if (d.text === undefined && d.revisionId) {
        r = await ws.revisions.propose(d.revisionId, note);
        break;
      }
      if (!base) return { kind: 'error', error: missing(d.paragraphId) };
      r = await ws.revisions.saveRevision({ workId, paragraphId: d.paragraphId, baseRevisionId: base.revisionId, text: d.text ?? '', propose: d.action === 'propose', note });
      break;
    case 'approve':
    case 'reject':
      if (!d.revisionId) return { kind: 'error', error: missing(d.paragraphId) };
      r = d.action === 'approve' ? await ws.revisions.approve(d.revisionId, note) : await ws.revisions.reject(d.revisionId, note);
      break;
    case 'revert': {
      if (!d.revisionId) return { kind: 'error', error: missing(d.paragraphId) };
      // A revert is a change like any other: it goes to review rather than straight into the text.
      const reverted = await ws.revisions.revert({ workId, paragraphId: d.paragraphId, toRevisionId: d.revisionId, note });
      r = reverted.ok ? await ws.revisions.propose(reverted.value.revision.id, note) : reverted;
      break;
    }
  }
  if (r.ok) return { kind: 'done', message: DONE[d.action], closeEditor: d.action === 'save' || d.action === 'propose' };
  const c = r.error.conflict;
  if (c) {
    return { kind: 'conflict', conflict: { theirs: c.theirs.text, theirsAuthor: c.theirs.author, yours: c.mine.text }, theirsRevisionId: c.theirs.revisionId };
  }
  return { kind: 'error', error: r.error };
}

function missing(paragraphId: string): PxError {
  return { code: 'UI_REVISION_UNKNOWN', message: `The revision to act on for ${paragraphId} is not known to this view.`, hint: 'Reload the work and try again.' };
}
