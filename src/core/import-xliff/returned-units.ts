/**
 * What comes back from a CAT tool or translation memory, whatever the file:
 * for each unit, the paragraph ids it answers for, the translator's target
 * and the state they gave it. XLIFF 2.0, XLIFF 1.2 and TMX readers all give
 * this shape; returnedToProposals turns it into proposed revisions.
 */

/** XLIFF 2.0's states; XLIFF 1.2 and TMX states are read into these. */
export type SegmentState = 'initial' | 'translated' | 'reviewed' | 'final';
export const SEGMENT_STATES: readonly SegmentState[] = ['initial', 'translated', 'reviewed', 'final'];

export type InterchangeFormat = 'xliff-2.0' | 'xliff-1.2' | 'tmx-1.4';

export interface ReturnedUnit {
  /** The unit's own id as the file has it (a row id `d1-r3` in Parallax's exports). */
  readonly unitId: string;
  /**
   * Every id the unit names, in order: paragraph ids (`en-p4`) and, for
   * sentence units, sentence ids (`en-p4-s2`). The caller keeps those of
   * the witness it imports into.
   */
  readonly ids: readonly string[];
  /** The target text with inline codes dropped and their text kept; null when the unit has no target. */
  readonly target: string | null;
  /** True when `xml:space="preserve"` applies: whitespace is then part of the text. */
  readonly preserveSpace: boolean;
  readonly state: SegmentState | null;
  /** The state exactly as the file writes it (`signed-off`, `needs-review-translation`, `approved`…). */
  readonly stateAsWritten: string | null;
  /** Notes and comments the unit carries (translator's queries, reviewer comments). */
  readonly notes: readonly string[];
}

export interface ReturnedFile {
  readonly format: InterchangeFormat;
  readonly sourceLang: string | null;
  readonly targetLang: string | null;
  /** The work the file was exported from, when it says (`<file original>`, TMX `x-work`). */
  readonly workId: string | null;
  readonly units: readonly ReturnedUnit[];
}

/** The Parallax state a segment state asks for; import never approves, so `final` is only ever requested. */
export function requestedRevisionState(state: SegmentState | null): 'draft' | 'proposed' | 'approved' | null {
  switch (state) {
    case 'final': return 'approved';
    case 'reviewed': return 'proposed';
    case 'translated': return 'draft';
    case 'initial': case null: return null;
  }
}
