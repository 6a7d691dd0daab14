/**
 * What importing a revised version would do, before anything is written:
 * each changed paragraph as a proposal with its word diff, the paragraphs
 * left as they were, and what could not be matched, for the editor to see.
 * Nothing here is approved: a proposal waits for review like any other.
 */
import type { DiffOp } from '../diff/word-diff.ts';

export interface Proposal {
  readonly paragraphId: string;
  /** The paragraph's current text. */
  readonly before: string;
  /** The revised text. */
  readonly after: string;
  readonly diff: readonly DiffOp[];
  /**
   * The state the file asked for (XLIFF `final` → approved, `reviewed` →
   * proposed…); recorded with the proposal, never applied.
   */
  readonly requestedState: 'draft' | 'proposed' | 'approved' | null;
  /** The state as the file wrote it, for the note on the proposal. */
  readonly stateAsWritten: string | null;
  /** The translator's notes and comments on the unit. */
  readonly notes: readonly string[];
}

/** A unit whose text is unchanged but whose state the translator moved. */
export interface StateChange {
  readonly paragraphId: string;
  readonly requestedState: 'draft' | 'proposed' | 'approved' | null;
  readonly stateAsWritten: string | null;
}

export type Unmatched =
  /** A paragraph of the revised text with no counterpart in the current one. */
  | { readonly kind: 'added'; readonly text: string; readonly afterParagraphId: string | null }
  /** A current paragraph the revised text no longer has. */
  | { readonly kind: 'removed'; readonly paragraphId: string }
  /** A unit whose ids name no paragraph of this translation. */
  | { readonly kind: 'unknown-unit'; readonly unitId: string; readonly text: string }
  /** A unit over several paragraphs whose target no longer splits into as many. */
  | { readonly kind: 'split-mismatch'; readonly unitId: string; readonly paragraphIds: readonly string[]; readonly text: string };

/** Notes on a paragraph whose text came back unchanged: shown to the editor, since no proposal carries them. */
export interface UnitNotes {
  readonly paragraphId: string;
  readonly notes: readonly string[];
}

export interface ProposalSet {
  readonly witnessId: string;
  readonly proposals: readonly Proposal[];
  readonly unchanged: number;
  readonly unmatched: readonly Unmatched[];
  readonly stateChanges: readonly StateChange[];
  readonly notesWithoutProposal: readonly UnitNotes[];
}

/** `3 proposals, 118 unchanged, 1 unmatched` — the line the CLI and the dialog show. */
export function proposalSummary(set: ProposalSet): string {
  const n = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
  const parts = [n(set.proposals.length, 'proposal'), `${set.unchanged.toLocaleString('en')} unchanged`, `${set.unmatched.length.toLocaleString('en')} unmatched`];
  if (set.stateChanges.length) parts.push(n(set.stateChanges.length, 'state change'));
  return parts.join(', ');
}
