/**
 * Carries out one revision action (Save, Propose, Approve, Reject, Revert)
 * against storage and says what happened in terms the work view shows: a
 * notice with the revision as now stored (the session applies it), a
 * conflict with both texts, or a coded error.
 */
import type { PxError } from '../../core/result.ts';
import type { CurrentText, RevisionView, StoreResult, Workspace } from '../../storage/index.ts';
import type { RevisionActionDetail } from '../px-compare-events.ts';
import type { EditConflict } from '../px-edit-paragraph.ts';
import type { Draft } from './review-state.ts';

export type ActionOutcome =
  | { readonly kind: 'done'; readonly message: string; readonly closeEditor: boolean; readonly view: RevisionView }
  /** `mine` is the editor's text, kept as a draft marked as conflicting. */
  | { readonly kind: 'conflict'; readonly conflict: EditConflict; readonly theirsRevisionId: string; readonly mine: RevisionView }
  | { readonly kind: 'error'; readonly error: PxError };

const DONE: Record<RevisionActionDetail['action'], string> = {
  save: 'Saved as a draft, with your note (reopen the paragraph to go on)',
  propose: 'Proposed for review',
  approve: 'Approved: the text is now current',
  reject: 'Rejected',
  revert: 'Older text restored as a new proposal',
};

/**
 * `base` is the revision the editor started from, recorded when editing began;
 * `draft` the editor's own open draft of the paragraph, which a save or
 * proposal replaces (so one edit is one draft, not a trail of them).
 */
export async function performRevisionAction(
  ws: Workspace,
  workId: string,
  d: RevisionActionDetail,
  base: CurrentText | undefined,
  draft?: Draft,
): Promise<ActionOutcome> {
  const note = d.note.trim() === '' ? null : d.note.trim();
  let r: StoreResult<RevisionView>;
  switch (d.action) {
    case 'save':
    case 'propose': {
      const propose = d.action === 'propose';
      if (d.text === undefined && d.revisionId) {
        r = await ws.revisions.propose(d.revisionId, note);
        break;
      }
      const text = d.text ?? '';
      // A draft written on an older base (a conflict since resolved) is left as it is: the new text goes on the current one.
      if (draft && base && draft.baseRevisionId !== base.revisionId) draft = undefined;
      if (draft && propose && text === draft.text && (note === null || note === draft.note)) {
        r = await ws.revisions.propose(draft.revisionId, note ?? draft.note);
      } else if (draft) {
        r = await ws.revisions.reviseDraft(draft.revisionId, text, { note, propose });
      } else {
        if (!base) return { kind: 'error', error: missing(d.paragraphId) };
        r = await ws.revisions.saveRevision({ workId, paragraphId: d.paragraphId, baseRevisionId: base.revisionId, text, propose, note });
      }
      break;
    }
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
  if (r.ok) return { kind: 'done', message: DONE[d.action], closeEditor: d.action === 'save' || d.action === 'propose', view: r.value };
  const c = r.error.conflict;
  if (c) {
    return {
      kind: 'conflict', conflict: { theirs: c.theirs.text, theirsAuthor: c.theirs.author, yours: c.mine.text }, theirsRevisionId: c.theirs.revisionId,
      mine: { revision: c.mine, state: 'draft', events: [] },
    };
  }
  return { kind: 'error', error: r.error };
}

function missing(paragraphId: string): PxError {
  return { code: 'UI_REVISION_UNKNOWN', message: `The revision to act on for ${paragraphId} is not known to this view.`, hint: 'Reload the work and try again.' };
}
