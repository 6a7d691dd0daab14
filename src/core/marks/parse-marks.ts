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
const LATIN_WORD_BEFORE = /([\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*)(\s?)$/u;
const HAN_BEFORE = /(\p{Script=Han}{1,8})$/u;
const CAPITALISED = /^\p{Lu}/u;

export function parseMarks(text: string): Mark[] {
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
  const before = text.slice(Math.max(0, at - 200), at);
  const offset = at - before.length;
  const han = HAN_BEFORE.exec(before);
  if (han) return { start: offset + han.index, end: at, text: han[1] ?? '' };
  const m = LATIN_WORD_BEFORE.exec(before);
  if (!m) return undefined;
  let start = offset + m.index;
  const end = at - (m[2] ?? '').length;
  for (let n = 1; n < words; n++) {
    const prev = LATIN_WORD_BEFORE.exec(text.slice(Math.max(0, start - 100), start));
    if (!prev || !prev[2] || !CAPITALISED.test(prev[1] ?? '')) break;
    start -= prev[0].length;
  }
  return { start, end, text: text.slice(start, end) };
}
