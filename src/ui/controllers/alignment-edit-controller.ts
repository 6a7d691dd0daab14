/**
 * Manual alignment editing: applies the alignment engine's pure, invertible
 * edits to one translation's pairwise alignment, keeps the undo and redo
 * stacks, and hands every change to `persist`. The grid's N-way rows are
 * re-derived from the pairwise alignments after each change.
 */
import type { ReactiveControllerHost } from 'lit';
import {
  applySplice, confirmRow, insertEmptyCounterpart, mergeAlignments, mergeWithNext, moveFirstUp, moveLastDown, splitRow,
  type Alignment, type EditResult, type WorkAlignment,
} from '../../core/alignment/index.ts';
import { originalOf, translationsOf, type Witness, type Work } from '../../core/model/work.ts';
import { err, ok, pxError, type Result } from '../../core/result.ts';
import type { AlignOp, SplitPoint } from '../px-compare-events.ts';
import { pairwiseRowsOf } from './pairwise-rows.ts';
import { plainSplitCuts } from './plain-split.ts';
import { spliceFits, type UndoHistory, type UndoStep } from './undo-history.ts';

export type EditOp = Exclude<AlignOp, 'undo' | 'redo'>;

type Step = UndoStep;

/** What changed, so the host persists exactly those alignments. */
export interface AppliedEdit {
  readonly action: string;
  readonly witnessIds: readonly string[];
  /** Pairwise rows touched, per witness, for the edit history. */
  readonly rows: ReadonlyMap<string, readonly number[]>;
}

/** Enough for a long session of corrections; older steps fall off the bottom. */
export const UNDO_LIMIT = 200;

