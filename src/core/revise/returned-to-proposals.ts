/**
 * Units returned from a CAT tool or memory → proposals on one translation.
 * Units find their paragraphs by the ids Parallax wrote into them (unit
 * name, segment id, TMX x-paragraphs; sentence ids `en-p4-s2` count for
 * their paragraph), so a translator's reordering or resegmenting cannot
 * send a target to the wrong place. A target differs when its text does;
 * outside `xml:space="preserve"` a reflow alone is no change.
 */
import { wordDiff } from '../diff/word-diff.ts';
import type { Witness } from '../model/work.ts';
import { normaliseSpace } from '../import-xliff/inline-text.ts';
import { requestedRevisionState, type ReturnedFile, type ReturnedUnit, type SegmentState } from '../import-xliff/returned-units.ts';
import { joinSentenceUnits } from './join-sentence-units.ts';
import type { Proposal, ProposalSet, StateChange, UnitNotes, Unmatched } from './proposal-set.ts';

export interface ReturnedOptions {
  /**
   * The segment state each paragraph was exported with, to tell a state the
   * translator moved from one they left. Default: `translated` for all.
   */
  readonly exportedState?: (paragraphId: string) => SegmentState;
}

const SENTENCE_ID = /^(.+)-s\d+$/;
/** Paragraphs of one unit's target are separated as Parallax writes them: a blank line. */
const PARAGRAPH_BREAK = /\n[ \t]*\n/;

function paragraphIdsOf(unit: ReturnedUnit, known: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const id of unit.ids) {
    const pid = known.has(id) ? id : SENTENCE_ID.exec(id)?.[1];
    if (pid !== undefined && known.has(pid) && !out.includes(pid)) out.push(pid);
  }
  return out;
}

export function returnedToProposals(witness: Witness, file: ReturnedFile, opts: ReturnedOptions = {}): ProposalSet {
  const byId = new Map(witness.paragraphs.map((p) => [p.id, p]));
  const known = new Set(byId.keys());
  const exportedState = opts.exportedState ?? (() => 'translated' as const);
  const proposals: Proposal[] = [];
  const stateChanges: StateChange[] = [];
  const unmatched: Unmatched[] = [];
  const notesWithoutProposal: UnitNotes[] = [];
  const seen = new Set<string>();
  let unchanged = 0;
  for (const unit of joinSentenceUnits(witness, file.units)) {
    if (unit.target === null) continue;
    const ids = paragraphIdsOf(unit, known).filter((id) => !seen.has(id));
    if (ids.length === 0) {
      if (unit.target.trim()) unmatched.push({ kind: 'unknown-unit', unitId: unit.unitId, text: unit.target });
      continue;
    }
    const pieces = ids.length === 1 ? [unit.target] : unit.target.split(PARAGRAPH_BREAK);
    if (pieces.length !== ids.length) {
      unmatched.push({ kind: 'split-mismatch', unitId: unit.unitId, paragraphIds: ids, text: unit.target });
      continue;
    }
    const requestedState = requestedRevisionState(unit.state);
    ids.forEach((id, i) => {
      seen.add(id);
      const before = byId.get(id)?.text ?? '';
      const piece = pieces[i] ?? '';
      const same = unit.preserveSpace ? piece === before : normaliseSpace(piece) === normaliseSpace(before);
      if (same) {
        unchanged++;
        if (unit.state !== null && unit.state !== exportedState(id)) stateChanges.push({ paragraphId: id, requestedState, stateAsWritten: unit.stateAsWritten });
        return;
      }
      const after = unit.preserveSpace ? piece : normaliseSpace(piece);
      proposals.push({ paragraphId: id, before, after, diff: wordDiff(before, after, witness.lang), requestedState, stateAsWritten: unit.stateAsWritten, notes: unit.notes });
    });
    const first = ids[0];
    if (unit.notes.length && first !== undefined && !proposals.some((p) => ids.includes(p.paragraphId))) notesWithoutProposal.push({ paragraphId: first, notes: unit.notes });
  }
  return { witnessId: witness.id, proposals, unchanged, unmatched, stateChanges, notesWithoutProposal };
}
