export { readXliff, XLIFF2_NS, XLIFF12_NS, OWN_NOTE_AUTHOR } from './read-xliff.ts';
export { inlineText, normaliseSpace } from './inline-text.ts';
export { requestedRevisionState, SEGMENT_STATES, type InterchangeFormat, type ReturnedFile, type ReturnedUnit, type SegmentState } from './returned-units.ts';
export { interchangeErrors, type InterchangeErrorCode } from './xliff-errors.ts';
