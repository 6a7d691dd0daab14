/**
 * diff-match-patch's `diff_main(a, b, false)` with `Diff_Timeout = 0`,
 * restated so the same diff costs less: the same steps in the same order
 * (common prefix and suffix, containment, Myers' middle snake, split and
 * recurse, diff_cleanupMerge at every level), so the output is the same diff
 * for the same input. What changes is only how: prefixes and suffixes are
 * measured by one scan instead of a binary search over substrings, the
 * snake's V arrays are one reused Int32Array instead of two new arrays per
 * call, characters are compared by code, and no clock is read (without a
 * timeout the deadline never falls).
 *
 * Used by word-diff on token-coded strings, where it runs thousands of times
 * per document on short inputs, and allocation dominates. diff_cleanupMerge
 * is restated too (below), step for step, for the same reason.
 */
import DiffMatchPatch from 'diff-match-patch';

type Diff = DiffMatchPatch.Diff;
const DELETE = DiffMatchPatch.DIFF_DELETE;
const INSERT = DiffMatchPatch.DIFF_INSERT;
const EQUAL = DiffMatchPatch.DIFF_EQUAL;

/**
 * The work budget, in snake steps: dmp's Diff_Timeout made deterministic. A
 * budget spent mid-diff makes each remaining sub-problem one deletion and
 * one insertion (dmp does the same when its deadline falls): still a correct
 * diff (both texts rebuild), only coarser. Unbounded unless a caller sets one.
 */
let stepsLeft = Infinity;
let budgetSpent = false;

/** Runs `fn` with at most `steps` snake steps for every myersDiff inside it; says whether the budget ran out. */
export function withStepBudget<T>(steps: number, fn: () => T): { readonly value: T; readonly coarse: boolean } {
  const saved = { stepsLeft, budgetSpent };
  stepsLeft = steps;
  budgetSpent = false;
  try {
    const value = fn();
    return { value, coarse: budgetSpent };
  } finally {
    stepsLeft = saved.stepsLeft;
    budgetSpent = saved.budgetSpent || budgetSpent;
  }
}

/** For other bounded steps (a fallback refused for size) to report the result as coarse. */
export function markCoarse(): void {
  budgetSpent = true;
}

/** Scratch for the two V arrays of the middle-snake search, grown as needed. */
let scratch = new Int32Array(1024);

const diff = (op: number, text: string): Diff => [op, text] as Diff;

