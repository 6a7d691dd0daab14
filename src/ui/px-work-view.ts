import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { divergence } from '../core/diff/divergence.ts';
import { originalOf, translationsOf, type Paragraph, type Witness, type Work } from '../core/model/work.ts';
import type { RevisionHistoryEntry } from '../storage/index.ts';
import {
  clockContext, editorContext, errorReporterContext, idFactoryContext, notifierContext, shortcutsContext, storageContext, unsavedEditsContext,
  type Clock, type EditorIdentity, type ErrorReporter, type Notifier, type PxStorage, type ShortcutRegistry, type UnsavedEdits,
} from './contexts.ts';
import type { IdFactory } from '../core/ids.ts';
import type { AlignmentEdit } from '../core/bundle/bundle-types.ts';
import { WorkLoadController, type LoadedWork } from './controllers/work-load-controller.ts';
import { AlignmentEditController, type AppliedEdit } from './controllers/alignment-edit-controller.ts';
import { ReviewQueueController } from './controllers/review-queue-controller.ts';
import { DivergenceController } from './controllers/divergence-controller.ts';
import { confirmedGridRows } from './controllers/pairwise-rows.ts';
import { performRevisionAction } from './controllers/revision-actions.ts';
import { SearchController } from './controllers/search-controller.ts';
import { saveEditedAlignments } from './controllers/save-alignment.ts';
import { cellText, compareColumns, defaultBaseId, paragraphsById, workWithTexts } from './px-compare-model.ts';
import { checksInBackground } from './controllers/run-in-worker.ts';
import { NAMES_FORMAT, NAMES_VERSION } from '../core/names/index.ts';
import type { AlignOpDetail, RevisionActionDetail, SearchChangeDetail } from './px-compare-events.ts';
import type { PendingRevision } from './px-row-template.ts';
import { pendingByParagraph, reviewItemsOf } from './px-review-items.ts';
import type { ReviewItem } from './px-review-queue.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { EditConflict } from './px-edit-paragraph.ts';
import type { RevisionCommentDetail } from './px-review-comments.ts';
import type { PxCompareView } from './px-compare-view.ts';
import type { PxSearchBar } from './px-search-bar.ts';
import { WORK_SHORTCUTS, WORK_SHORTCUTS_GROUP, viewKeyAction } from './work-shortcuts.ts';
import { workViewStyles } from './px-compare-workbench.styles.ts';
import './px-compare-view.ts';
import './px-search-bar.ts';
import './px-heatmap-gutter.ts';
import { sideTemplate, type SideTab } from './px-review-side.ts';
import './px-align-toolbar.ts';
import './px-witness-picker.ts';
import './px-export-menu.ts';
import type { Approval } from '../core/edition/edition.ts';
import { approvalsOf } from './controllers/approvals-of.ts';


/** Matches the stylesheet's narrow layout. */
const COMPACT_QUERY = window.matchMedia('(max-width: 760px)');

/** The checks wait this long after a change, so a burst of edits runs them once, after the grid painted. */
const CHECKS_DELAY_MS = 300;

/**
 * The workbench for one work: loads it from storage (through context), and
 * wires the compare grid, search, heat-map, alignment editing, revisions and
 * the review queue. It holds the state; the elements below only render it
 * and send intent up as events.
 */
@customElement('px-work-view')
export class PxWorkView extends LitElement {
  static override styles = workViewStyles;

  @property() workId = '';
  @consume({ context: storageContext, subscribe: true }) @state() storage?: PxStorage;
  @consume({ context: editorContext, subscribe: true }) @state() editor?: EditorIdentity;
  @consume({ context: errorReporterContext, subscribe: true }) errors?: ErrorReporter;
  @consume({ context: notifierContext, subscribe: true }) notifier?: Notifier;
  @consume({ context: shortcutsContext, subscribe: true }) shortcuts?: ShortcutRegistry;
  @consume({ context: unsavedEditsContext, subscribe: true }) unsaved?: UnsavedEdits;
  @consume({ context: idFactoryContext, subscribe: true }) ids?: IdFactory;
  @consume({ context: clockContext, subscribe: true }) clock?: Clock;

