/**
 * One open work, as the work view shows it: the work, its current texts, the
 * grid (through `AlignmentEditController`), the column choice, the open drafts
 * and proposals, the approvals and the names. Loaded once (a `Task`: the
 * latest work asked for wins); after that every change arrives as one
 * `SessionChange` through `apply`, which updates only what the change names
 * and says which rows it touched. Other tabs' writes (and later a team
 * server's, posted on the same channel) reach `apply` through
 * `changeOfMessage`, which reads just the record a message names.
 *
 * The work view hands `view` to the compare view: one object, replaced on
 * every change, whose large maps are shared between versions.
 */
import type { ReactiveController } from 'lit';
import { Task, TaskStatus, initialState } from '@lit/task';
import type { Alignment, WorkAlignment } from '../../core/alignment/types.ts';
import type { Approval } from '../../core/edition/edition.ts';
import { originalOf, translationsOf, type Paragraph, type Work } from '../../core/model/work.ts';
import type { PxError } from '../../core/result.ts';
import type { CurrentText, RevisionView, Workspace } from '../../storage/index.ts';
import { paragraphsById, type CompareModel } from '../px-compare-model.ts';
import type { NameEntryLike } from '../px-row-annotations.ts';
import type { PendingRevision } from '../px-row-template.ts';
import { AlignmentEditController, UNDO_LIMIT } from './alignment-edit-controller.ts';
import { AlignmentOpsController } from './alignment-ops-controller.ts';
import { ColumnChoiceController } from './column-choice-controller.ts';
import { loadStoredWork, type StoredWork } from './load-work.ts';
import { confirmedGridRows } from './pairwise-rows.ts';
import { ownDraft, withComments, withRevision, type Draft, type Proposal, type ReviewState } from './review-state.ts';
import { alignInBackground } from './run-in-worker.ts';
import { changeOfMessage, RELOAD, type SessionChange } from './session-change.ts';
import { parseUndo, undoSettingKey } from './undo-history.ts';
import type { WorkViewHost } from './work-view-host.ts';

export interface WorkSessionHost extends WorkViewHost {
  readonly workId: string;
}

/** Everything the compare view and the panels read of the session, as of one change. */
export interface WorkViewModel extends CompareModel {
  /** Rows whose texts changed in the latest text change; null when any may have (a load, a new grid). */
  readonly touchedRows: readonly number[] | null;
  /** Oldest first. */
  readonly proposals: readonly Proposal[];
  /** Grid rows flagged as doubtful and not yet confirmed. */
  readonly flagged: readonly boolean[];
  readonly approvals: readonly Approval[];
}

interface Opened {
  readonly work: Work;
  readonly paragraphs: Map<string, Paragraph>;
  /** Paragraph id → its witness. */
  readonly witnessOf: ReadonlyMap<string, string>;
  /** Mutated in place by approvals: copying 15,000 entries for one changed text is what a save must not cost. */
  readonly currentRevisions: Map<string, CurrentText>;
  readonly texts: Map<string, string>;
  aligning: ReadonlySet<string>;
  names: readonly NameEntryLike[];
  review: ReviewState;
  approvals: readonly Approval[];
  /** Paragraph id → id of the approval event its current text comes from: an older approval read late never wins. */
  readonly approvedBy: Map<string, string>;
}

export class WorkSession implements ReactiveController {
  readonly align: AlignmentEditController;
  readonly alignOps: AlignmentOpsController;
  readonly columns: ColumnChoiceController;
  /** Bumped by every applied change; the view model is rebuilt when it moves. */
  version = 0;
  /** The change applied last (null after a load): lets a panel showing one paragraph follow changes to it. */
  lastChange: SessionChange | null = null;
  private textsVersion = 0;
  private touchedRows: readonly number[] | null = null;
  private opened: Opened | null = null;
  private releaseRemote: (() => void) | null = null;
  private cached: { key: readonly unknown[]; view: WorkViewModel } | null = null;
  private rowIndex: { grid: WorkAlignment; rowOf: Map<string, number> } | null = null;
  private marks: { grid: WorkAlignment; confirmed: boolean[]; flagged: boolean[] } | null = null;
  private pendingOf: { proposals: readonly Proposal[]; map: Map<string, PendingRevision[]> } | null = null;
  /** Remote changes apply one after another, in the order they arrived. */
  private incoming: Promise<void> = Promise.resolve();

  /** Loads the work the host names from the storage it has; the latest call wins (older loads are aborted). */
  readonly loading: Task<readonly [Workspace | undefined, string], StoredWork>;

