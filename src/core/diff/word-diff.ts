/**
 * Word-level diff between two texts in one language (translation against
 * translation in an aligned row, revision against revision).
 *
 * diff-match-patch in "word mode": every distinct token is mapped to one
 * character, the character strings are diffed, then mapped back, so changes
 * are whole words and phrases, never letters. Long multi-line texts are diffed
 * line by line first and word by word only inside changed lines: this keeps a
 * whole document under the 65,536-token alphabet and is much faster.
 *
 * The hot path is restated for speed with identical results: myers-diff.ts is
 * dmp's diff_main and diff_cleanupMerge step for step, token-alphabet.ts codes
 * ASCII text in one scan, semantic-lossless.ts is dmp's boundary sliding.
 */
import DiffMatchPatch from 'diff-match-patch';
import { isUnspacedLanguage, tokenizeWords, type ChineseTokens } from './tokenize-words.ts';
import { stripMarks } from '../marks/strip-marks.ts';
import { chunkedDiff } from './chunked-diff.ts';
import { markCoarse, myersDiff, withStepBudget } from './myers-diff.ts';
import { TokenAlphabet } from './token-alphabet.ts';
import { spacedUnits, unitsOf, type Units } from './word-units.ts';
import { eliminateShortEqualities, readableCleanup, hidePunctuationChanges } from './readable-cleanup.ts';

export interface DiffOp {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

export interface WordDiffOptions {
  /**
   * Treat changes that only touch whitespace or punctuation as equal. The
   * equal op then carries b's text, so b is still the join of equal + insert
   * ops (a no longer is).
   */
  readonly ignorePunctuation?: boolean;
  /** Chinese and other unspaced scripts: dictionary words (default) or single characters. */
  readonly chinese?: ChineseTokens;
  /**
   * Compare the texts without their [sic] marks and bracketed glosses, so
   * `Ba-ke-tu [sic]` against `Ba-ke-tu` is no difference. The ops then rebuild
   * the stripped texts.
   */
  readonly stripMarks?: boolean;
}

/** Above this many characters a multi-line text is diffed by lines first. */
const LINE_PASS_MIN_CHARS = 20_000;

let engine: DiffMatchPatch | undefined;
// Assigned on first use.
let alphabet: TokenAlphabet | undefined;
function dmp(): DiffMatchPatch {
  if (!engine) {
    engine = new DiffMatchPatch();
    // No time limit: the result must not depend on how busy the machine is.
    // Inputs are rows or lines, so the O(ND) worst case stays small.
    engine.Diff_Timeout = 0;
  }
  return engine;
}

/**
 * Above this many characters (both texts), the diff is computed chunk by
 * chunk (chunked-diff.ts): linear in the text, where the word diff's O(N·D)
 * and its cleanups would run for minutes on two 5 MB paragraphs.
 */
const CHUNKED_MIN_CHARS = 200_000;

/**
 * Snake steps one diff may take: about a second of work. Ordinary rows never
 * come near it; two long, wholly different texts would otherwise take minutes.
 */
const DIFF_STEP_BUDGET = 200_000_000;

export interface BoundedDiff {
  readonly ops: DiffOp[];
  /** True when a bound was reached and part of the result is a whole replacement rather than word changes. */
  readonly coarse: boolean;
}

export function wordDiff(a: string, b: string, lang: string, opts: WordDiffOptions = {}): DiffOp[] {
  return boundedWordDiff(a, b, lang, opts).ops;
}

/** The word diff within a time bound, saying whether the bound made it coarse (as dmp's Diff_Timeout, but deterministic). */
export function boundedWordDiff(a: string, b: string, lang: string, opts: WordDiffOptions = {}): BoundedDiff {
  const { value, coarse } = withStepBudget(DIFF_STEP_BUDGET, () => {
    if (a.length + b.length <= CHUNKED_MIN_CHARS) return { ops: exactWordDiff(a, b, lang, opts), coarse: false };
    const stripped = opts.stripMarks ? { a: stripMarks(a), b: stripMarks(b) } : { a, b };
    const inner = { ...opts, stripMarks: false };
    return chunkedDiff(stripped.a, stripped.b, (x, y) => exactWordDiff(x, y, lang, inner));
  });
  return { ops: value.ops, coarse: coarse || value.coarse };
}

function exactWordDiff(a: string, b: string, lang: string, opts: WordDiffOptions): DiffOp[] {
  if (opts.stripMarks) {
    a = stripMarks(a);
    b = stripMarks(b);
  }
  let ops: DiffOp[];
  if (a === b) ops = a ? [{ op: 'equal', text: a }] : [];
  else if (a.length + b.length > LINE_PASS_MIN_CHARS && (a.includes('\n') || b.includes('\n'))) ops = diffByLinesThenWords(a, b, lang, opts);
  else ops = diffWords(a, b, lang, opts);
  return opts.ignorePunctuation ? hidePunctuationChanges(ops) : ops;
}

/**
 * Text both sides start and end with is equal as it stands: only the middle
 * is tokenised and diffed. The cuts fall just after whitespace (spaced
 * scripts) or after sentence punctuation (Chinese), so no word is split.
 */
function diffWords(a: string, b: string, lang: string, opts: WordDiffOptions): DiffOp[] {
  const cut = isUnspacedLanguage(lang) ? CUT_UNSPACED : CUT_SPACED;
  const head = sharedHead(a, b, cut);
  const tail = sharedTail(a.slice(head), b.slice(head), cut);
  const middle = diffMiddle(a, head, a.length - tail, b, head, b.length - tail, lang, opts);
  if (!middle) return diffCharacters(a, b);
  const diffs: DiffMatchPatch.Diff[] = [];
  if (head) diffs.push([DiffMatchPatch.DIFF_EQUAL, a.slice(0, head)] as DiffMatchPatch.Diff);
  for (const d of middle) {
    const last = diffs[diffs.length - 1];
    if (last && last[0] === d[0]) last[1] += d[1];
    else diffs.push(d);
  }
  const end = a.slice(a.length - tail);
  const last = diffs[diffs.length - 1];
  if (tail && last && last[0] === DiffMatchPatch.DIFF_EQUAL) last[1] += end;
  else if (tail) diffs.push([DiffMatchPatch.DIFF_EQUAL, end] as DiffMatchPatch.Diff);
  // One cleanup over the whole: an edit may slide across the cut onto a nicer boundary.
  return readableCleanup(diffs);
}

const CUT_SPACED = /\s/;
const CUT_UNSPACED = /[\s。！？；，、]/;

/** Length of the common start, ending just after a cut character. */
function sharedHead(a: string, b: string, cut: RegExp): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === a.length && i === b.length) return i;
  while (i > 0 && !cut.test(a.charAt(i - 1))) i--;
  return i;
}

