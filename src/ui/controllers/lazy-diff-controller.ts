/**
 * Word diffs for the rows on screen only, computed after paint in small
 * slices and cached. The latest request wins: scrolling past rows aborts
 * their pending diffs, so a stale diff is never computed, let alone painted.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CellDiffOp } from '../px-row-segments.ts';
import { runInSlices } from './run-in-slices.ts';

export type DiffFunction = (a: string, b: string, lang: string) => readonly CellDiffOp[];

export interface DiffJob {
  readonly a: string;
  readonly b: string;
  readonly lang: string;
}

/** A few screens of rows × witnesses; bounded so a long session does not grow without end. */
export const DIFF_CACHE_LIMIT = 3000;

const keyOf = (j: DiffJob): string => `${j.lang}\u0000${j.a}\u0000${j.b}`;

export class LazyDiffController implements ReactiveController {
  private readonly cache = new Map<string, readonly CellDiffOp[]>();
  private abort: AbortController | null = null;
  /** Settles when the latest request has finished or was superseded; for tests and benchmarks. */
  settled: Promise<boolean> = Promise.resolve(true);
  /** How many diffs were computed (not served from cache): tests check laziness with it. */
  computed = 0;

  constructor(private readonly host: ReactiveControllerHost, private readonly diff: DiffFunction) {
    host.addController(this);
  }

  get(job: DiffJob): readonly CellDiffOp[] | undefined {
    return this.cache.get(keyOf(job));
  }

  request(jobs: readonly DiffJob[]): void {
    this.abort?.abort();
    const todo = jobs.filter((j) => !this.cache.has(keyOf(j)));
    if (todo.length === 0) return;
    const ac = new AbortController();
    this.abort = ac;
    this.settled = runInSlices(
      todo.length,
      (i) => {
        const job = todo[i];
        if (!job) return false;
        const key = keyOf(job);
        if (this.cache.has(key)) return false;
        this.remember(key, this.diff(job.a, job.b, job.lang));
        this.computed++;
        return true;
      },
      { signal: ac.signal, onSlice: () => this.host.requestUpdate() },
    );
  }

  clear(): void {
    this.abort?.abort();
    this.cache.clear();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  private remember(key: string, ops: readonly CellDiffOp[]): void {
    this.cache.set(key, ops);
    if (this.cache.size > DIFF_CACHE_LIMIT) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
  }
}
