export { parseMarks, type Mark, type MarkKind, type MarkSpan } from './parse-marks.ts';
export { MARK_EXPLANATIONS, explainMarkKind, describeMark } from './explain-mark.ts';
export { stripMarks, maskMarks } from './strip-marks.ts';