/** Length of the common end, starting with a cut character. */
function sharedTail(a: string, b: string, cut: RegExp): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  while (i > 0 && !cut.test(a.charAt(a.length - i))) i--;
  return i;
}

/** The middle's diff, or undefined when it has too many distinct tokens for one alphabet. */
function diffMiddle(a: string, aFrom: number, aTo: number, b: string, bFrom: number, bTo: number, lang: string, opts: WordDiffOptions): DiffMatchPatch.Diff[] | undefined {
  if (aFrom === aTo || bFrom === bTo) {
    const out: DiffMatchPatch.Diff[] = [];
    if (aFrom < aTo) out.push([DiffMatchPatch.DIFF_DELETE, a.slice(aFrom, aTo)] as DiffMatchPatch.Diff);
    if (bFrom < bTo) out.push([DiffMatchPatch.DIFF_INSERT, b.slice(bFrom, bTo)] as DiffMatchPatch.Diff);
    return out;
  }
  alphabet ??= new TokenAlphabet();
  let ca = codedUnits(alphabet, a, aFrom, aTo, lang, opts);
  let cb = ca && codedUnits(alphabet, b, bFrom, bTo, lang, opts);
  if (!ca || !cb) {
    // The shared alphabet is full: start a new one and try once more.
    alphabet = new TokenAlphabet();
    ca = codedUnits(alphabet, a, aFrom, aTo, lang, opts);
    cb = ca && codedUnits(alphabet, b, bFrom, bTo, lang, opts);
    if (!ca || !cb) return undefined;
  }
  const ua = ca.units;
  const ub = cb.units;
  const ea = ca.encoded;
  const eb = cb.encoded;
  const diffs = diffBySentences(ea, eb, sentenceRanges(ua.units), sentenceRanges(ub.units)) ?? myersDiff(ea, eb);
  return withWhitespace(eliminateShortEqualities(diffs), ua, ub);
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The units of text[from, to) and their codes; undefined when the alphabet is
 * full. Read in place when the text is ASCII: a slice would be a sliced
 * string, slower to read character by character.
 */
function codedUnits(table: TokenAlphabet, text: string, from: number, to: number, lang: string, opts: WordDiffOptions): { units: Units; encoded: string } | undefined {
  const spaced = !isUnspacedLanguage(lang);
  if (spaced && !NON_ASCII.test(text)) return table.encodeAscii(text, from, to);
  const part = text.slice(from, to);
  const units = spaced ? spacedUnits(part) : unitsOf(tokenizeWords(part, lang, opts.chinese));
  const encoded = table.encode(units.units);
  return encoded === undefined ? undefined : { units, encoded };
}

/** Whether a unit is one sentence-ending mark (as /^[.!?。！？]$/ would say, without running a regex per unit). */
function endsSentence(unit: string | undefined): boolean {
  if (unit === undefined || unit.length !== 1) return false;
  const c = unit.charCodeAt(0);
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** [start, end) unit ranges of the sentences, cut after sentence punctuation. */
function sentenceRanges(units: readonly string[]): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  let start = 0;
  for (let i = 0; i < units.length; i++) {
    if (endsSentence(units[i]) && !endsSentence(units[i + 1])) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < units.length) out.push([start, units.length]);
  return out;
}

/**
 * Sentences first, then words within sentences: sentences are matched whole,
 * and a run of changed sentences with as many on each side is diffed pair by
 * pair. The O(N·D) word diff then runs on a sentence at a time, several times
 * faster on a long paragraph; a run whose counts differ is diffed as one.
 * Undefined for a single sentence, which gains nothing from it.
 */
function diffBySentences(ea: string, eb: string, ra: ReadonlyArray<readonly [number, number]>, rb: ReadonlyArray<readonly [number, number]>): DiffMatchPatch.Diff[] | undefined {
  if (ra.length < 2 || rb.length < 2) return undefined;
  const sa = ra.map(([s, e]) => ea.slice(s, e));
  const sb = rb.map(([s, e]) => eb.slice(s, e));
  const codes = new Map<string, number>();
  const code = (x: string): string => {
    let c = codes.get(x);
    if (c === undefined) codes.set(x, (c = codes.size));
    return String.fromCharCode(c);
  };
  if (sa.length + sb.length > 0xffff) return undefined;
  const sentences = myersDiff(sa.map(code).join(''), sb.map(code).join(''));
  const out: DiffMatchPatch.Diff[] = [];
  const push = (d: DiffMatchPatch.Diff): void => {
    const last = out[out.length - 1];
    if (!d[1]) return;
    if (last && last[0] === d[0]) last[1] += d[1];
    else out.push([d[0], d[1]] as DiffMatchPatch.Diff);
  };
  let i = 0;
  let j = 0;
  let deleted = 0;
  let inserted = 0;
  const flush = (): void => {
    if (deleted === inserted) {
      for (let k = 0; k < deleted; k++) for (const d of myersDiff(sa[i + k] ?? '', sb[j + k] ?? '')) push(d);
    } else {
      for (const d of myersDiff(sa.slice(i, i + deleted).join(''), sb.slice(j, j + inserted).join(''))) push(d);
    }
    i += deleted;
    j += inserted;
    deleted = inserted = 0;
  };
  for (const [op, chars] of sentences) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += chars.length;
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted += chars.length;
    else {
      flush();
      push([DiffMatchPatch.DIFF_EQUAL, sa.slice(i, i + chars.length).join('')] as DiffMatchPatch.Diff);
      i += chars.length;
      j += chars.length;
    }
  }
  flush();
  return out;
}

