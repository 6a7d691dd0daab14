/**
 * Progress on standard error for long runs, so a person waiting on a
 * million-paragraph alignment sees it move. Short runs print nothing (their
 * standard error stays empty for scripts).
 */
import type { SessionIo } from './io.ts';

/** Below this many units a side, an alignment takes a second or two: no progress lines. */
const PROGRESS_FROM_UNITS = 20_000;

/** An `onPass` for alignUnits that reports each dynamic-programming pass, or undefined for a short run. */
export function alignmentProgress(io: SessionIo, what: string, n: number, m: number): ((cells: number, rows: number, cols: number) => void) | undefined {
  if (Math.max(n, m) < PROGRESS_FROM_UNITS) return undefined;
  const started = Date.now();
  io.err(`${what}: aligning ${n.toLocaleString('en')} × ${m.toLocaleString('en')} units…`);
  let pass = 0;
  return (cells, rows, cols) => {
    pass++;
    const level = rows === n ? 'units' : 'blocks';
    io.err(`${what}: pass ${pass} over ${rows.toLocaleString('en')} × ${cols.toLocaleString('en')} ${level} (${cells.toLocaleString('en')} cells), ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
}