  constructor(private readonly host: WorkSessionHost) {
    this.align = new AlignmentEditController(host);
    this.alignOps = new AlignmentOpsController(host, this.align, () => this.opened?.work.id);
    this.columns = new ColumnChoiceController(host);
    this.loading = new Task(host, {
      args: () => [host.storage, host.workId] as const,
      task: async ([ws, workId], { signal }) => {
        if (!ws || !workId) return initialState;
        const r = await loadStoredWork(ws, workId);
        signal.throwIfAborted();
        if (!r.ok) throw r.error;
        this.open(ws, r.value, signal);
        return r.value;
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    const ws = this.host.storage;
    if (this.opened && ws && !this.releaseRemote) this.listen(ws, this.opened.work.id);
  }

  hostDisconnected(): void {
    this.releaseRemote?.();
    this.releaseRemote = null;
    this.loading.abort();
  }

  /** The load's error, as the person should see it; null while loading or when loaded. */
  get error(): PxError | null {
    if (this.loading.status !== TaskStatus.ERROR) return null;
    const e = this.loading.error;
    return isPxError(e) ? e : { code: 'UI_UNEXPECTED', message: 'The work could not be opened.', hint: 'Reload the page; if it happens again, export a backup from Settings.' };
  }

  get work(): Work | null {
    return this.opened?.work ?? null;
  }

  /** The current revision of a paragraph (text and id), for an editor's base. */
  currentRevision(paragraphId: string): CurrentText | undefined {
    return this.opened?.currentRevisions.get(paragraphId);
  }

  /** The open draft of `paragraphId` by `author`, which the editor resumes. */
  ownDraft(paragraphId: string, author: string | null | undefined): Draft | undefined {
    return this.opened ? ownDraft(this.opened.review, paragraphId, author) : undefined;
  }

  /** The grid row holding a paragraph, or -1. */
  rowOf(paragraphId: string): number {
    const grid = this.align.grid;
    if (this.rowIndex?.grid !== grid) {
      const rowOf = new Map<string, number>();
      grid.rows.forEach((r, i) => {
        for (const ids of Object.values(r.cells)) for (const id of ids) rowOf.set(id, i);
      });
      this.rowIndex = { grid, rowOf };
    }
    return this.rowIndex.rowOf.get(paragraphId) ?? -1;
  }

  /** The state as of the latest change; null until the work is loaded. */
  get view(): WorkViewModel | null {
    const o = this.opened;
    if (!o) return null;
    const key = [this.version, this.align.grid, this.columns.visible, this.columns.baseId];
    if (this.cached && this.cached.key.every((k, i) => k === key[i])) return this.cached.view;
    const grid = this.align.grid;
    const marks = this.gridMarks(o.work, grid);
    const view: WorkViewModel = {
      work: o.work, paragraphs: o.paragraphs, current: o.texts, textsVersion: this.textsVersion, touchedRows: this.touchedRows,
      grid, aligning: o.aligning, names: o.names, proposals: o.review.proposals, pending: this.pending(o.review.proposals), drafts: o.review.drafts,
      confirmed: marks.confirmed, flagged: marks.flagged, approvals: o.approvals, visible: this.columns.visible, baseId: this.columns.baseId,
    };
    this.cached = { key, view };
    return view;
  }

  /**
   * Applies one change to the open work: only what it names is updated
   * (see `SessionChange`). Returns the grid rows whose texts changed.
   */
  apply(change: SessionChange): readonly number[] {
    const o = this.opened;
    if (!o) return [];
    let touched: number[] = [];
    switch (change.kind) {
      case 'revision': {
        const { view } = change;
        if (view.revision.workId !== o.work.id) return [];
        o.review = withRevision(o.review, view);
        if (view.state === 'approved') touched = this.approved(o, view.revision.paragraphId, view.revision.id, view.revision.text, view.events);
        break;
      }
      case 'comments':
        o.review = withComments(o.review, change.revisionId, change.comments);
        break;
      case 'alignment': {
        const aligning = new Set(o.aligning);
        aligning.delete(change.witnessId);
        o.aligning = aligning;
        this.alignOps.setHistory(change.witnessId, change.edits);
        this.align.replace(change.witnessId, change.alignment);
        this.touchedRows = null;
        this.textsVersion++;
        break;
      }
      case 'texts':
        for (const [id, c] of change.texts) {
          if (!o.paragraphs.has(id)) continue;
          o.currentRevisions.set(id, c);
          o.texts.set(id, c.text);
          const row = this.rowOf(id);
          if (row >= 0) touched.push(row);
        }
        break;
      case 'names':
        o.names = change.names;
        break;
    }
    if (touched.length > 0) {
      this.textsVersion++;
      this.touchedRows = touched;
    }
    this.lastChange = change;
    this.version++;
    this.host.requestUpdate();
    return touched;
  }

  /** Loads the work again from storage (a work-wide change). */
  reload(): void {
    void this.loading.run();
  }

  private approved(o: Opened, paragraphId: string, revisionId: string, text: string, events: RevisionViewEvents): number[] {
    const approval = [...events].reverse().find((e) => e.to === 'approved');
    if (!approval || !o.paragraphs.has(paragraphId)) return [];
    const witnessId = o.witnessOf.get(paragraphId);
    if (witnessId && !o.approvals.some((a) => a.revisionId === revisionId)) {
      o.approvals = [...o.approvals, { witnessId, paragraphId, revisionId, author: approval.author, at: approval.at, ...(approval.note ? { note: approval.note } : {}) }];
    }
    const before = o.approvedBy.get(paragraphId);
    if (before !== undefined && before >= approval.id) return [];
    o.approvedBy.set(paragraphId, approval.id);
    o.currentRevisions.set(paragraphId, { text, revisionId });
    o.texts.set(paragraphId, text);
    const row = this.rowOf(paragraphId);
    return row >= 0 ? [row] : [];
  }

  private open(ws: Workspace, stored: StoredWork, signal: AbortSignal): void {
    const texts = new Map<string, string>();
    for (const [id, c] of stored.current) texts.set(id, c.text);
    this.opened = {
      work: stored.work, paragraphs: paragraphsById(stored.work),
      witnessOf: new Map(stored.work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, w.id] as const))), currentRevisions: new Map(stored.current), texts,
      aligning: stored.aligning, names: stored.names, review: stored.review, approvals: stored.approvals, approvedBy: new Map(),
    };
    this.touchedRows = null;
    this.textsVersion++;
    this.lastChange = null;
    this.version++;
    this.align.reset(stored.work, stored.pairwise);
    this.alignOps.reset(stored.editHistory);
    void this.columns.restore(stored.work);
    void this.restoreUndo(ws, stored.work, signal);
    this.listen(ws, stored.work.id);
    if (stored.aligning.size > 0) void this.alignMissing(stored, signal);
  }