/** Back from units to text: each unit with its whitespace, equal whitespace kept equal. */
function withWhitespace(diffs: readonly DiffMatchPatch.Diff[], a: Units, b: Units): DiffMatchPatch.Diff[] {
  const out: DiffMatchPatch.Diff[] = [];
  const push = (op: number, text: string): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += text;
    else out.push([op, text] as DiffMatchPatch.Diff);
  };
  const gap = (ga: string, gb: string): void => {
    if (ga === gb) push(DiffMatchPatch.DIFF_EQUAL, ga);
    else {
      push(DiffMatchPatch.DIFF_DELETE, ga);
      push(DiffMatchPatch.DIFF_INSERT, gb);
    }
  };
  gap(a.lead, b.lead);
  let i = 0;
  let j = 0;
  for (const [op, chars] of diffs) {
    for (let k = 0; k < chars.length; k++) {
      if (op === DiffMatchPatch.DIFF_EQUAL) {
        push(op, a.units[i] ?? '');
        gap(a.gaps[i] ?? '', b.gaps[j] ?? '');
        i++;
        j++;
      } else if (op === DiffMatchPatch.DIFF_DELETE) {
        push(op, (a.units[i] ?? '') + (a.gaps[i] ?? ''));
        i++;
      } else {
        push(op, (b.units[j] ?? '') + (b.gaps[j] ?? ''));
        j++;
      }
    }
  }
  return out;
}

/** Past this, a character diff (O(N·D) over characters, no budget inside dmp) is refused: the change is shown whole. */
const MAX_CHARACTER_DIFF_CHARS = 20_000;

/** Too many distinct tokens for one alphabet (a huge single line): plain character diff. */
function diffCharacters(a: string, b: string): DiffOp[] {
  if (a.length + b.length > MAX_CHARACTER_DIFF_CHARS) {
    markCoarse();
    return [{ op: 'delete', text: a }, { op: 'insert', text: b }];
  }
  const diffs = dmp().diff_main(a, b, false);
  dmp().diff_cleanupSemantic(diffs);
  return readableCleanup(diffs);
}

function diffByLinesThenWords(a: string, b: string, lang: string, opts: WordDiffOptions): DiffOp[] {
  const { chars1, chars2, lineArray } = dmp().diff_linesToChars_(a, b);
  const lines = dmp().diff_main(chars1, chars2, false);
  dmp().diff_charsToLines_(lines, lineArray);
  const out: DiffOp[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted && inserted) out.push(...diffWords(deleted, inserted, lang, opts));
    else if (deleted) out.push({ op: 'delete', text: deleted });
    else if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = inserted = '';
  };
  for (const [op, text] of lines) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted += text;
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted += text;
    else {
      flush();
      out.push({ op: 'equal', text });
    }
  }
  flush();
  return out;
}
