/**
 * Runs `step` over `count` items in slices of at most `budgetMs`, yielding to
 * the browser between slices so input and painting never wait behind a long
 * task (the target is no task over 50 ms while scrolling 5,000 rows).
 */

/** Well under the 50 ms long-task threshold, leaving room for the frame's own work. */
export const DEFAULT_SLICE_MS = 8;

export interface SliceOptions {
  readonly signal: AbortSignal;
  readonly budgetMs?: number;
  /** Called after each slice that did work, e.g. to request a render. */
  readonly onSlice?: () => void;
}

export const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves true when all items ran, false when aborted first. `step` returns false when it did nothing. */
export async function runInSlices(count: number, step: (i: number) => boolean, opts: SliceOptions): Promise<boolean> {
  const budget = opts.budgetMs ?? DEFAULT_SLICE_MS;
  let sliceStart = performance.now();
  let worked = false;
  for (let i = 0; i < count; i++) {
    if (opts.signal.aborted) return false;
    if (step(i)) worked = true;
    if (performance.now() - sliceStart > budget) {
      if (worked) opts.onSlice?.();
      worked = false;
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
  if (opts.signal.aborted) return false;
  if (worked) opts.onSlice?.();
  return true;
}
