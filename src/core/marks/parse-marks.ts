/**
 * Editorial marks in a text: `[sic]`, a bracketed gloss after a word
 * (`Alma-Ata [Almaty]`), omissions (`[...]`, `[Here follow …]`),
 * `[Illegible handwritten text]`, `[text not declassified]`, and any other
 * bracketed editorial insertion. Offsets are UTF-16 indices into the text.
 */

export type MarkKind = 'sic' | 'gloss' | 'omission' | 'illegible' | 'not-declassified' | 'editorial';

export interface MarkSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Mark extends MarkSpan {
  readonly kind: MarkKind;
  /** The word a `[sic]` or gloss follows. */
  readonly target?: MarkSpan;
  /** For a gloss: the bracketed form, without brackets. */
  readonly gloss?: string;
}

/** Square brackets, full-width brackets and tortoise-shell brackets; no nesting, no line breaks. */
const BRACKETED = /\[([^[\]\n]*)\]|［([^［］\n]*)］|〔([^〔〕\n]*)〕/g;

const SIC = /^(sic!?|原文如此)$/iu;
const OMISSION = /^(?:(?:\.\s*){2,}\.|…+|⋯+|(?:here follows?|omitted|omission|remainder|rest of)\b.*|(?:下略|以下从略|略)\p{P}*)$/iu;
const ILLEGIBLE = /illegible|unreadable|indecipherable|字迹不清|无法辨认/iu;
const NOT_DECLASSIFIED = /not\s+declassified|未解密/iu;
/** A gloss is short and name-like: no sentence punctuation, starts with a capital, a digit or a CJK character. */
const GLOSS_CONTENT = /^[\p{Lu}\p{Lt}\p{N}\p{Script=Han}][^.:;?!。：；？！]{0,39}$/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const JOINER = /['’\-.]/;
const HAN_CHAR = /\p{Script=Han}/u;
/** A gloss after Chinese text covers at most this many characters before it. */
const MAX_HAN_TARGET = 8;
const CAPITALISED = /^\p{Lu}/u;

export function parseMarks(text: string): Mark[] {
  if (!text.includes('[') && !text.includes('［') && !text.includes('〔')) return [];
  const marks: Mark[] = [];
  for (const m of text.matchAll(BRACKETED)) {
    const start = m.index;
    const end = start + m[0].length;
    const content = (m[1] ?? m[2] ?? m[3] ?? '').trim();
    marks.push(classify(text, { start, end, text: m[0] }, content));
  }
  return marks;
}

function classify(text: string, span: MarkSpan, content: string): Mark {
  if (SIC.test(content)) {
    const target = wordBefore(text, span.start, 1);
    return target ? { kind: 'sic', ...span, target } : { kind: 'sic', ...span };
  }
  if (OMISSION.test(content)) return { kind: 'omission', ...span };
  if (ILLEGIBLE.test(content)) return { kind: 'illegible', ...span };
  if (NOT_DECLASSIFIED.test(content)) return { kind: 'not-declassified', ...span };
  if (GLOSS_CONTENT.test(content)) {
    const words = content.split(/\s+/).length;
    const target = wordBefore(text, span.start, words);
    if (target) return { kind: 'gloss', ...span, target, gloss: content };
  }
  return { kind: 'editorial', ...span };
}

/**
 * The word directly before `at` (one space at most between), or up to `words`
 * capitalised words when a multi-word gloss renders a multi-word name
 * (`Zhang Hanfu [Chang Han-fu]`).
 */
function wordBefore(text: string, at: number, words: number): MarkSpan | undefined {
  // Chinese: the characters directly before the bracket.
  if (HAN_CHAR.test(text.charAt(at - 1))) {
    let start = at;
    while (start > 0 && at - start < MAX_HAN_TARGET && HAN_CHAR.test(text.charAt(start - 1))) start--;
    return { start, end: at, text: text.slice(start, at) };
  }
  // Latin and others: one word, at most one space before the bracket.
  const end = /\s/.test(text.charAt(at - 1)) ? at - 1 : at;
  let start = latinWordStart(text, end);
  if (start === end) return undefined;
  for (let n = 1; n < words; n++) {
    if (text.charAt(start - 1) !== ' ') break;
    const prev = latinWordStart(text, start - 1);
    if (prev === start - 1 || !CAPITALISED.test(text.charAt(prev))) break;
    start = prev;
  }
  return { start, end, text: text.slice(start, end) };
}

/** Where the word ending at `end` starts: letters and digits, with inner hyphens, apostrophes and dots. */
function latinWordStart(text: string, end: number): number {
  let start = end;
  while (start > 0) {
    const c = text.charAt(start - 1);
    if (WORD_CHAR.test(c)) start--;
    else if (start < end && JOINER.test(c) && WORD_CHAR.test(text.charAt(start - 2))) start--;
    else break;
  }
  return start;
}