  @state() private visible: string[] | null = null;
  @state() private baseId = '';
  @state() private focused = { row: 0, witnessId: '' };
  @state() private editing: { row: number; witnessId: string } | null = null;
  @state() private conflict: EditConflict | null = null;
  @state() private side: SideTab = 'review';
  /** Phone-sized screens: tools and panels start folded so the text gets the screen. */
  @state() private compact = COMPACT_QUERY.matches;
  @state() private sideOpen = !COMPACT_QUERY.matches;
  @state() private history: { paragraphId: string; witnessId: string; entries: readonly RevisionHistoryEntry[] } | null = null;
  @state() private range = { first: 0, last: -1 };
  /** Findings of the checks on the current texts and alignment. */
  @state() findings: readonly FindingLike[] = [];
  /** Approvals recorded for this work, for the export's revision statement. */
  @state() private approvals: readonly Approval[] = [];
  private checksTimer: ReturnType<typeof setTimeout> | undefined;
  private checksAbort: AbortController | null = null;
  private checkedKey: unknown = null;

  readonly loader = new WorkLoadController(this);
  readonly align = new AlignmentEditController(this);
  readonly review = new ReviewQueueController(this);
  readonly divergence = new DivergenceController(this);
  readonly search = new SearchController(this);
  /** Revision each open editor started from: a save against it detects a stale base. */
  private editBase = new Map<string, { text: string; revisionId: string }>();
  /** Translation id → manual alignment edits, saved with the alignment. */
  private alignEdits = new Map<string, readonly AlignmentEdit[]>();
  private paragraphs = new Map<string, Paragraph>();
  private current = new Map<string, string>();
  private releaseShortcuts: (() => void) | null = null;
  private releaseUnsaved: (() => void) | null = null;
  private releaseRemote: (() => void) | null = null;
  @query('px-compare-view') private compare!: PxCompareView;
  @query('px-search-bar') private searchBar!: PxSearchBar;

  override connectedCallback(): void {
    super.connectedCallback();
    this.loader.onAligned = (value) => {
      for (const [id, a] of value.pairwise) if (!this.align.pairwise.has(id)) this.align.add(id, a);
    };
    this.addEventListener('keydown', this.onKey);
    COMPACT_QUERY.addEventListener('change', this.onCompact);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseShortcuts?.();
    this.releaseUnsaved?.();
    this.releaseRemote?.();
    this.releaseShortcuts = this.releaseUnsaved = this.releaseRemote = null;
    clearTimeout(this.checksTimer);
    this.checksAbort?.abort();
    COMPACT_QUERY.removeEventListener('change', this.onCompact);
  }

