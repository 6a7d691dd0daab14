/**
 * Search across every witness of a work, plain or regular expression. Pure:
 * the container calls it with the cell texts; an invalid pattern is an
 * expected outcome, returned as a coded error for the search bar to show.
 */
import { err, ok, pxError, type Result } from '../core/result.ts';

export interface SearchMatch {
  readonly row: number;
  readonly witnessId: string;
  /** Offsets in the cell's text. */
  readonly start: number;
  readonly end: number;
}

/** Past this the list stops growing: the count says "10,000+" and next/previous still work within it. */
export const MAX_MATCHES = 10_000;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function searchPattern(query: string, regex: boolean): Result<RegExp> {
  if (!regex) return ok(new RegExp(escapeRe(query), 'giu'));
  try {
    return ok(new RegExp(query, 'giu'));
  } catch (e) {
    return err(pxError('UI_SEARCH_BAD_PATTERN', `“${query}” is not a valid regular expression: ${(e as Error).message}.`,
      'Fix the pattern, or untick “Regular expression” to search for the text as typed.'));
  }
}

/**
 * Matches in reading order: row by row, and within a row in column order.
 * Empty matches (`a*`) are skipped: they would select nothing and never advance.
 */
export function findMatches(
  rows: number,
  witnessIds: readonly string[],
  textOf: (row: number, witnessId: string) => string,
  pattern: RegExp,
): SearchMatch[] {
  const out: SearchMatch[] = [];
  const re = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
  for (let row = 0; row < rows; row++) {
    for (const witnessId of witnessIds) {
      const text = textOf(row, witnessId);
      if (!text) continue;
      for (const m of text.matchAll(re)) {
        if (m[0].length === 0 || m.index === undefined) continue;
        out.push({ row, witnessId, start: m.index, end: m.index + m[0].length });
        if (out.length >= MAX_MATCHES) return out;
      }
    }
  }
  return out;
}
