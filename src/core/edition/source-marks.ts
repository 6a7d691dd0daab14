/** The brackets of a paragraph, read by the compare area's parseMarks (one reader for the whole app). */
export { parseMarks as sourceMarks, type Mark as SourceMark } from '../marks/parse-marks.ts';
