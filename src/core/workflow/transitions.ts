/**
 * Which state changes are legal. Decisions (documented for the UI):
 * - approving or rejecting a draft is refused (WORKFLOW_NOT_PROPOSED): a text
 *   is proposed first, so every approval had a moment where others could see it;
 * - a proposal may be sent back to draft for more editing, or withdrawn;
 * - approved, rejected and withdrawn are final (WORKFLOW_FINAL): to undo an
 *   approval, revert, which makes a new revision with the old text;
 * - only drafts can be edited (WORKFLOW_NOT_EDITABLE); comments are open on
 *   drafts and proposals (WORKFLOW_COMMENT_CLOSED otherwise).
 */
import { err, ok, type Result } from '../result.ts';
import { FINAL_STATES, type RevisionState } from './revision.ts';
import { commentClosed, emptyComment, finalState, illegalTransition, noAuthor, notEditable, notProposed } from './workflow-errors.ts';

const LEGAL: Readonly<Record<RevisionState, readonly RevisionState[]>> = {
  draft: ['proposed', 'withdrawn'],
  proposed: ['approved', 'rejected', 'draft', 'withdrawn'],
  approved: [],
  rejected: [],
  withdrawn: [],
};

export function isFinal(state: RevisionState): boolean {
  return FINAL_STATES.includes(state);
}

export function checkTransition(from: RevisionState, to: RevisionState): Result<void> {
  if (LEGAL[from].includes(to)) return ok(undefined);
  if (isFinal(from)) return err(finalState(from, to));
  if (from === 'draft' && (to === 'approved' || to === 'rejected')) return err(notProposed(to));
  return err(illegalTransition(from, to));
}

export function checkEditable(state: RevisionState): Result<void> {
  return state === 'draft' ? ok(undefined) : err(notEditable(state));
}

export function checkCommentable(state: RevisionState, text: string): Result<void> {
  if (state !== 'draft' && state !== 'proposed') return err(commentClosed(state));
  if (text.trim() === '') return err(emptyComment());
  return ok(undefined);
}

/** The editor name every record carries; blank names are refused. */
export function checkAuthor(author: string | null | undefined): Result<string> {
  const name = (author ?? '').trim();
  return name === '' ? err(noAuthor()) : ok(name);
}
