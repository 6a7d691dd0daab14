export type { Revision, RevisionComment, RevisionOrigin, RevisionState, Timestamp, TransitionEvent } from './revision.ts';
export { FINAL_STATES } from './revision.ts';
export { checkAuthor, checkCommentable, checkEditable, checkTransition, isFinal } from './transitions.ts';
export { approvedRevisionAt, initialState, revisionState, sortById } from './revision-state.ts';
export type { WorkflowErrorCode } from './workflow-errors.ts';
export { unchanged } from './workflow-errors.ts';
