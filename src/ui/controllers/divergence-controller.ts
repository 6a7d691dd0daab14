/**
 * Divergence of every row against the base witness, for the heat-map gutter.
 * Computed in the background after the first rows are painted, in slices,
 * and restarted (the old run aborted) whenever the texts or the base change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { runInSlices, yieldToBrowser } from './run-in-slices.ts';

/** Returns 0 (same) .. 1 (nothing in common) for one row, or null when the row has nothing to compare. */
export type RowDivergence = (row: number) => number | null;

/** The heat-map repaints every this many ms while filling in, not after every slice. */
const REPAINT_EVERY_MS = 250;

export class DivergenceController implements ReactiveController {
  /** One value per row; NaN until computed or when the row has nothing to compare. */
  values: Float32Array = new Float32Array(0);
  settled: Promise<boolean> = Promise.resolve(true);
  private abort: AbortController | null = null;
  private inputsKey: readonly unknown[] | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Starts a new run unless the inputs (compared item by item) are those already computed or computing. */
  compute(rows: number, inputsKey: readonly unknown[], divergenceOf: RowDivergence): void {
    const same = this.inputsKey !== null && this.inputsKey.length === inputsKey.length && inputsKey.every((k, i) => k === this.inputsKey?.[i]);
    if (same && this.values.length === rows) return;
    this.inputsKey = inputsKey;
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    const values = new Float32Array(rows).fill(Number.NaN);
    this.values = values;
    let lastPaint = performance.now();
    // Started after a yield: the grid's first rows paint before any divergence is computed.
    this.settled = yieldToBrowser().then(() => runInSlices(
      rows,
      (i) => {
        values[i] = divergenceOf(i) ?? Number.NaN;
        return true;
      },
      {
        signal: ac.signal,
        onSlice: () => {
          const now = performance.now();
          if (now - lastPaint > REPAINT_EVERY_MS) {
            lastPaint = now;
            this.host.requestUpdate();
          }
        },
      },
    )).then((done) => {
      if (done) this.host.requestUpdate();
      return done;
    });
  }

  /**
   * Recomputes only `rows` (their texts changed; the base and the grid did not), at once:
   * an approval repaints its row's heat-strip cell without another pass over the work.
   */
  recomputeRows(rows: readonly number[], divergenceOf: RowDivergence): void {
    for (const i of rows) if (i >= 0 && i < this.values.length) this.values[i] = divergenceOf(i) ?? Number.NaN;
    // A new view of the same memory: the gutter compares its input by identity, and a run still filling in writes on.
    this.values = new Float32Array(this.values.buffer);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.abort?.abort();
    this.inputsKey = null;
  }
}
