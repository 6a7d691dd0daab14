import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { divergence } from '../core/diff/divergence.ts';
import { originalOf, type Paragraph } from '../core/model/work.ts';
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
import { cellText, compareColumns, defaultBaseId, paragraphsById, workWithTexts } from './px-compare-model.ts';
import { runChecks } from '../core/checks/index.ts';
import { NAMES_FORMAT, NAMES_VERSION } from '../core/names/index.ts';
import { findMatches, searchPattern, type SearchMatch } from './px-search-matches.ts';
import type { AlignOpDetail, RevisionActionDetail, SearchChangeDetail } from './px-compare-events.ts';
import type { PendingRevision } from './px-row-template.ts';
import type { ReviewItem } from './px-review-queue.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { EditConflict } from './px-edit-paragraph.ts';
import type { PxCompareView } from './px-compare-view.ts';
import type { PxSearchBar } from './px-search-bar.ts';
import type { PxError } from '../core/result.ts';
import { WORK_SHORTCUTS, WORK_SHORTCUTS_GROUP, viewKeyAction } from './work-shortcuts.ts';
import { workViewStyles } from './px-compare-workbench.styles.ts';
import './px-compare-view.ts';
import './px-search-bar.ts';
import './px-heatmap-gutter.ts';
import './px-findings-panel.ts';
import './px-review-queue.ts';
import './px-history-panel.ts';
import './px-align-toolbar.ts';
import './px-witness-picker.ts';

