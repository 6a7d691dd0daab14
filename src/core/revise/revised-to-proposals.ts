/**
 * A revised version of a translation (plain text, a Word file, a reviewer's
 * returned DOCX) → proposals on the current one. The revised paragraphs are
 * matched to the current paragraphs (same language, see matchParagraphs):
 * each changed one becomes a proposal with its word diff, unchanged ones
 * nothing, additions and removals are listed for the editor.
 */
import { wordDiff } from '../diff/word-diff.ts';
import type { Witness } from '../model/work.ts';
import { matchParagraphs } from './match-paragraphs.ts';
import type { Proposal, ProposalSet, Unmatched } from './proposal-set.ts';

/** A revised paragraph, with the comments a reviewer left on it (Word comments). */
export interface RevisedParagraph {
  readonly text: string;
  readonly notes?: readonly string[];
}

export function revisedToProposals(witness: Witness, revisedParagraphs: ReadonlyArray<string | RevisedParagraph>): ProposalSet {
  const revisedWith = revisedParagraphs.map((r) => (typeof r === 'string' ? { text: r } : r));
  const revised = revisedWith.map((r) => r.text);
  const current = witness.paragraphs;
  const proposals: Proposal[] = [];
  const unmatched: Unmatched[] = [];
  let unchanged = 0;
  let lastOld: string | null = null;
  for (const m of matchParagraphs(current.map((p) => p.text), revised, witness.lang)) {
    if (m.kind === 'same') {
      unchanged++;
      lastOld = current[m.old]?.id ?? lastOld;
    } else if (m.kind === 'changed') {
      const p = current[m.old];
      const after = revised[m.new] ?? '';
      if (!p) continue;
      lastOld = p.id;
      // Only whitespace moved: the paragraph is as it was.
      if (p.text.replace(/\s+/g, ' ').trim() === after.replace(/\s+/g, ' ').trim()) { unchanged++; continue; }
      proposals.push({ paragraphId: p.id, before: p.text, after, diff: wordDiff(p.text, after, witness.lang), requestedState: null, stateAsWritten: null, notes: revisedWith[m.new]?.notes ?? [] });
    } else if (m.kind === 'removed') {
      const p = current[m.old];
      if (!p) continue;
      unmatched.push({ kind: 'removed', paragraphId: p.id });
      lastOld = p.id;
    } else {
      unmatched.push({ kind: 'added', text: revised[m.new] ?? '', afterParagraphId: lastOld });
    }
  }
  return { witnessId: witness.id, proposals, unchanged, unmatched, stateChanges: [], notesWithoutProposal: [] };
}