  private onCompact = (e: MediaQueryListEvent): void => {
    this.compact = e.matches;
    this.sideOpen = !e.matches;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('storage') || changed.has('workId')) && this.storage && this.workId) void this.open();
    if (changed.has('shortcuts' as keyof PxWorkView) || !this.releaseShortcuts) {
      this.releaseShortcuts?.();
      this.releaseShortcuts = this.shortcuts?.register(WORK_SHORTCUTS_GROUP, WORK_SHORTCUTS) ?? null;
    }
    if (!this.releaseUnsaved && this.unsaved) {
      this.releaseUnsaved = this.unsaved.register(() => [...(this.compare?.shadowRoot?.querySelectorAll('px-edit-paragraph') ?? [])].some((e) => e.dirty));
    }
  }

  private get loaded(): LoadedWork | null {
    return this.loader.state.status === 'ready' ? this.loader.state.value : null;
  }

  private async open(): Promise<void> {
    const ws = this.storage;
    if (!ws) return;
    const state = await this.loader.load(ws, this.workId);
    if (state.status === 'error') {
      this.errors?.report(state.error);
      return;
    }
    if (state.status !== 'ready') return;
    const { work, pairwise } = state.value;
    this.paragraphs = paragraphsById(work);
    this.syncCurrent();
    this.align.reset(work, pairwise);
    this.alignEdits = new Map(state.value.editHistory);
    this.baseId = defaultBaseId(work);
    this.visible = null;
    void this.review.reload(ws, work.id);
    void this.loadApprovals();
    // Another tab's approvals and proposals show here too (this tab's own writes are not echoed back).
    this.releaseRemote?.();
    this.releaseRemote = ws.onRemoteChange((m) => {
      if (('workId' in m && m.workId === work.id && (m.kind === 'paragraph' || m.kind === 'revision' || m.kind === 'comment')) || m.kind === 'workspace') void this.refreshAfterChange();
    });
  }

  private async refreshAfterChange(paragraphId?: string, witnessId?: string): Promise<void> {
    const ws = this.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    await this.loader.refreshTexts(ws);
    this.syncCurrent();
    await this.review.reload(ws, work.id);
    void this.loadApprovals();
    const pid = paragraphId ?? this.history?.paragraphId;
    if (pid && this.history?.paragraphId === pid) await this.loadHistory(pid, witnessId ?? this.history.witnessId);
  }

  private async loadApprovals(): Promise<void> {
    const ws = this.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    const witnessOf = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, w.id] as const)));
    try {
      this.approvals = await approvalsOf(ws, work.id, (id) => witnessOf.get(id));
    } catch (e) {
      this.errors?.report(e);
    }
  }

  /** The work as currently approved, for the export (rebuilt only when the texts change). */
  private exportWork(work: Work): Work {
    if (this.derived.exportKey[0] !== work || this.derived.exportKey[1] !== this.current) {
      this.derived.exportKey = [work, this.current];
      this.derived.exportWork = workWithTexts(work, this.current);
    }
    return this.derived.exportWork ?? work;
  }

  private syncCurrent(): void {
    this.current = new Map([...(this.loaded?.current ?? new Map()).entries()].map(([id, c]) => [id, c.text]));
  }

  private textOf = (row: number, witnessId: string): string => {
    const r = this.align.grid.rows[row];
    return r ? cellText(r, witnessId, this.paragraphs, this.current) : '';
  };

  protected override updated(): void {
    const work = this.loaded?.work;
    if (!work) return;
    const grid = this.align.grid;
    const columns = compareColumns(work, this.visible, this.baseId);
    const diffed = columns.filter((c) => c.diffed);
    // Without a second translation in the base's language, the heat-map shows alignment doubt instead.
    this.scheduleChecks();
    this.divergence.compute(grid.rows.length, [grid, this.current, this.baseId, this.visible], (row) => {
      const base = this.textOf(row, this.baseId);
      if (diffed.length === 0 || !base) return 1 - (grid.rows[row]?.score ?? 1);
      let worst = 0;
      for (const c of diffed) {
        const t = this.textOf(row, c.witness.id);
        worst = Math.max(worst, t ? divergence(base, t, c.witness.lang) : 1);
      }
      return worst;
    });
  }

  /**
   * The checks read the whole work, so they run in a worker once the grid has
   * painted, and again only when the texts or the alignment change.
   */
  private scheduleChecks(): void {
    const loaded = this.loaded;
    const key = [this.align.grid, this.current];
    if (!loaded || (this.checkedKey as unknown[] | null)?.every((k, i) => k === key[i])) return;
    this.checkedKey = key;
    clearTimeout(this.checksTimer);
    this.checksAbort?.abort();
    const ac = new AbortController();
    this.checksAbort = ac;
    this.checksTimer = setTimeout(() => {
      const names = { format: NAMES_FORMAT, version: NAMES_VERSION, entries: loaded.names } as const;
      checksInBackground(workWithTexts(loaded.work, this.current), this.align.grid, names, ac.signal).then(
        (findings) => {
          if (!ac.signal.aborted) this.findings = findings;
        },
        // A failing check must not take the grid down with it: report it and show no findings.
        (e: unknown) => {
          if (ac.signal.aborted) return;
          this.findings = [];
          this.errors?.report(e);
        },
      );
    }, CHECKS_DELAY_MS);
  }

  override render() {
    const s = this.loader.state;
    if (s.status === 'error') return html`<p role="alert" class="message">${s.error.message} ${s.error.hint}</p>`;
    const loaded = this.loaded;
    if (!loaded) return html`<p role="status" class="message">Loading the work…</p>`;
    const { work } = loaded;
    const grid = this.align.grid;
    const focusLabel = work.witnesses.find((w) => w.id === this.focused.witnessId)?.label ?? '';
    return html`
      <div class="bar">
        <div class="titleline">
          <h1 title=${work.meta.title ?? work.id}>${work.meta.title ?? work.id}</h1>
          <span class="meta">${[work.meta.date, work.meta.archiveRef, `${grid.rows.length.toLocaleString('en')} rows`].filter(Boolean).join(' · ')}</span>
          ${loaded.aligning.size > 0 ? html`<span class="meta aligning-status" role="status">Aligning ${loaded.aligning.size} translation${loaded.aligning.size > 1 ? 's' : ''} with the original (once; the result is kept)…</span>` : nothing}
          <px-export-menu .work=${this.exportWork(work)} .alignment=${loaded.aligning.size > 0 ? null : grid} .names=${loaded.names}
            .approvals=${this.approvals}></px-export-menu>
          <button class="toggle" aria-expanded=${this.sideOpen ? 'true' : 'false'} @click=${() => (this.sideOpen = !this.sideOpen)}>Panels</button>
        </div>
        <div class="tools">
          <px-search-bar .count=${this.search.matches.length} .active=${this.search.active} .error=${this.search.error}
            @search-change=${this.onSearch} @search-step=${(e: CustomEvent<{ delta: 1 | -1 }>) => this.stepMatch(e.detail.delta)}></px-search-bar>
          <details class="columns"><summary>Columns and base</summary>
            <px-witness-picker .witnesses=${work.witnesses} .visible=${this.visible ?? work.witnesses.map((w) => w.id)} .baseId=${this.baseId}
              @witness-visibility=${this.onVisibility} @base-change=${this.onBase}></px-witness-picker>
          </details>
        </div>
        <details class="align" ?open=${!this.compact}><summary>Alignment tools</summary>
          <px-align-toolbar .row=${this.focused.row} .witnessId=${this.focused.witnessId} .witnessLabel=${focusLabel}
            .canUndo=${this.align.canUndo} .canRedo=${this.align.canRedo} @align-op=${this.onAlignOp}></px-align-toolbar>
        </details>
      </div>
      <div class="body" @row-jump=${(e: CustomEvent<{ row: number }>) => void this.compare?.focusRow(e.detail.row)}
        @revision-action=${this.onRevisionAction} @revision-comment=${this.onComment}>
        <px-compare-view .work=${work} .alignment=${grid} .current=${this.current} .visible=${this.visible} .baseId=${this.baseId}
          .findings=${this.findings} .names=${loaded.names} .searchMatches=${this.search.matches} .activeMatch=${this.search.active}
          .aligning=${loaded.aligning} .pending=${this.pendingByParagraph()} .editing=${this.editing} .conflict=${this.conflict} .confirmed=${this.confirmedRows()}
          @row-focus=${this.onRowFocus} @edit-request=${this.onEditRequest} @edit-cancel=${this.onEditCancel}
          @base-change=${this.onBase} @witness-visibility=${this.onVisibility}
          @rows-visible=${(e: CustomEvent<{ first: number; last: number }>) => (this.range = e.detail)}></px-compare-view>
        <px-heatmap-gutter .values=${this.divergence.values} .flagged=${this.derived.flagged}
          .first=${this.range.first} .last=${this.range.last} .focusedRow=${this.focused.row}></px-heatmap-gutter>
        ${this.sideOpen ? this.renderSide() : nothing}
      </div>`;
  }

  private renderSide() {
    const work = this.loaded?.work;
    return sideTemplate({
      tab: this.side, reviewItems: work ? this.reviewItems(work) : [], findings: this.findings, witnesses: work?.witnesses ?? [],
      history: this.history, currentRevisionId: this.loaded?.current.get(this.history?.paragraphId ?? '')?.revisionId ?? '',
      choose: (tab) => this.showSide(tab),
    });
  }

  private showSide(tab: SideTab): void {
    this.side = tab;
    if (tab === 'history') void this.loadHistory();
  }

  /** Derived values recomputed only when their inputs change (the grid re-renders on every scroll frame). */
  private derived = {
    proposals: null as unknown, pending: new Map<string, PendingRevision[]>(), grid: null as unknown, confirmed: [] as boolean[], flagged: [] as boolean[],
    reviewKey: [] as unknown[], review: [] as ReviewItem[], exportKey: [] as unknown[], exportWork: null as Work | null,
  };

  private reviewItems(work: Work): ReviewItem[] {
    const key = [this.review.proposals, this.align.grid, this.current];
    if (key.some((k, i) => k !== this.derived.reviewKey[i])) {
      this.derived.reviewKey = key;
      this.derived.review = reviewItemsOf(this.review.proposals, work, this.align.grid, this.current, this.paragraphs);
    }
    return this.derived.review;
  }

  private pendingByParagraph(): Map<string, PendingRevision[]> {
    if (this.derived.proposals !== this.review.proposals) {
      this.derived.proposals = this.review.proposals;
      this.derived.pending = pendingByParagraph(this.review.proposals);
    }
    return this.derived.pending;
  }

  private confirmedRows(): boolean[] {
    const work = this.loaded?.work;
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return [];
    this.refreshGridDerived(work, original);
    return this.derived.confirmed;
  }

  private refreshGridDerived(work: Work, original: Witness): void {
    if (this.derived.grid === this.align.grid) return;
    this.derived.grid = this.align.grid;
    this.derived.confirmed = confirmedGridRows(this.align.grid, original, translationsOf(work), this.align.pairwise);
    this.derived.flagged = this.align.grid.rows.map((r, i) => r.flagged && !this.derived.confirmed[i]);
  }

  private onRowFocus = (e: CustomEvent<{ row: number; witnessId: string | null }>): void => {
    this.focused = { row: e.detail.row, witnessId: e.detail.witnessId ?? this.focused.witnessId };
    if (this.side === 'history') void this.loadHistory();
  };

  private onEditRequest = (e: CustomEvent<{ row: number; witnessId: string }>): void => {
    const ids = this.align.grid.rows[e.detail.row]?.cells[e.detail.witnessId] ?? [];
    for (const id of ids) {
      const c = this.loaded?.current.get(id);
      if (c) this.editBase.set(id, c);
    }
    this.conflict = null;
    this.editing = e.detail;
    void this.updateComplete.then(() => this.compare?.updateComplete).then(() => this.compare?.shadowRoot?.querySelector('px-edit-paragraph')?.focus());
  };

  private onEditCancel = (): void => {
    this.closeEditor();
  };

  private closeEditor(): void {
    const at = this.editing;
    this.editing = null;
    this.conflict = null;
    if (at) void this.compare?.focusRow(at.row);
  }

  private onRevisionAction = async (e: CustomEvent<RevisionActionDetail>): Promise<void> => {
    const ws = this.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    const name = await this.editor?.ensureName();
    if (!name) {
      this.notifier?.notify({ message: 'An editor name is needed to record who made the change; nothing was saved.' });
      return;
    }
    const d = e.detail;
    const outcome = await performRevisionAction(ws, work.id, d, this.editBase.get(d.paragraphId) ?? this.loaded?.current.get(d.paragraphId));
    await this.refreshAfterChange(d.paragraphId, d.witnessId);
    if (outcome.kind === 'conflict') {
      this.conflict = outcome.conflict;
      this.editBase.set(d.paragraphId, { text: outcome.conflict.theirs, revisionId: outcome.theirsRevisionId });
    } else if (outcome.kind === 'error') {
      this.errors?.report(outcome.error);
    } else {
      this.notifier?.notify({ message: outcome.message });
      if (outcome.closeEditor && this.editing) {
        this.editBase.delete(d.paragraphId);
        this.closeEditor();
      }
    }
  };

  /** Stores a comment on a proposed revision, signed with the editor name; the queue and history show it. */
  private onComment = async (e: CustomEvent<RevisionCommentDetail>): Promise<void> => {
    const ws = this.storage;
    const d = e.detail;
    if (!ws || !this.loaded) return d.settle(false);
    const name = await this.editor?.ensureName();
    if (!name) {
      this.notifier?.notify({ message: 'An editor name is needed to sign the comment; it was not saved.' });
      return d.settle(false);
    }
    const r = await ws.comments.addComment(d.revisionId, d.text);
    d.settle(r.ok);
    if (!r.ok) {
      this.errors?.report(r.error);
      return;
    }
    await this.refreshAfterChange(d.paragraphId);
  };

  private async loadHistory(paragraphId?: string, witnessId?: string): Promise<void> {
    const ws = this.storage;
    const work = this.loaded?.work;
    const wid = witnessId ?? this.focused.witnessId;
    const pid = paragraphId ?? this.align.grid.rows[this.focused.row]?.cells[wid]?.[0];
    if (!ws || !work || !pid) return;
    const r = await ws.history.paragraphHistory(work.id, pid);
    if (r.ok) this.history = { paragraphId: pid, witnessId: wid, entries: r.value };
    else this.errors?.report(r.error);
  }

  private onAlignOp = async (e: CustomEvent<AlignOpDetail>): Promise<void> => {
    const { op, row, witnessId } = e.detail;
    let applied: AppliedEdit | null;
    if (op === 'undo') applied = this.align.undo();
    else if (op === 'redo') applied = this.align.redo();
    else {
      const r = this.align.apply(op, row, witnessId);
      if (!r.ok) {
        this.errors?.report(r.error);
        return;
      }
      applied = r.value;
    }
    if (applied) await this.persistAlignment(applied);
  };

  /** Saves run one after another: two quick edits must not both append to the same old history. */
  private alignSaves: Promise<void> = Promise.resolve();
  private persistAlignment(applied: AppliedEdit): Promise<void> {
    this.alignSaves = this.alignSaves.then(() => this.saveAlignment(applied));
    return this.alignSaves;
  }

  /** Saves every pairwise alignment the edit touched, with the edit in its history. */
  private async saveAlignment(applied: AppliedEdit): Promise<void> {
    const ws = this.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    const author = await this.editor?.ensureName();
    if (!author) {
      this.notifier?.notify({ message: 'The alignment change is shown but not saved: an editor name is needed to record it.' });
      return;
    }
    const at = new Date(this.clock?.now() ?? Date.now()).toISOString();
    const error = await saveEditedAlignments(ws, work.id, applied, this.align.pairwise, this.alignEdits, { id: this.ids ?? (() => at), at, author });
    if (error) this.errors?.report(error);
  }

  private onSearch = (e: CustomEvent<SearchChangeDetail>): void => {
    const ids = (this.loaded?.work.witnesses ?? []).map((w) => w.id).filter((id) => this.visible === null || this.visible.includes(id));
    this.search.run(e.detail.query, e.detail.regex, this.align.grid.rows.length, ids, this.textOf);
    this.stepMatch(1);
  };

  /** Shows the next or previous match; focus stays in the search box. */
  private stepMatch(delta: 1 | -1): void {
    const m = this.search.step(delta, this.focused.row);
    const work = this.loaded?.work;
    if (!m || !work) return;
    const column = compareColumns(work, this.visible, this.baseId).findIndex((c) => c.witness.id === m.witnessId);
    void this.compare?.focusRow(m.row, Math.max(0, column), false);
  }

  private onVisibility = (e: CustomEvent<{ witnessId: string; visible: boolean }>): void => {
    const all = this.loaded?.work.witnesses.map((w) => w.id) ?? [];
    const now = new Set(this.visible ?? all);
    if (e.detail.visible) now.add(e.detail.witnessId);
    else if (now.size > 1) now.delete(e.detail.witnessId);
    this.visible = all.filter((id) => now.has(id));
  };

  private onBase = (e: CustomEvent<{ witnessId: string }>): void => {
    this.baseId = e.detail.witnessId;
  };

  private onKey = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const action = viewKeyAction(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'search') this.searchBar?.focus();
    else if (action === 'next-match') this.stepMatch(1);
    else if (action === 'previous-match') this.stepMatch(-1);
    else void this.onAlignOp(new CustomEvent('align-op', { detail: { op: action, row: this.focused.row, witnessId: this.focused.witnessId } }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'px-work-view': PxWorkView;
  }
}
