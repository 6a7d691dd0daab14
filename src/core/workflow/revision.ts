/**
 * The records of the revision workflow. Every record is immutable once
 * written and carries its workId, author and time, so works can be replicated
 * later by exchanging records: nothing is ever updated in place.
 */

/**
 * `draft` → `proposed` → `approved` | `rejected`. `withdrawn` ends a draft or
 * proposal its author gave up (also used when a draft is superseded by an
 * edited copy). `approved`, `rejected` and `withdrawn` are final.
 */
export type RevisionState = 'draft' | 'proposed' | 'approved' | 'rejected' | 'withdrawn';

export const FINAL_STATES: readonly RevisionState[] = ['approved', 'rejected', 'withdrawn'];

/**
 * How a revision came to be: `import` is revision zero (the imported text,
 * approved from the start); `edit` an editor's change; `revert` a new
 * revision carrying an older text; `conflict` a text saved against a stale
 * base, kept as a draft so no one's work is lost.
 */
export type RevisionOrigin = 'import' | 'edit' | 'revert' | 'conflict';

/** ISO 8601 UTC timestamp (`Date.prototype.toISOString`): sorts as text. */
export type Timestamp = string;

export interface Revision {
  /** Time-ordered ULID (`createIdFactory`). */
  readonly id: string;
  readonly workId: string;
  readonly witnessId: string;
  readonly paragraphId: string;
  /** The revision this text was edited from; null only for revision zero. */
  readonly baseRevisionId: string | null;
  readonly text: string;
  readonly author: string;
  readonly createdAt: Timestamp;
  readonly origin: RevisionOrigin;
  /** For `revert`: the revision whose text was restored. */
  readonly revertOf?: string;
  /** For `conflict`: the paragraph's current revision when this one was saved. */
  readonly conflictWith?: string;
  /** For a draft that replaced an earlier draft of the same edit. */
  readonly supersedes?: string;
  /** Why the editor made the change, as written when saving; a draft has no transition to carry it. */
  readonly note?: string;
}

/** One state change of one revision; a revision's state is the fold of these. */
export interface TransitionEvent {
  readonly id: string;
  readonly workId: string;
  readonly paragraphId: string;
  readonly revisionId: string;
  readonly from: RevisionState;
  readonly to: RevisionState;
  readonly author: string;
  readonly at: Timestamp;
  readonly note: string | null;
  /** An approval by the revision's own author: recorded, so a review statement can say no one else checked it. */
  readonly selfApproval?: true;
}

export interface RevisionComment {
  readonly id: string;
  readonly workId: string;
  readonly paragraphId: string;
  readonly revisionId: string;
  readonly author: string;
  readonly at: Timestamp;
  readonly text: string;
}