export function myersDiff(text1: string, text2: string): Diff[] {
  if (text1 === text2) return text1 ? [diff(EQUAL, text1)] : [];
  const prefix = commonPrefix(text1, text2);
  const commonprefix = text1.substring(0, prefix);
  text1 = text1.substring(prefix);
  text2 = text2.substring(prefix);
  const suffix = commonSuffix(text1, text2);
  const commonsuffix = text1.substring(text1.length - suffix);
  text1 = text1.substring(0, text1.length - suffix);
  text2 = text2.substring(0, text2.length - suffix);
  const diffs = compute(text1, text2);
  if (commonprefix) diffs.unshift(diff(EQUAL, commonprefix));
  if (commonsuffix) diffs.push(diff(EQUAL, commonsuffix));
  cleanupMerge(diffs);
  return diffs;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

function compute(text1: string, text2: string): Diff[] {
  if (!text1) return [diff(INSERT, text2)];
  if (!text2) return [diff(DELETE, text1)];
  const longtext = text1.length > text2.length ? text1 : text2;
  const shorttext = text1.length > text2.length ? text2 : text1;
  const i = longtext.indexOf(shorttext);
  if (i !== -1) {
    const op = text1.length > text2.length ? DELETE : INSERT;
    return [diff(op, longtext.substring(0, i)), diff(EQUAL, shorttext), diff(op, longtext.substring(i + shorttext.length))];
  }
  if (shorttext.length === 1) return [diff(DELETE, text1), diff(INSERT, text2)];
  // diff_halfMatch_ answers null without a timeout, and line mode is off: straight to the bisection.
  return bisect(text1, text2);
}

function bisect(text1: string, text2: string): Diff[] {
  const n1 = text1.length;
  const n2 = text2.length;
  const maxD = Math.ceil((n1 + n2) / 2);
  const vOffset = maxD;
  const vLength = 2 * maxD;
  if (scratch.length < 2 * vLength) scratch = new Int32Array(Math.max(2 * vLength, 2 * scratch.length));
  // v1 is scratch[0, vLength), v2 is scratch[vLength, 2·vLength).
  const v = scratch;
  v.fill(-1, 0, 2 * vLength);
  v[vOffset + 1] = 0;
  v[vLength + vOffset + 1] = 0;
  const delta = n1 - n2;
  const front = delta % 2 !== 0;
  let k1start = 0;
  let k1end = 0;
  let k2start = 0;
  let k2end = 0;
  for (let d = 0; d < maxD; d++) {
    // Each d costs about 2d+1 diagonals on each side.
    stepsLeft -= 4 * d + 2;
    if (stepsLeft < 0) {
      budgetSpent = true;
      break;
    }
    for (let k1 = -d + k1start; k1 <= d - k1end; k1 += 2) {
      const k1Offset = vOffset + k1;
      let x1: number;
      if (k1 === -d || (k1 !== d && (v[k1Offset - 1] as number) < (v[k1Offset + 1] as number))) x1 = v[k1Offset + 1] as number;
      else x1 = (v[k1Offset - 1] as number) + 1;
      let y1 = x1 - k1;
      while (x1 < n1 && y1 < n2 && text1.charCodeAt(x1) === text2.charCodeAt(y1)) {
        x1++;
        y1++;
      }
      v[k1Offset] = x1;
      if (x1 > n1) k1end += 2;
      else if (y1 > n2) k1start += 2;
      else if (front) {
        const k2Offset = vOffset + delta - k1;
        if (k2Offset >= 0 && k2Offset < vLength && v[vLength + k2Offset] !== -1) {
          const x2 = n1 - (v[vLength + k2Offset] as number);
          if (x1 >= x2) return bisectSplit(text1, text2, x1, y1);
        }
      }
    }
    for (let k2 = -d + k2start; k2 <= d - k2end; k2 += 2) {
      const k2Offset = vOffset + k2;
      let x2: number;
      if (k2 === -d || (k2 !== d && (v[vLength + k2Offset - 1] as number) < (v[vLength + k2Offset + 1] as number))) x2 = v[vLength + k2Offset + 1] as number;
      else x2 = (v[vLength + k2Offset - 1] as number) + 1;
      let y2 = x2 - k2;
      while (x2 < n1 && y2 < n2 && text1.charCodeAt(n1 - x2 - 1) === text2.charCodeAt(n2 - y2 - 1)) {
        x2++;
        y2++;
      }
      v[vLength + k2Offset] = x2;
      if (x2 > n1) k2end += 2;
      else if (y2 > n2) k2start += 2;
      else if (!front) {
        const k1Offset = vOffset + delta - k2;
        if (k1Offset >= 0 && k1Offset < vLength && v[k1Offset] !== -1) {
          const x1 = v[k1Offset] as number;
          const y1 = vOffset + x1 - k1Offset;
          if (x1 >= n1 - x2) return bisectSplit(text1, text2, x1, y1);
        }
      }
    }
  }
  return [diff(DELETE, text1), diff(INSERT, text2)];
}

function bisectSplit(text1: string, text2: string, x: number, y: number): Diff[] {
  const a = myersDiff(text1.substring(0, x), text2.substring(0, y));
  const b = myersDiff(text1.substring(x), text2.substring(y));
  return a.concat(b);
}

/**
 * diff-match-patch's diff_cleanupMerge, step for step (including its quirks:
 * a factored-out prefix with no equality before it goes to the very front;
 * the dummy equality at the end is dropped only while still empty). Common
 * prefixes and suffixes are measured by a scan, and the shift tests use
 * startsWith/endsWith where dmp compares substrings; the answers are the same.
 */
export function cleanupMerge(diffs: Diff[]): void {
  diffs.push(diff(EQUAL, ''));
  let pointer = 0;
  let countDelete = 0;
  let countInsert = 0;
  let textDelete = '';
  let textInsert = '';
  while (pointer < diffs.length) {
    const d = diffs[pointer] as Diff;
    if (d[0] === INSERT) {
      countInsert++;
      textInsert += d[1];
      pointer++;
    } else if (d[0] === DELETE) {
      countDelete++;
      textDelete += d[1];
      pointer++;
    } else {
      if (countDelete + countInsert > 1) {
        if (countDelete !== 0 && countInsert !== 0) {
          let common = commonPrefix(textInsert, textDelete);
          if (common !== 0) {
            const before = pointer - countDelete - countInsert - 1;
            if (before >= 0 && (diffs[before] as Diff)[0] === EQUAL) (diffs[before] as Diff)[1] += textInsert.substring(0, common);
            else {
              diffs.splice(0, 0, diff(EQUAL, textInsert.substring(0, common)));
              pointer++;
            }
            textInsert = textInsert.substring(common);
            textDelete = textDelete.substring(common);
          }
          common = commonSuffix(textInsert, textDelete);
          if (common !== 0) {
            const at = diffs[pointer] as Diff;
            at[1] = textInsert.substring(textInsert.length - common) + at[1];
            textInsert = textInsert.substring(0, textInsert.length - common);
            textDelete = textDelete.substring(0, textDelete.length - common);
          }
        }
        pointer -= countDelete + countInsert;
        diffs.splice(pointer, countDelete + countInsert);
        if (textDelete.length) {
          diffs.splice(pointer, 0, diff(DELETE, textDelete));
          pointer++;
        }
        if (textInsert.length) {
          diffs.splice(pointer, 0, diff(INSERT, textInsert));
          pointer++;
        }
        pointer++;
      } else if (pointer !== 0 && (diffs[pointer - 1] as Diff)[0] === EQUAL) {
        (diffs[pointer - 1] as Diff)[1] += d[1];
        diffs.splice(pointer, 1);
      } else {
        pointer++;
      }
      countInsert = 0;
      countDelete = 0;
      textDelete = '';
      textInsert = '';
    }
  }
  if ((diffs[diffs.length - 1] as Diff)[1] === '') diffs.pop();

  // Single edits between equalities that can slide over one of them: A<ins>BA</ins>C → <ins>AB</ins>AC.
  let changes = false;
  pointer = 1;
  while (pointer < diffs.length - 1) {
    const prev = diffs[pointer - 1] as Diff;
    const cur = diffs[pointer] as Diff;
    const next = diffs[pointer + 1] as Diff;
    if (prev[0] === EQUAL && next[0] === EQUAL) {
      if (cur[1].endsWith(prev[1])) {
        cur[1] = prev[1] + cur[1].substring(0, cur[1].length - prev[1].length);
        next[1] = prev[1] + next[1];
        diffs.splice(pointer - 1, 1);
        changes = true;
      } else if (cur[1].startsWith(next[1])) {
        prev[1] += next[1];
        cur[1] = cur[1].substring(next[1].length) + next[1];
        diffs.splice(pointer + 1, 1);
        changes = true;
      }
    }
    pointer++;
  }
  if (changes) cleanupMerge(diffs);
}
