/**
 * The work view's alignment actions: applies an edit (or undo / redo) through
 * `AlignmentEditController` and saves what it touched, in order, signed with
 * the editor's name and the edit added to each alignment's history.
 */
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import type { AlignOpDetail } from '../px-compare-events.ts';
import type { AlignmentEditController, AppliedEdit } from './alignment-edit-controller.ts';
import { saveEditedAlignments } from './save-alignment.ts';
import { serializeUndo, undoSettingKey } from './undo-history.ts';
import type { WorkViewHost } from './work-view-host.ts';

export class AlignmentOpsController {
  /** Translation id → manual alignment edits, saved with the alignment. */
  private edits = new Map<string, readonly AlignmentEdit[]>();
  /** Saves run one after another: two quick edits must not both append to the same old history. */
  private saves: Promise<void> = Promise.resolve();

  constructor(private readonly host: WorkViewHost, private readonly align: AlignmentEditController, private readonly workId: () => string | undefined) {
  }

  /** The edit history stored with the work's alignments. */
  reset(history: ReadonlyMap<string, readonly AlignmentEdit[]>): void {
    this.edits = new Map(history);
  }

  /** Settles when every save asked for so far has run (tests wait on it before another tab writes). */
  get settled(): Promise<void> {
    return this.saves;
  }

  /** One translation's stored edit history, as it arrived with its alignment. */
  setHistory(witnessId: string, edits: readonly AlignmentEdit[]): void {
    this.edits.set(witnessId, edits);
  }

  /** Applies the operation; errors go to the reporter. Resolves once its save has run. */
  async run(d: AlignOpDetail): Promise<void> {
    const r = d.op === 'undo' ? this.align.undo() : d.op === 'redo' ? this.align.redo() : this.align.apply(d.op, d.row, d.witnessId, d.at);
    if (!r.ok) {
      this.host.errors?.report(r.error);
      void this.persist(null);
      return;
    }
    if (r.value) await this.persist(r.value);
  }

  /** Saves the edit (when there is one) and then the undo history, after the saves before it. */
  private persist(applied: AppliedEdit | null): Promise<void> {
    const history = this.align.history;
    this.saves = this.saves.then(async () => {
      if (applied) await this.save(applied);
      await this.saveHistory(serializeUndo(history));
    });
    return this.saves;
  }

  private async saveHistory(value: string): Promise<void> {
    const ws = this.host.storage;
    const workId = this.workId();
    if (!ws || !workId) return;
    const r = await ws.settings.set(undoSettingKey(workId), value);
    if (!r.ok) this.host.errors?.report(r.error);
  }

  /** Saves every pairwise alignment the edit touched, with the edit in its history. */
  private async save(applied: AppliedEdit): Promise<void> {
    const ws = this.host.storage;
    const workId = this.workId();
    if (!ws || !workId) return;
    const author = await this.host.editor?.ensureName();
    if (!author) {
      this.host.notifier?.notify({ message: 'The alignment change is shown but not saved: an editor name is needed to record it.' });
      return;
    }
    const at = new Date(this.host.clock?.now() ?? Date.now()).toISOString();
    const error = await saveEditedAlignments(ws, workId, applied, this.align.pairwise, this.edits, { id: this.host.ids ?? (() => at), at, author });
    if (error) this.host.errors?.report(error);
  }
}
