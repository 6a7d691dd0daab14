/**
 * The units a word diff compares (words, bracketed marks, single punctuation
 * marks) with the whitespace after each carried beside it. Diffing whitespace
 * tokens too would double both the sequence length and the edit count, and so
 * quadruple diff-match-patch's O(N·D) work.
 */
import { spacedUnitPattern } from './tokenize-words.ts';

export interface Units {
  readonly lead: string;
  readonly units: string[];
  /** Whitespace after units[i]. */
  readonly gaps: string[];
}

const SPACE = /\s/u;

/** Units from a token list (tokens are all-space or space-free). */
export function unitsOf(tokens: readonly string[]): Units {
  let lead = '';
  const units: string[] = [];
  const gaps: string[] = [];
  for (const t of tokens) {
    // Tokens are all-space or space-free: the first character tells.
    if (SPACE.test(t.charAt(0))) {
      if (units.length === 0) lead += t;
      else gaps[units.length - 1] += t;
    } else {
      units.push(t);
      gaps.push('');
    }
  }
  return { lead, units, gaps };
}

/**
 * The same as `unitsOf(tokenizeWords(text, lang))` for a spaced script, in
 * one pass: the regex finds only the units, and the whitespace between them
 * is read off by character codes. Building the token list and testing each
 * token again cost more than the diff of a typical changed paragraph.
 */
export function spacedUnits(text: string): Units {
  const units = text.match(spacedUnitPattern(text)) ?? [];
  const gaps: string[] = new Array<string>(units.length);
  let at = skipSpace(text, 0);
  const lead = text.slice(0, at);
  for (let i = 0; i < units.length; i++) {
    at += (units[i] as string).length;
    const next = skipSpace(text, at);
    // A single space is the usual gap: V8 hands back its one-character string without copying.
    gaps[i] = next === at ? '' : text.slice(at, next);
    at = next;
  }
  return { lead, units, gaps };
}

/** The offset of the first character at or after `at` that `\s` does not match. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Exactly the characters of the regex class `\s` (WhiteSpace and LineTerminator). */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
