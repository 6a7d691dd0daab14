/**
 * Splits a text into the tokens a word diff compares: words, runs of
 * whitespace, and single punctuation marks. Joining the tokens gives back the
 * text exactly, so a diff over tokens reconstructs both sides.
 */

/** Whether a BCP 47 tag names a language written without spaces between words. */
export function isUnspacedLanguage(lang: string): boolean {
  return /^(zh|ja|ko|th|lo|km|my)(-|$)/i.test(lang);
}

/**
 * A short bracketed mark (`[sic]`, `[Horgos]`, `[...]`) is one token, so the diff
 * shows it whole. A word keeps inner hyphens and apostrophes (`Ba-ke-tu`,
 * `People's`, `60-kilometre`) and decimal points (`5.5`); a run of whitespace is
 * one token; anything else is one token per character. A regex is ~10× faster
 * than Intl.Segmenter for spaced scripts.
 */
const SPACED_TOKEN = /\[[^[\]\n]{1,40}\]|[\p{L}\p{M}\p{N}]+(?:['’.\-‐][\p{L}\p{M}\p{N}]+)*|\s+|[^]/gu;

/**
 * Intl.Segmenter is quadratic on long strings in Node 20 (100k characters:
 * ~0.8 s), so unspaced text is segmented in pieces no longer than this, cut
 * after sentence punctuation or line breaks where possible.
 */
const MAX_SEGMENT_CHARS = 2000;

/** The same tokens for text in ASCII only: a regex without Unicode classes runs faster. */
const ASCII_TOKEN = /\[[^[\]\n]{1,40}\]|[A-Za-z0-9]+(?:['.\-][A-Za-z0-9]+)*|\s+|[^]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** The same tokens less the whitespace runs (for word-units.ts): `[^]` becomes `\S`, so a position in whitespace simply matches nothing. */
const SPACED_UNIT = /\[[^[\]\n]{1,40}\]|[\p{L}\p{M}\p{N}]+(?:['’.\-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ASCII_UNIT = /\[[^[\]\n]{1,40}\]|[A-Za-z0-9]+(?:['.\-][A-Za-z0-9]+)*|\S/g;

/** The global regex that finds the non-space tokens of `text` in a spaced script. */
export function spacedUnitPattern(text: string): RegExp {
  return NON_ASCII.test(text) ? SPACED_UNIT : ASCII_UNIT;
}

export type ChineseTokens = 'words' | 'characters';

let segmenter: Intl.Segmenter | undefined;
function wordSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

export function tokenizeWords(text: string, lang: string, chinese: ChineseTokens = 'words'): string[] {
  if (!isUnspacedLanguage(lang)) return text.match(NON_ASCII.test(text) ? SPACED_TOKEN : ASCII_TOKEN) ?? [];
  if (chinese === 'characters') return Array.from(text);
  const tokens: string[] = [];
  for (const piece of piecesForSegmenter(text)) {
    for (const s of wordSegmenter().segment(piece)) tokens.push(s.segment);
  }
  return tokens;
}

/** Cuts `text` into pieces of at most MAX_SEGMENT_CHARS, preferring sentence ends. */
function piecesForSegmenter(text: string): string[] {
  if (text.length <= MAX_SEGMENT_CHARS) return [text];
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > MAX_SEGMENT_CHARS) {
    const window = text.slice(start, start + MAX_SEGMENT_CHARS);
    let cut = -1;
    for (const m of window.matchAll(/[。！？；\n]+/g)) cut = m.index + m[0].length;
    // No sentence end in the window: cut anywhere but inside a surrogate pair.
    if (cut <= 0) {
      cut = MAX_SEGMENT_CHARS;
      if (/[\uD800-\uDBFF]/.test(window.charAt(cut - 1))) cut -= 1;
    }
    pieces.push(text.slice(start, start + cut));
    start += cut;
  }
  pieces.push(text.slice(start));
  return pieces;
}