export class AlignmentEditController {
  pairwise: Map<string, Alignment> = new Map();
  grid: WorkAlignment = { witnessIds: [], rows: [] };
  private work: Work | null = null;
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];

  constructor(private readonly host: ReactiveControllerHost) {
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }
  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  reset(work: Work, pairwise: ReadonlyMap<string, Alignment>): void {
    this.work = work;
    this.pairwise = new Map(pairwise);
    this.undoStack = [];
    this.redoStack = [];
    this.rebuild();
  }

  /** A translation's alignment arrived (computed after the grid painted): add it, keeping the undo history. */
  add(witnessId: string, alignment: Alignment): void {
    this.pairwise.set(witnessId, alignment);
    this.rebuild();
  }

  /**
   * A translation's alignment changed elsewhere (another tab, a team server): it replaces
   * this one, and the undo and redo steps on it are dropped (they were made on rows that are gone).
   */
  replace(witnessId: string, alignment: Alignment): void {
    const keep = (s: Step) => !s.changes.some((c) => c.witnessId === witnessId);
    this.undoStack = this.undoStack.filter(keep);
    this.redoStack = this.redoStack.filter(keep);
    this.add(witnessId, alignment);
  }

  /** `at` chooses where a split cuts (see `splitPoints`); without it, after the first unit. */
  apply(op: EditOp, row: number, witnessId: string, at?: SplitPoint): Result<AppliedEdit> {
    const work = this.work;
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return err(pxError('UI_NO_WORK', 'No work is open.', 'Open a work first.'));
    const translations = translationsOf(work);
    if (op === 'split' && !at) return this.plainSplit(row, witnessId, original, translations);
    // Confirm and merge act on the whole grid row; the others on the chosen translation (or the base when the original is focused).
    const targets = op === 'confirm' || op === 'merge' ? translations : translations.filter((t) => t.id === witnessId).concat(translations.some((t) => t.id === witnessId) ? [] : translations.slice(0, 1));
    const changes: Array<Step['changes'][number]> = [];
    for (const t of targets) {
      let a = this.pairwise.get(t.id);
      if (!a) continue;
      const rows = pairwiseRowsOf(this.grid, row, original, t, a);
      if (rows.length === 0) continue;
      const results: Array<Result<EditResult>> = [];
      if (op === 'confirm') {
        for (const r of rows) {
          const res = confirmRow(a, r);
          results.push(res);
          if (res.ok) a = res.value.alignment;
        }
      } else {
        results.push(op === 'split' && at ? splitRow(a, rows[0] ?? 0, at.source, at.target) : singleEdit(op, a, rows));
      }
      for (const res of results) {
        if (!res.ok) {
          if (targets.length > 1 && op === 'merge' && res.error.code === 'ALIGN_NO_NEXT_ROW') continue;
          return res;
        }
        changes.push({ witnessId: t.id, edit: res.value.edit, inverse: res.value.inverse });
      }
    }
    if (changes.length === 0) return err(pxError('UI_ALIGN_NOTHING_TO_EDIT', `Row ${row + 1} has nothing to ${op.replace('-', ' ')} here.`, 'Choose a row with text in the translation you want to change.'));
    return ok(this.record({ op, changes }));
  }

  /** Split without a chosen cut: every translation at the same original paragraph (see `plainSplitCuts`). */
  private plainSplit(row: number, witnessId: string, original: Witness, translations: readonly Witness[]): Result<AppliedEdit> {
    const cuts = plainSplitCuts(this.grid, row, original, translations, this.pairwise, witnessId);
    if (!cuts) {
      return err(pxError('UI_ALIGN_NOTHING_TO_EDIT', `Row ${row + 1} has one paragraph on each side: there is nothing to split.`,
        'To give a paragraph a row of its own, use Insert empty; to cut elsewhere, use Split at….'));
    }
    const changes: Array<Step['changes'][number]> = [];
    for (const c of cuts) {
      const a = this.pairwise.get(c.witnessId);
      const res = a ? splitRow(a, c.row, c.source, c.target) : null;
      if (res?.ok) changes.push({ witnessId: c.witnessId, edit: res.value.edit, inverse: res.value.inverse });
    }
    if (changes.length === 0) return err(pxError('UI_ALIGN_NOTHING_TO_EDIT', `Row ${row + 1} cannot be split here.`, 'Use Split at… to choose where the row is cut.'));
    return ok(this.record({ op: 'split', changes }));
  }

  /** Applies a new step, makes it the latest undo and clears the redo stack. */
  private record(step: Step): AppliedEdit {
    this.run(step, 'forward');
    this.undoStack.push(step);
    if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
    this.redoStack = [];
    return appliedOf(step.op, step);
  }

  /**
   * The units a split of grid row `row` would cut, for the translation a split
   * acts on (`witnessId`, or the first translation when the original is
   * focused): paragraph ids of the original and of that translation, in order.
   */
  splitUnits(row: number, witnessId: string): { witnessId: string; source: string[]; target: string[] } | null {
    const work = this.work;
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return null;
    const translations = translationsOf(work);
    const t = translations.find((x) => x.id === witnessId) ?? translations[0];
    const a = t ? this.pairwise.get(t.id) : undefined;
    if (!t || !a) return null;
    const first = pairwiseRowsOf(this.grid, row, original, t, a)[0];
    const r = first === undefined ? undefined : a.rows[first];
    if (!r) return null;
    const ids = (w: typeof t, units: readonly number[]) => units.map((i) => w.paragraphs[i]?.id ?? '').filter(Boolean);
    return { witnessId: t.id, source: ids(original, r.source), target: ids(t, r.target) };
  }

  /** The undo and redo stacks, to keep across a reload. */
  get history(): UndoHistory {
    return { undo: this.undoStack, redo: this.redoStack };
  }

  /** Takes over a stored history (of this work, as it was when the view closed). */
  restoreHistory(h: UndoHistory): void {
    this.undoStack = [...h.undo];
    this.redoStack = [...h.redo];
    this.host.requestUpdate();
  }

  undo(): Result<AppliedEdit | null> {
    const step = this.undoStack.at(-1);
    if (!step) return ok(null);
    if (!this.fits(step, 'back')) return this.stale();
    this.undoStack.pop();
    this.run(step, 'back');
    this.redoStack.push(step);
    return ok(appliedOf(`undo ${step.op}`, step));
  }

  redo(): Result<AppliedEdit | null> {
    const step = this.redoStack.at(-1);
    if (!step) return ok(null);
    if (!this.fits(step, 'forward')) return this.stale();
    this.redoStack.pop();
    this.run(step, 'forward');
    this.undoStack.push(step);
    return ok(appliedOf(step.op, step));
  }

  /** Whether every change of the step still meets the rows it was made on. */
  private fits(step: Step, direction: 'forward' | 'back'): boolean {
    return step.changes.every((c) => {
      const rows = this.pairwise.get(c.witnessId)?.rows;
      return !!rows && (direction === 'back' ? spliceFits(rows, c.inverse, c.edit) : spliceFits(rows, c.edit, c.inverse));
    });
  }

  /** The alignment changed under the history (another tab): the history is dropped rather than applied to other rows. */
  private stale(): Result<never> {
    this.undoStack = [];
    this.redoStack = [];
    this.host.requestUpdate();
    return err(pxError('UI_ALIGN_NOTHING_TO_EDIT', 'The alignment was changed elsewhere since these steps, so they can no longer be undone or redone.',
      'The undo history starts again from the alignment as it is now.'));
  }

  private run(step: Step, direction: 'forward' | 'back'): void {
    const changes = direction === 'forward' ? step.changes : [...step.changes].reverse();
    for (const c of changes) {
      const a = this.pairwise.get(c.witnessId);
      if (a) this.pairwise.set(c.witnessId, applySplice(a, direction === 'forward' ? c.edit : c.inverse));
    }
    this.rebuild();
  }

  private rebuild(): void {
    const work = this.work;
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return;
    const translations = translationsOf(work).filter((t) => this.pairwise.has(t.id));
    // Before any translation is aligned, the original shows one paragraph per row.
    this.grid = translations.length > 0
      ? mergeAlignments(original, translations, translations.map((t) => this.pairwise.get(t.id) as Alignment))
      : { witnessIds: [original.id], rows: original.paragraphs.map((p) => ({ cells: { [original.id]: [p.id] }, score: 1, flagged: false })) };
    this.host.requestUpdate();
  }
}

function singleEdit(op: Exclude<EditOp, 'confirm'>, a: Alignment, rows: readonly number[]): Result<EditResult> {
  const first = rows[0] ?? 0;
  const last = rows[rows.length - 1] ?? first;
  switch (op) {
    case 'merge':
      return mergeWithNext(a, last);
    case 'split':
      // Reached only with a chosen cut missing its row; a plain split goes through plainSplit.
      return splitRow(a, first, 1, 1);
    case 'move-up':
      return moveFirstUp(a, first, 'target');
    case 'move-down':
      return moveLastDown(a, last, 'target');
    case 'insert-empty':
      return insertEmptyCounterpart(a, first, 'target');
  }
}

function appliedOf(action: string, step: Step): AppliedEdit {
  const rows = new Map<string, number[]>();
  for (const c of step.changes) rows.set(c.witnessId, [...(rows.get(c.witnessId) ?? []), c.edit.at]);
  return { action, witnessIds: [...rows.keys()], rows };
}
