/**
 * Texts without their [sic] and gloss marks, so that comparison and checks see
 * `Ba-ke-tu` where the archive wrote `Ba-ke-tu [sic]`.
 */
import { parseMarks, type Mark } from './parse-marks.ts';

/** Marks that annotate a word rather than stand for missing text. */
const ANNOTATIONS: ReadonlySet<Mark['kind']> = new Set(['sic', 'gloss']);

/** Removes [sic] and glosses with the space before them; other marks stay. */
export function stripMarks(text: string, marks: readonly Mark[] = parseMarks(text)): string {
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (!ANNOTATIONS.has(m.kind)) continue;
    let start = m.start;
    while (start > at && /[ \t]/.test(text.charAt(start - 1))) start--;
    out += text.slice(at, start);
    at = m.end;
  }
  return out + text.slice(at);
}

/**
 * Replaces every mark with spaces of the same length, so offsets found in the
 * result are offsets in the text (numbers and names inside `[Here follow 3
 * pages]` or a gloss are the editor's, not the translation's).
 */
export function maskMarks(text: string, marks: readonly Mark[] = parseMarks(text)): string {
  if (marks.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of marks) {
    out += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  return out + text.slice(at);
}
