/**
 * Manual corrections as pure operations. Each one is a splice of the row
 * list (replace `remove` rows at `at` with `insert`), returned with its
 * inverse, so undo and redo are just applying the other splice. Rows a person
 * shaped are marked confirmed: realign() keeps them.
 */
import { err, ok, pxError, type Result } from '../result.ts';
import type { Alignment, AlignmentRow } from './types.ts';

export type Side = 'source' | 'target';

export interface RowSplice {
  readonly at: number;
  readonly remove: number;
  readonly insert: readonly AlignmentRow[];
}

export interface EditResult {
  readonly alignment: Alignment;
  readonly edit: RowSplice;
  readonly inverse: RowSplice;
}

export function applySplice(alignment: Alignment, splice: RowSplice): Alignment {
  const rows = alignment.rows.slice();
  rows.splice(splice.at, splice.remove, ...splice.insert);
  return { rows };
}

function spliceEdit(alignment: Alignment, at: number, remove: number, insert: AlignmentRow[]): Result<EditResult> {
  const kept = insert.filter((r) => r.source.length > 0 || r.target.length > 0);
  const edit: RowSplice = { at, remove, insert: kept };
  const inverse: RowSplice = { at, remove: kept.length, insert: alignment.rows.slice(at, at + remove) };
  return ok({ alignment: applySplice(alignment, edit), edit, inverse });
}

function rowAt(alignment: Alignment, row: number): Result<AlignmentRow> {
  const r = alignment.rows[row];
  if (!r) {
    return err(pxError('ALIGN_ROW_OUT_OF_RANGE', `There is no row ${row + 1} (the alignment has ${alignment.rows.length})`, 'choose a row that exists'));
  }
  return ok(r);
}

const manual = (source: number[], target: number[]): AlignmentRow => ({ source, target, score: 1, status: 'confirmed' });

export function mergeWithNext(alignment: Alignment, row: number): Result<EditResult> {
  const a = rowAt(alignment, row);
  if (!a.ok) return a;
  const b = rowAt(alignment, row + 1);
  if (!b.ok) return err(pxError('ALIGN_NO_NEXT_ROW', 'The last row has no next row to merge with', 'merge a row that has one below it'));
  return spliceEdit(alignment, row, 2, [manual([...a.value.source, ...b.value.source], [...a.value.target, ...b.value.target])]);
}

/** Split a row after its first `sourceCount` source units and `targetCount` target units. */
export function splitRow(alignment: Alignment, row: number, sourceCount: number, targetCount: number): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  const { source, target } = r.value;
  const inRange = (k: number, len: number) => Number.isInteger(k) && k >= 0 && k <= len;
  const trivial = (sourceCount === 0 && targetCount === 0) || (sourceCount === source.length && targetCount === target.length);
  if (!inRange(sourceCount, source.length) || !inRange(targetCount, target.length) || trivial) {
    return err(pxError('ALIGN_BAD_SPLIT', `Row ${row + 1} cannot be split after ${sourceCount} source and ${targetCount} target units`, 'split at a unit boundary that leaves something on both sides of the split'));
  }
  return spliceEdit(alignment, row, 1, [
    manual(source.slice(0, sourceCount), target.slice(0, targetCount)),
    manual(source.slice(sourceCount), target.slice(targetCount)),
  ]);
}

/** Move the first unit of `side` in this row to the end of the previous row. */
export function moveFirstUp(alignment: Alignment, row: number, side: Side): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  const prev = alignment.rows[row - 1];
  const unit = r.value[side][0];
  if (!prev || unit === undefined) {
    return err(pxError('ALIGN_CANNOT_MOVE', `Row ${row + 1} has no ${side} unit to move up, or no row above`, 'move a unit of a row that has a row above it'));
  }
  const up = { source: [...prev.source], target: [...prev.target] };
  up[side].push(unit);
  const rest = { source: [...r.value.source], target: [...r.value.target] };
  rest[side].shift();
  return spliceEdit(alignment, row - 1, 2, [manual(up.source, up.target), manual(rest.source, rest.target)]);
}

/** Move the last unit of `side` in this row to the start of the next row. */
export function moveLastDown(alignment: Alignment, row: number, side: Side): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  const next = alignment.rows[row + 1];
  const unit = r.value[side].at(-1);
  if (!next || unit === undefined) {
    return err(pxError('ALIGN_CANNOT_MOVE', `Row ${row + 1} has no ${side} unit to move down, or no row below`, 'move a unit of a row that has a row below it'));
  }
  const rest = { source: [...r.value.source], target: [...r.value.target] };
  rest[side].pop();
  const down = { source: [...next.source], target: [...next.target] };
  down[side].unshift(unit);
  return spliceEdit(alignment, row, 2, [manual(rest.source, rest.target), manual(down.source, down.target)]);
}

/** Give the `side` units of this row an empty counterpart: the row becomes a 1–0 row and a 0–1 row. */
export function insertEmptyCounterpart(alignment: Alignment, row: number, side: Side): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  const { source, target } = r.value;
  if (source.length === 0 || target.length === 0) {
    return err(pxError('ALIGN_ALREADY_EMPTY', `Row ${row + 1} already has an empty side`, 'choose a row with units on both sides'));
  }
  const rows = side === 'source' ? [manual(source, []), manual([], target)] : [manual([], target), manual(source, [])];
  return spliceEdit(alignment, row, 1, rows);
}

/** Confirm this row and every row above it, as InterText does: what is above has been read. */
export function confirmThrough(alignment: Alignment, row: number): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  return spliceEdit(alignment, 0, row + 1, alignment.rows.slice(0, row + 1).map((x) => ({ ...x, status: 'confirmed' as const })));
}

export function confirmRow(alignment: Alignment, row: number): Result<EditResult> {
  const r = rowAt(alignment, row);
  if (!r.ok) return r;
  return spliceEdit(alignment, row, 1, [{ ...r.value, status: 'confirmed' }]);
}
