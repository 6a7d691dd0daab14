/**
 * The alignment undo and redo history of a work, kept in the workspace
 * settings so it survives a reload. Read back tolerantly: anything that is
 * not a well-formed history of this format is ignored (the history starts
 * empty), and a step whose rows no longer match the alignment (changed in
 * another tab meanwhile) is refused when it is undone, not applied blindly.
 */
import type { AlignmentRow } from '../../core/alignment/types.ts';
import type { RowSplice } from '../../core/alignment/index.ts';

/** Settings key of a work's alignment undo history. */
export const undoSettingKey = (workId: string): string => `work-view.undo:${workId}`;

export const UNDO_FORMAT = 'parallax.undo-history';
export const UNDO_VERSION = 1;

/** One user action: it may touch several translations (confirm acts on the whole row). */
export interface UndoStep {
  readonly op: string;
  readonly changes: ReadonlyArray<{ readonly witnessId: string; readonly edit: RowSplice; readonly inverse: RowSplice }>;
}

export interface UndoHistory {
  readonly undo: readonly UndoStep[];
  readonly redo: readonly UndoStep[];
}

export function serializeUndo(h: UndoHistory): string {
  return JSON.stringify({ format: UNDO_FORMAT, version: UNDO_VERSION, undo: h.undo, redo: h.redo });
}

const isIndexList = (v: unknown): v is number[] => Array.isArray(v) && v.every((n) => Number.isInteger(n) && n >= 0);

function isRow(v: unknown): v is AlignmentRow {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return isIndexList(r['source']) && isIndexList(r['target']) && typeof r['score'] === 'number' && (r['status'] === 'auto' || r['status'] === 'confirmed');
}

function isSplice(v: unknown): v is RowSplice {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return Number.isInteger(s['at']) && (s['at'] as number) >= 0 && Number.isInteger(s['remove']) && (s['remove'] as number) >= 0
    && Array.isArray(s['insert']) && s['insert'].every(isRow);
}

function isStep(v: unknown, witnessIds: ReadonlySet<string>): v is UndoStep {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return typeof s['op'] === 'string' && Array.isArray(s['changes']) && s['changes'].length > 0 && s['changes'].every((c: unknown) => {
    if (typeof c !== 'object' || c === null) return false;
    const x = c as Record<string, unknown>;
    return typeof x['witnessId'] === 'string' && witnessIds.has(x['witnessId']) && isSplice(x['edit']) && isSplice(x['inverse']);
  });
}

/** The stored history, or null when there is none or it is not one this version reads; steps naming other witnesses are dropped. */
export function parseUndo(value: unknown, witnessIds: ReadonlySet<string>, limit: number): UndoHistory | null {
  if (typeof value !== 'string') return null;
  let v: unknown;
  try {
    v = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (o['format'] !== UNDO_FORMAT || o['version'] !== UNDO_VERSION || !Array.isArray(o['undo']) || !Array.isArray(o['redo'])) return null;
  const steps = (list: unknown[]) => list.filter((s): s is UndoStep => isStep(s, witnessIds)).slice(-limit);
  return { undo: steps(o['undo']), redo: steps(o['redo']) };
}

const sameRow = (a: AlignmentRow | undefined, b: AlignmentRow): boolean =>
  !!a && a.source.join() === b.source.join() && a.target.join() === b.target.join();

/** Whether `splice` can be applied to `rows`: the rows it takes out are the ones the opposite splice put in. */
export function spliceFits(rows: readonly AlignmentRow[], splice: RowSplice, opposite: RowSplice): boolean {
  if (splice.at + splice.remove > rows.length) return false;
  return opposite.insert.length === splice.remove && opposite.insert.every((r, i) => sameRow(rows[splice.at + i], r));
}