  /** The alignment undo history kept from the last visit (see undo-history.ts). */
  private async restoreUndo(ws: Workspace, work: Work, signal: AbortSignal): Promise<void> {
    const stored = parseUndo(await ws.settings.get(undoSettingKey(work.id)), new Set(work.witnesses.map((w) => w.id)), UNDO_LIMIT);
    // Dropped when another work opened meanwhile, or when the person already made a step of their own.
    if (!stored || signal.aborted || this.opened?.work !== work || this.align.canUndo || this.align.canRedo) return;
    this.align.restoreHistory(stored);
  }

  private listen(ws: Workspace, workId: string): void {
    this.releaseRemote?.();
    // This tab's own writes are not echoed back: they are applied by whoever made them.
    this.releaseRemote = ws.onRemoteChange((m) => {
      this.incoming = this.incoming.then(async () => {
        const change = await changeOfMessage(ws, workId, m);
        if (this.opened?.work.id !== workId) return;
        if (change === RELOAD) this.reload();
        else if (change) this.apply(change);
      }).catch((e: unknown) => this.host.errors?.report(e));
    });
  }

  /** Aligns, in a worker, each translation that had no stored alignment, and keeps the result for the next opening. */
  private async alignMissing(stored: StoredWork, signal: AbortSignal): Promise<void> {
    const original = originalOf(stored.work);
    const ws = this.host.storage;
    if (!original || !ws) return;
    for (const t of translationsOf(stored.work).filter((w) => stored.aligning.has(w.id))) {
      let alignment: Alignment;
      try {
        alignment = await alignInBackground(original, t, signal);
      } catch {
        return; // Aborted: another work was opened, or the view closed.
      }
      if (signal.aborted || this.opened?.work !== stored.work) return;
      this.apply({ kind: 'alignment', witnessId: t.id, alignment, edits: [] });
      // Without an editor name storage declines, and it is computed again next time.
      await ws.alignments.saveAlignment(stored.work.id, t.id, alignment, []);
    }
  }

  private gridMarks(work: Work, grid: WorkAlignment): { confirmed: boolean[]; flagged: boolean[] } {
    if (this.marks?.grid === grid) return this.marks;
    const original = originalOf(work);
    const confirmed = original ? confirmedGridRows(grid, original, translationsOf(work), this.align.pairwise) : [];
    this.marks = { grid, confirmed, flagged: grid.rows.map((r, i) => r.flagged && !confirmed[i]) };
    return this.marks;
  }

  private pending(proposals: readonly Proposal[]): Map<string, PendingRevision[]> {
    if (this.pendingOf?.proposals === proposals) return this.pendingOf.map;
    const map = new Map<string, PendingRevision[]>();
    for (const p of proposals) {
      const list = map.get(p.paragraphId);
      if (list) list.push(p);
      else map.set(p.paragraphId, [p]);
    }
    this.pendingOf = { proposals, map };
    return map;
  }
}

type RevisionViewEvents = RevisionView['events'];

function isPxError(e: unknown): e is PxError {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' && typeof (e as { message?: unknown }).message === 'string';
}
