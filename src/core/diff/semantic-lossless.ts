/**
 * diff-match-patch's diff_cleanupSemanticLossless, step for step: each single
 * edit between two equalities slides to the position that scores best as a
 * boundary (blank line 5, line break 4, sentence end 3, space 2, other
 * punctuation 1). The boundary score reads character codes where dmp runs
 * five regexes and allocates a match array per test, and the common suffix is
 * a scan where dmp binary-searches over substrings; the classes are the same
 * (`[^a-zA-Z0-9]`, `\s`, `[\r\n]`, `\n\r?\n$`, `^\r?\n\r?\n`), so the result is.
 */
import DiffMatchPatch from 'diff-match-patch';
import { isSpaceCode } from './word-units.ts';

const EQUAL = DiffMatchPatch.DIFF_EQUAL;

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLineBreak = (c: number): boolean => c === 0x0a || c === 0x0d;

/** `\n\r?\n$` */
function endsWithBlankLine(s: string): boolean {
  return s.endsWith('\n\n') || s.endsWith('\n\r\n');
}

/** `^\r?\n\r?\n` */
function startsWithBlankLine(s: string): boolean {
  return s.startsWith('\n\n') || s.startsWith('\n\r\n') || s.startsWith('\r\n\n') || s.startsWith('\r\n\r\n');
}

/** How good a boundary between `one` and `two` is, 6 (an edge) to 0 (inside a word). */
function boundaryScore(one: string, two: string): number {
  if (!one || !two) return 6;
  const c1 = one.charCodeAt(one.length - 1);
  const c2 = two.charCodeAt(0);
  const nonAlphaNumeric1 = !isAsciiAlnum(c1);
  const nonAlphaNumeric2 = !isAsciiAlnum(c2);
  const whitespace1 = nonAlphaNumeric1 && isSpaceCode(c1);
  const whitespace2 = nonAlphaNumeric2 && isSpaceCode(c2);
  const lineBreak1 = whitespace1 && isLineBreak(c1);
  const lineBreak2 = whitespace2 && isLineBreak(c2);
  const blankLine1 = lineBreak1 && endsWithBlankLine(one);
  const blankLine2 = lineBreak2 && startsWithBlankLine(two);
  if (blankLine1 || blankLine2) return 5;
  if (lineBreak1 || lineBreak2) return 4;
  if (nonAlphaNumeric1 && !whitespace1 && whitespace2) return 3;
  if (whitespace1 || whitespace2) return 2;
  if (nonAlphaNumeric1 || nonAlphaNumeric2) return 1;
  return 0;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export function cleanupSemanticLossless(diffs: DiffMatchPatch.Diff[]): void {
  let pointer = 1;
  while (pointer < diffs.length - 1) {
    const before = diffs[pointer - 1] as DiffMatchPatch.Diff;
    const after = diffs[pointer + 1] as DiffMatchPatch.Diff;
    if (before[0] === EQUAL && after[0] === EQUAL) {
      let equality1 = before[1];
      let edit = (diffs[pointer] as DiffMatchPatch.Diff)[1];
      let equality2 = after[1];
      // First, shift the edit as far left as possible.
      const common = commonSuffix(equality1, edit);
      if (common) {
        const commonString = edit.substring(edit.length - common);
        equality1 = equality1.substring(0, equality1.length - common);
        edit = commonString + edit.substring(0, edit.length - common);
        equality2 = commonString + equality2;
      }
      // Then step right one character at a time, keeping the best fit.
      let bestEquality1 = equality1;
      let bestEdit = edit;
      let bestEquality2 = equality2;
      let bestScore = boundaryScore(equality1, edit) + boundaryScore(edit, equality2);
      while (edit.charAt(0) === equality2.charAt(0)) {
        equality1 += edit.charAt(0);
        edit = edit.substring(1) + equality2.charAt(0);
        equality2 = equality2.substring(1);
        const score = boundaryScore(equality1, edit) + boundaryScore(edit, equality2);
        // >= favours trailing rather than leading whitespace on edits.
        if (score >= bestScore) {
          bestScore = score;
          bestEquality1 = equality1;
          bestEdit = edit;
          bestEquality2 = equality2;
        }
      }
      if (before[1] !== bestEquality1) {
        if (bestEquality1) before[1] = bestEquality1;
        else {
          diffs.splice(pointer - 1, 1);
          pointer--;
        }
        (diffs[pointer] as DiffMatchPatch.Diff)[1] = bestEdit;
        if (bestEquality2) (diffs[pointer + 1] as DiffMatchPatch.Diff)[1] = bestEquality2;
        else {
          diffs.splice(pointer + 1, 1);
          pointer--;
        }
      }
    }
    pointer++;
  }
}
