/** The coded errors of the revision workflow, one constructor per code. */
import { pxError, type PxError } from '../result.ts';
import type { RevisionState } from './revision.ts';

export type WorkflowErrorCode =
  | 'WORKFLOW_NOT_PROPOSED'
  | 'WORKFLOW_FINAL'
  | 'WORKFLOW_ILLEGAL_TRANSITION'
  | 'WORKFLOW_NOT_EDITABLE'
  | 'WORKFLOW_COMMENT_CLOSED'
  | 'WORKFLOW_EMPTY_COMMENT'
  | 'WORKFLOW_NO_AUTHOR'
  | 'WORKFLOW_UNCHANGED';

export function notProposed(to: RevisionState): PxError {
  return pxError('WORKFLOW_NOT_PROPOSED', `A draft cannot be ${to} directly.`, 'Propose the revision first, then approve or reject it.');
}

export function finalState(from: RevisionState, to: RevisionState): PxError {
  return pxError('WORKFLOW_FINAL', `This revision is ${from}; it cannot become ${to}.`,
    'History is never rewritten: edit the paragraph again, or revert to this text, to make a new revision.');
}

export function illegalTransition(from: RevisionState, to: RevisionState): PxError {
  return pxError('WORKFLOW_ILLEGAL_TRANSITION', `A revision cannot go from ${from} to ${to}.`, 'Reload the paragraph: its state may have changed in another window.');
}

export function notEditable(state: RevisionState): PxError {
  return pxError('WORKFLOW_NOT_EDITABLE', `This revision is ${state}; only drafts can be edited.`,
    'Start a new revision from the paragraph’s current text instead.');
}

export function commentClosed(state: RevisionState): PxError {
  return pxError('WORKFLOW_COMMENT_CLOSED', `This revision is ${state}; comments are closed.`, 'Comment on a draft or proposed revision.');
}

export function emptyComment(): PxError {
  return pxError('WORKFLOW_EMPTY_COMMENT', 'The comment is empty.', 'Write something before posting.');
}

export function noAuthor(): PxError {
  return pxError('WORKFLOW_NO_AUTHOR', 'No editor name is set, so this change cannot say who made it.', 'Set your editor name in the settings first.');
}

export function unchanged(): PxError {
  return pxError('WORKFLOW_UNCHANGED', 'The text is the same as the revision it was edited from.', 'Change the text, or discard the edit.');
}
