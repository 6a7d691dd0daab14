/**
 * Diffs are computed per aligned row, lazily, when a row is shown; scrolling
 * back and forth must not recompute them. A small least-recently-used memo
 * keyed by the two texts, bounded so a long session does not grow without end.
 *
 * Keyed by nested maps (text a → text b → options), not by one joined string:
 * a paragraph's text is the same string object on every call, so its hash is
 * computed once, where a joined key would be rebuilt and hashed every time.
 */
import { wordDiff, type DiffOp, type WordDiffOptions } from './word-diff.ts';

/** Enough for several screens of rows across a few witness pairs. */
export const DEFAULT_MEMO_SIZE = 2000;

interface Entry {
  readonly a: string;
  readonly b: string;
  readonly key: string;
  readonly ops: readonly DiffOp[];
}

export class DiffMemo {
  private readonly byA = new Map<string, Map<string, Map<string, Entry>>>();
  /** Entries from least to most recently used (a Set keeps insertion order). */
  private readonly order = new Set<Entry>();
  hits = 0;
  misses = 0;

  constructor(readonly limit = DEFAULT_MEMO_SIZE) {}

  get size(): number {
    return this.order.size;
  }

  wordDiff(a: string, b: string, lang: string, opts: WordDiffOptions = {}): readonly DiffOp[] {
    const key = `${lang}|${opts.ignorePunctuation ? 1 : 0}${opts.stripMarks ? 1 : 0}${opts.chinese ?? ''}`;
    const found = this.byA.get(a)?.get(b)?.get(key);
    if (found) {
      this.hits++;
      this.order.delete(found);
      this.order.add(found);
      return found.ops;
    }
    this.misses++;
    const entry: Entry = { a, b, key, ops: wordDiff(a, b, lang, opts) };
    let byB = this.byA.get(a);
    if (!byB) this.byA.set(a, (byB = new Map()));
    let byKey = byB.get(b);
    if (!byKey) byB.set(b, (byKey = new Map()));
    byKey.set(key, entry);
    this.order.add(entry);
    if (this.order.size > this.limit) this.evict();
    return entry.ops;
  }

  clear(): void {
    this.byA.clear();
    this.order.clear();
  }

  private evict(): void {
    const oldest = this.order.values().next();
    if (oldest.done) return;
    const e = oldest.value;
    this.order.delete(e);
    const byB = this.byA.get(e.a);
    const byKey = byB?.get(e.b);
    byKey?.delete(e.key);
    if (byKey?.size === 0) byB?.delete(e.b);
    if (byB?.size === 0) this.byA.delete(e.a);
  }
}
