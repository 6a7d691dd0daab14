/**
 * The brackets of a paragraph, as the edition needs them. Delegates to the
 * compare area's `parseMarks` (src/core/marks/parse-marks.ts) when it has
 * landed; INTERIM until then: a small reader of the same contract so the
 * edition can be built and tested.
 */
import type { BracketKind } from './edition.ts';

export interface SourceMark {
  readonly kind: BracketKind;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly target?: { readonly start: number; readonly end: number; readonly text: string };
  readonly gloss?: string;
}

const BRACKET = /\[([^\[\]\n]{1,200})\]/g;

function kindOf(inner: string): BracketKind {
  const t = inner.trim();
  if (/^(\.\s*){3}$|^…$/.test(t) || /^here follow/i.test(t)) return 'omission';
  if (/^sic!?$/i.test(t)) return 'sic';
  if (/illegible/i.test(t)) return 'illegible';
  if (/not declassified/i.test(t)) return 'not-declassified';
  return 'gloss';
}

/** The word (or hyphenated form) just before `end`, skipping one space. */
function wordBefore(text: string, end: number): SourceMark['target'] {
  const m = /([\p{L}\p{N}][\p{L}\p{N}'’.-]*)\s?$/u.exec(text.slice(Math.max(0, end - 80), end));
  if (!m || m[1] === undefined) return undefined;
  const start = end - m[0].length;
  return { start, end: start + m[1].length, text: m[1] };
}

export function sourceMarks(text: string): SourceMark[] {
  const out: SourceMark[] = [];
  for (const m of text.matchAll(BRACKET)) {
    const start = m.index ?? 0;
    const inner = m[1] ?? '';
    let kind = kindOf(inner);
    const target = kind === 'sic' || kind === 'gloss' ? wordBefore(text, start) : undefined;
    // A gloss needs a word to gloss; a lone bracketed phrase is the source's own addition.
    if (kind === 'gloss' && !target) kind = 'editorial';
    out.push({
      kind, start, end: start + m[0].length, text: m[0],
      ...(target ? { target } : {}),
      ...(kind === 'gloss' ? { gloss: inner.trim() } : {}),
    });
  }
  return out;
}
