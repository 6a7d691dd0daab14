/** Alignment: the public surface. */
export type { Alignment, AlignmentRow, AlignUnitsOptions, WorkAlignment } from './types.ts';
export { FLAG_THRESHOLD } from './types.ts';
export { alignUnits, type AlignUnitsFullOptions } from './align-units.ts';
export { alignWitnesses, isOmissionParagraph } from './align-witnesses.ts';
export { alignWork, mergeAlignments } from './align-work.ts';
export { realign } from './realign.ts';
export {
  applySplice, confirmRow, confirmThrough, insertEmptyCounterpart, mergeWithNext, moveFirstUp, moveLastDown, splitRow,
  type EditResult, type RowSplice, type Side,
} from './edit-alignment.ts';
export { strictScores, mergeWithinVerses, parseGoldBeads, type StrictScores } from './evaluate-alignment.ts';
export { alignSentencesWithin, type SentenceAlignment } from './align-sentences.ts';
export { alignSizeProblem, diagnoseAlignInput, MAX_ALIGN_UNITS, type InputDiagnosis } from './diagnose-input.ts';
