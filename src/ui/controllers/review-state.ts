/**
 * The open revisions of a work as the work view shows them: proposals
 * waiting for review (the queue, the grid's Approve / Reject) and drafts
 * (marked in the grid; the editor resumes its author's own). Built once
 * from the work's open revisions, then updated one revision at a time as
 * records arrive, from this tab or elsewhere. Pure: every update returns a
 * new state and leaves the old one as it was.
 */
import type { RevisionComment } from '../../core/workflow/revision.ts';
import type { RevisionView } from '../../storage/index.ts';

export interface Proposal {
  readonly revisionId: string;
  readonly paragraphId: string;
  readonly witnessId: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  /** The proposer's note. */
  readonly note: string | null;
  /** The revision it was written on: the text it changes. */
  readonly baseRevisionId: string | null;
  /** The discussion of the proposal, oldest first. */
  readonly comments?: readonly RevisionComment[];
}

/** A saved draft: not yet proposed, kept with the note its author gave. */
export interface Draft {
  readonly revisionId: string;
  readonly paragraphId: string;
  readonly witnessId: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  readonly note: string | null;
  readonly baseRevisionId: string | null;
}

export interface ReviewState {
  /** Oldest proposal first. */
  readonly proposals: readonly Proposal[];
  /** Paragraph id → its open drafts, oldest first. */
  readonly drafts: ReadonlyMap<string, readonly Draft[]>;
  /** Revision id → how many transitions this state has seen: an older read of a revision never undoes a newer one. */
  readonly seen: ReadonlyMap<string, number>;
}

export const EMPTY_REVIEW: ReviewState = { proposals: [], drafts: new Map(), seen: new Map() };

/** The note a proposal was made with: the latest transition to `proposed`, else the revision's own. */
function proposalNote(v: RevisionView): string | null {
  for (let i = v.events.length - 1; i >= 0; i--) {
    const e = v.events[i];
    if (e?.to === 'proposed') return e.note ?? v.revision.note ?? null;
  }
  return v.revision.note ?? null;
}

function draftOf(v: RevisionView): Draft {
  const r = v.revision;
  return { revisionId: r.id, paragraphId: r.paragraphId, witnessId: r.witnessId, author: r.author, at: r.createdAt, text: r.text, note: r.note ?? null, baseRevisionId: r.baseRevisionId };
}

function proposalOf(v: RevisionView, comments: readonly RevisionComment[]): Proposal {
  const r = v.revision;
  return { revisionId: r.id, paragraphId: r.paragraphId, witnessId: r.witnessId, author: r.author, at: r.createdAt, text: r.text, note: proposalNote(v), baseRevisionId: r.baseRevisionId, comments };
}

/** The state of a work's open revisions (`RevisionsRepository.openRevisions`), with each proposal's comments. */
export function reviewStateOf(open: readonly RevisionView[], commentsOf: (revisionId: string) => readonly RevisionComment[] = () => []): ReviewState {
  // Built in one pass (not by `withRevision` per record): a work may open with thousands of drafts.
  const proposals: Proposal[] = [];
  const drafts = new Map<string, Draft[]>();
  const seen = new Map<string, number>();
  for (const v of [...open].sort((a, b) => (a.revision.id < b.revision.id ? -1 : 1))) {
    seen.set(v.revision.id, v.events.length);
    if (v.state === 'proposed') proposals.push(proposalOf(v, commentsOf(v.revision.id)));
    else if (v.state === 'draft') {
      const list = drafts.get(v.revision.paragraphId);
      if (list) list.push(draftOf(v));
      else drafts.set(v.revision.paragraphId, [draftOf(v)]);
    }
  }
  return { proposals, drafts, seen };
}

/** The state after `view` (a revision as now stored: saved, proposed, approved, rejected or withdrawn). */
export function withRevision(state: ReviewState, view: RevisionView, comments?: readonly RevisionComment[]): ReviewState {
  const id = view.revision.id;
  const known = state.seen.get(id);
  if (known !== undefined && known > view.events.length) return state;
  const pid = view.revision.paragraphId;
  const previous = state.proposals.find((p) => p.revisionId === id);
  let proposals = previous ? state.proposals.filter((p) => p.revisionId !== id) : state.proposals;
  const others = (state.drafts.get(pid) ?? []).filter((d) => d.revisionId !== id && d.revisionId !== view.revision.supersedes);
  let own: readonly Draft[] = others;
  if (view.state === 'proposed') proposals = [...proposals, proposalOf(view, comments ?? previous?.comments ?? [])].sort((a, b) => (a.revisionId < b.revisionId ? -1 : 1));
  if (view.state === 'draft') own = [...others, draftOf(view)];
  const drafts = new Map(state.drafts);
  if (own.length > 0) drafts.set(pid, own);
  else drafts.delete(pid);
  return { proposals, drafts, seen: new Map(state.seen).set(id, view.events.length) };
}

/** The state with a proposal's discussion replaced by `comments` (oldest first). */
export function withComments(state: ReviewState, revisionId: string, comments: readonly RevisionComment[]): ReviewState {
  if (!state.proposals.some((p) => p.revisionId === revisionId)) return state;
  return { ...state, proposals: state.proposals.map((p) => (p.revisionId === revisionId ? { ...p, comments } : p)) };
}

/** The latest open draft of `paragraphId` written by `author`, which the editor resumes. */
export function ownDraft(state: ReviewState, paragraphId: string, author: string | null | undefined): Draft | undefined {
  if (!author) return undefined;
  const list = state.drafts.get(paragraphId) ?? [];
  for (let i = list.length - 1; i >= 0; i--) if (list[i]?.author === author) return list[i];
  return undefined;
}
