/**
 * Diffs are computed per aligned row, lazily, when a row is shown; scrolling
 * back and forth must not recompute them. A small least-recently-used memo
 * keyed by the two texts, bounded so a long session does not grow without end.
 */
import { wordDiff, type DiffOp, type WordDiffOptions } from './word-diff.ts';

/** Enough for several screens of rows across a few witness pairs. */
export const DEFAULT_MEMO_SIZE = 2000;

export class DiffMemo {
  private readonly entries = new Map<string, readonly DiffOp[]>();
  hits = 0;
  misses = 0;

  constructor(readonly limit = DEFAULT_MEMO_SIZE) {}

  get size(): number {
    return this.entries.size;
  }

  wordDiff(a: string, b: string, lang: string, opts: WordDiffOptions = {}): readonly DiffOp[] {
    // \u0000 cannot occur in imported text, so the key is unambiguous.
    const key = `${lang}\u0000${opts.ignorePunctuation ? 1 : 0}${opts.stripMarks ? 1 : 0}${opts.chinese ?? ''}\u0000${a}\u0000${b}`;
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      // Re-insert so the Map's order is least → most recently used.
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    this.misses++;
    const ops = wordDiff(a, b, lang, opts);
    this.entries.set(key, ops);
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return ops;
  }

  clear(): void {
    this.entries.clear();
  }
}
