/**
 * Search state of the work view: the pattern's matches over every shown
 * witness, which one is active, and the error when the pattern is invalid.
 * A search over 5,000 rows × 3 witnesses is one pass of one regular
 * expression (tens of milliseconds), so it runs at once, debounced by the bar.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PxError } from '../../core/result.ts';
import { findMatches, searchPattern, type SearchMatch } from '../px-search-matches.ts';

export class SearchController {
  matches: readonly SearchMatch[] = [];
  active = -1;
  error: PxError | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
  }

  run(query: string, regex: boolean, rows: number, witnessIds: readonly string[], textOf: (row: number, witnessId: string) => string): void {
    this.error = null;
    this.matches = [];
    this.active = -1;
    if (query !== '') {
      const pattern = searchPattern(query, regex);
      if (pattern.ok) this.matches = findMatches(rows, witnessIds, textOf, pattern.value);
      else this.error = pattern.error;
    }
    this.host.requestUpdate();
  }

  /** The next or previous match; the first step goes to the first match at or after `fromRow`. */
  step(delta: 1 | -1, fromRow: number): SearchMatch | null {
    const n = this.matches.length;
    if (n === 0) return null;
    const from = this.active >= 0 ? this.active + delta : Math.max(0, this.matches.findIndex((m) => m.row >= fromRow));
    this.active = ((from % n) + n) % n;
    this.host.requestUpdate();
    return this.matches[this.active] ?? null;
  }
}