type SideTab = 'review' | 'findings' | 'history';

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
  @state() private searchMatches: SearchMatch[] = [];
  @state() private activeMatch = -1;
  @state() private searchError: PxError | null = null;
  @state() private side: SideTab = 'review';
  /** Phone-sized screens: tools and panels start folded so the text gets the screen. */
  @state() private compact = COMPACT_QUERY.matches;
  @state() private sideOpen = !COMPACT_QUERY.matches;
  @state() private history: { paragraphId: string; witnessId: string; entries: readonly RevisionHistoryEntry[] } | null = null;
  @state() private range = { first: 0, last: -1 };
  /** Findings of the checks on the current texts and alignment. */
  @state() findings: readonly FindingLike[] = [];
  private checksTimer: ReturnType<typeof setTimeout> | undefined;
  private checkedKey: unknown = null;

  readonly loader = new WorkLoadController(this);
  readonly align = new AlignmentEditController(this);
  readonly review = new ReviewQueueController(this);
  readonly divergence = new DivergenceController(this);
  /** Revision each open editor started from: a save against it detects a stale base. */
  private editBase = new Map<string, { text: string; revisionId: string }>();
  /** Translation id → manual alignment edits, saved with the alignment. */
  private alignEdits = new Map<string, readonly AlignmentEdit[]>();
  private paragraphs = new Map<string, Paragraph>();
  private current = new Map<string, string>();
  private releaseShortcuts: (() => void) | null = null;
  private releaseUnsaved: (() => void) | null = null;
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
    this.releaseShortcuts = this.releaseUnsaved = null;
    clearTimeout(this.checksTimer);
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
   * The checks read the whole work, so they run once the grid has painted and
   * again only when the texts or the alignment change.
   */
  private scheduleChecks(): void {
    const loaded = this.loaded;
    const key = [this.align.grid, this.current];
    if (!loaded || (this.checkedKey as unknown[] | null)?.every((k, i) => k === key[i])) return;
    this.checkedKey = key;
    clearTimeout(this.checksTimer);
    this.checksTimer = setTimeout(() => {
      const names = { format: NAMES_FORMAT, version: NAMES_VERSION, entries: loaded.names } as const;
      // A failing check must not take the grid down with it: report it once and show no findings.
      try {
        this.findings = runChecks(workWithTexts(loaded.work, this.current), this.align.grid, names);
      } catch (e) {
        this.findings = [];
        this.errors?.report(e);
      }
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
          <button class="toggle" aria-expanded=${this.sideOpen ? 'true' : 'false'} @click=${() => (this.sideOpen = !this.sideOpen)}>Panels</button>
        </div>
        <div class="tools">
          <px-search-bar .count=${this.searchMatches.length} .active=${this.activeMatch} .error=${this.searchError}
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
        @revision-action=${this.onRevisionAction}>
        <px-compare-view .work=${work} .alignment=${grid} .current=${this.current} .visible=${this.visible} .baseId=${this.baseId}
          .findings=${this.findings} .names=${loaded.names} .searchMatches=${this.searchMatches} .activeMatch=${this.activeMatch}
          .aligning=${loaded.aligning} .pending=${this.pendingByParagraph()} .editing=${this.editing} .conflict=${this.conflict} .confirmed=${this.confirmedRows()}
          @row-focus=${this.onRowFocus} @edit-request=${this.onEditRequest} @edit-cancel=${this.onEditCancel}
          @base-change=${this.onBase} @witness-visibility=${this.onVisibility}
          @rows-visible=${(e: CustomEvent<{ first: number; last: number }>) => (this.range = e.detail)}></px-compare-view>
        <px-heatmap-gutter .values=${this.divergence.values} .flagged=${grid.rows.map((r) => r.flagged)}
          .first=${this.range.first} .last=${this.range.last} .focusedRow=${this.focused.row}></px-heatmap-gutter>
        ${this.sideOpen ? this.renderSide() : nothing}
      </div>`;
  }

  private renderSide() {
    const tabs: Array<[SideTab, string]> = [['review', `Review (${this.review.proposals.length})`], ['findings', `Findings (${this.findings.length})`], ['history', 'History']];
    const work = this.loaded?.work;
    const labels = new Map((work?.witnesses ?? []).map((w) => [w.id, w.label]));
    const witness = work?.witnesses.find((w) => w.id === this.history?.witnessId);
    return html`<aside aria-label="Panels">
      <div role="tablist" aria-label="Panels">${tabs.map(([id, label]) => html`<button role="tab" id=${`tab-${id}`} aria-selected=${this.side === id ? 'true' : 'false'}
        aria-controls="panel" @click=${() => this.showSide(id)}>${label}</button>`)}</div>
      <div role="tabpanel" id="panel" aria-labelledby=${`tab-${this.side}`}>
        ${this.side === 'review' ? html`<px-review-queue .items=${this.reviewItems()}></px-review-queue>`
          : this.side === 'findings' ? html`<px-findings-panel .findings=${this.findings} .labels=${labels}></px-findings-panel>`
          : html`<px-history-panel .paragraphId=${this.history?.paragraphId ?? ''} .witnessId=${this.history?.witnessId ?? ''}
              .textLang=${witness?.lang ?? 'en'} .currentRevisionId=${this.loaded?.current.get(this.history?.paragraphId ?? '')?.revisionId ?? ''}
              .entries=${this.history?.entries ?? []}></px-history-panel>`}
      </div></aside>`;
  }

  private showSide(tab: SideTab): void {
    this.side = tab;
    if (tab === 'history') void this.loadHistory();
  }

  private pendingCache: { key: unknown; value: Map<string, PendingRevision[]> } = { key: null, value: new Map() };
  private pendingByParagraph(): Map<string, PendingRevision[]> {
    if (this.pendingCache.key === this.review.proposals) return this.pendingCache.value;
    const out = new Map<string, PendingRevision[]>();
    for (const p of this.review.proposals) out.set(p.paragraphId, [...(out.get(p.paragraphId) ?? []), p]);
    this.pendingCache = { key: this.review.proposals, value: out };
    return out;
  }

  private confirmedCache: { key: unknown; value: boolean[] } = { key: null, value: [] };
  private confirmedRows(): boolean[] {
    const work = this.loaded?.work;
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return [];
    if (this.confirmedCache.key !== this.align.grid) {
      this.confirmedCache = { key: this.align.grid, value: confirmedGridRows(this.align.grid, original, work.witnesses.filter((w) => w.role === 'translation'), this.align.pairwise) };
    }
    return this.confirmedCache.value;
  }

  private reviewItems(): ReviewItem[] {
    const work = this.loaded?.work;
    const rowOf = new Map<string, number>();
    this.align.grid.rows.forEach((r, i) => Object.values(r.cells).forEach((ids) => ids.forEach((id) => rowOf.set(id, i))));
    return this.review.proposals.map((p) => {
      const w = work?.witnesses.find((x) => x.id === p.witnessId);
      return { proposal: p, currentText: this.current.get(p.paragraphId) ?? this.paragraphs.get(p.paragraphId)?.text ?? '', lang: w?.lang ?? 'en', witnessLabel: w?.label ?? p.witnessId, row: rowOf.get(p.paragraphId) ?? -1 };
    });
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
    await this.loader.refreshTexts(ws);
    this.syncCurrent();
    await this.review.reload(ws, work.id);
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
    if (this.history?.paragraphId === d.paragraphId) await this.loadHistory(d.paragraphId, d.witnessId);
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

  /** Saves every pairwise alignment the edit touched, with the edit in its history. */
  private async persistAlignment(applied: AppliedEdit): Promise<void> {
    const ws = this.storage;
    const loaded = this.loaded;
    if (!ws || !loaded) return;
    const author = await this.editor?.ensureName();
    if (!author) {
      this.notifier?.notify({ message: 'The alignment change is shown but not saved: an editor name is needed to record it.' });
      return;
    }
    const history = this.alignEdits;
    for (const witnessId of applied.witnessIds) {
      const a = this.align.pairwise.get(witnessId);
      if (!a) continue;
      const at = new Date(this.clock?.now() ?? Date.now()).toISOString();
      const edits = [...(history.get(witnessId) ?? []), { id: this.ids?.() ?? at, at, author, action: applied.action, rows: [...(applied.rows.get(witnessId) ?? [])] }];
      const saved = await ws.alignments.saveAlignment(loaded.work.id, witnessId, a, edits);
      if (!saved.ok) {
        this.errors?.report(saved.error);
        return;
      }
      history.set(witnessId, edits);
    }
  }

  private onSearch = (e: CustomEvent<SearchChangeDetail>): void => {
    const { query, regex } = e.detail;
    this.searchError = null;
    if (query === '') {
      this.searchMatches = [];
      this.activeMatch = -1;
      return;
    }
    const pattern = searchPattern(query, regex);
    if (!pattern.ok) {
      this.searchError = pattern.error;
      this.searchMatches = [];
      this.activeMatch = -1;
      return;
    }
    const work = this.loaded?.work;
    const ids = (work?.witnesses ?? []).map((w) => w.id).filter((id) => this.visible === null || this.visible.includes(id));
    this.searchMatches = findMatches(this.align.grid.rows.length, ids, this.textOf, pattern.value);
    this.activeMatch = -1;
    this.stepMatch(1);
  };

  private stepMatch(delta: 1 | -1): void {
    const n = this.searchMatches.length;
    if (n === 0) return;
    // The first step goes to the first match at or after the focused row.
    const from = this.activeMatch >= 0 ? this.activeMatch + delta : Math.max(0, this.searchMatches.findIndex((m) => m.row >= this.focused.row));
    this.activeMatch = ((from % n) + n) % n;
    const m = this.searchMatches[this.activeMatch];
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
