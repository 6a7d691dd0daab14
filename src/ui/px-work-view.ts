import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { divergence } from '../core/diff/divergence.ts';
import {
  clockContext, editorContext, errorReporterContext, idFactoryContext, notifierContext, shortcutsContext, storageContext, unsavedEditsContext,
  type Clock, type EditorIdentity, type ErrorReporter, type Notifier, type PxStorage, type ShortcutRegistry, type UnsavedEdits,
} from './contexts.ts';
import type { IdFactory } from '../core/ids.ts';
import { ChecksController } from './controllers/checks-controller.ts';
import { RevisionController } from './controllers/revision-controller.ts';
import { DivergenceController } from './controllers/divergence-controller.ts';
import { SearchController } from './controllers/search-controller.ts';
import { WorkSession, type WorkViewModel } from './controllers/work-session.ts';
import { WorkViewDerived } from './controllers/work-view-derived.ts';
import { cellText, compareColumns, shortWitnessLabel } from './px-compare-model.ts';
import type { AlignOpDetail, SearchChangeDetail } from './px-compare-events.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { PxCompareView } from './px-compare-view.ts';
import type { PxSearchBar } from './px-search-bar.ts';
import { WORK_SHORTCUTS, WORK_SHORTCUTS_GROUP, viewKeyOf } from './work-shortcuts.ts';
import { workViewStyles } from './px-compare-workbench.styles.ts';
import './px-compare-view.ts';
import './px-search-bar.ts';
import './px-heatmap-gutter.ts';
import { sideTemplate, type SideTab } from './px-review-side.ts';
import './px-align-toolbar.ts';
import './px-witness-picker.ts';
import './px-export-menu.ts';
import './px-legend.ts';
import './px-sentence-pairs.ts';
import { sentencePairsSession } from './controllers/sentence-pairs-session.ts';
import type { SentencePairs } from '../core/alignment/sentence-pairs.ts';
import { loadZhEnLexicon } from '../core/lexicon/index.ts';
import './px-import-revised.ts';
import './px-cite-passage.ts';
import { editionVersionOf } from '../core/export/citation/index.ts';
import './px-team-bar.ts';
import { ContextProvider } from '@lit/context';
import { decisionPolicyContext, decisionPolicyOf, SOLO_POLICY, teamContext, type TeamHub } from './team-hub.ts';
import './px-confirm-dialog.ts';
import type { PxConfirmDialog } from './px-confirm-dialog.ts';

/** Matches the stylesheet's narrow layout. */
const COMPACT_QUERY = window.matchMedia('(max-width: 760px)');

/**
 * The workbench for one work: wires the compare grid, search, heat-map,
 * alignment editing, revisions, the review queue and the export to the
 * controllers that hold their state (loading, checks, columns, alignment
 * actions, revisions). The elements below only render it and send intent up
 * as events, which this element routes.
 */
@customElement('px-work-view')
export class PxWorkView extends LitElement {
  static override styles = workViewStyles;

  @property() workId = '';
  /** A paragraph to open at (the stable link `#/work/<id>/p/<paragraph-id>`). */
  @property() paragraphId = '';
  private shownParagraph = '';
  @consume({ context: storageContext, subscribe: true }) @state() storage?: PxStorage;
  @consume({ context: editorContext, subscribe: true }) @state() editor?: EditorIdentity;
  @consume({ context: errorReporterContext, subscribe: true }) errors?: ErrorReporter;
  @consume({ context: notifierContext, subscribe: true }) notifier?: Notifier;
  @consume({ context: shortcutsContext, subscribe: true }) shortcuts?: ShortcutRegistry;
  @consume({ context: unsavedEditsContext, subscribe: true }) unsaved?: UnsavedEdits;
  @consume({ context: idFactoryContext, subscribe: true }) ids?: IdFactory;
  @consume({ context: clockContext, subscribe: true }) clock?: Clock;
  @consume({ context: teamContext, subscribe: true }) team?: TeamHub;

  @state() private focused = { row: 0, witnessId: '' };
  @state() private side: SideTab = 'review';
  /** Phone-sized screens: tools and panels start folded so the text gets the screen. */
  @state() private compact = COMPACT_QUERY.matches;
  @state() private sideOpen = !COMPACT_QUERY.matches;
  @state() private range = { first: 0, last: -1 };

  /** The open work: texts, grid, columns, drafts, proposals; every change goes through its `apply`. */
  readonly session = new WorkSession(this);
  readonly checks = new ChecksController(this);
  readonly divergence = new DivergenceController(this);
  readonly search = new SearchController(this);
  readonly revisions = new RevisionController(this, this.session, {
    cellParagraphs: (row, witnessId) => this.session.align.grid.rows[row]?.cells[witnessId] ?? [],
    focusedParagraph: () => ({ paragraphId: this.session.align.grid.rows[this.focused.row]?.cells[this.focused.witnessId]?.[0], witnessId: this.focused.witnessId }),
    focusRow: (row) => void this.compare?.focusRow(row),
    confirm: (q) => this.confirmDialog.ask(q),
  });
  private derived = new WorkViewDerived();
  /** On a shared work, who may approve or reject what (the review queue disables its buttons with the reason). */
  private readonly decisions = new ContextProvider(this, { context: decisionPolicyContext, initialValue: SOLO_POLICY });
  private releaseTeam: (() => void) | null = null;
  /** The view model the heat-map was last brought up to date with. */
  private heatOf: WorkViewModel | null = null;
  private releaseShortcuts: (() => void) | null = null;
  private releaseUnsaved: (() => void) | null = null;
  @query('px-compare-view') private compare!: PxCompareView;
  @query('px-search-bar') private searchBar!: PxSearchBar;
  @query('px-confirm-dialog') private confirmDialog!: PxConfirmDialog;

  /** Findings of the checks on the current texts and alignment. */
  get findings(): readonly FindingLike[] {
    return this.checks.findings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKey);
    COMPACT_QUERY.addEventListener('change', this.onCompact);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.releaseShortcuts?.();
    this.releaseUnsaved?.();
    this.releaseTeam?.();
    this.releaseShortcuts = this.releaseUnsaved = this.releaseTeam = null;
    COMPACT_QUERY.removeEventListener('change', this.onCompact);
  }

  private onCompact = (e: MediaQueryListEvent): void => {
    this.compact = e.matches;
    this.sideOpen = !e.matches;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('shortcuts' as keyof PxWorkView) || !this.releaseShortcuts) {
      this.releaseShortcuts?.();
      this.releaseShortcuts = this.shortcuts?.register(WORK_SHORTCUTS_GROUP, WORK_SHORTCUTS) ?? null;
    }
    if (!this.releaseTeam && this.team) {
      const team = this.team;
      const follow = () => this.decisions.setValue(decisionPolicyOf(team.state(this.workId)));
      follow();
      this.releaseTeam = team.subscribe(follow);
    }
    if (!this.releaseUnsaved && this.unsaved) {
      this.releaseUnsaved = this.unsaved.register(() => this.revisions.dirty.size > 0);
    }
  }

  /** A paragraph's current revision, the base of a proposal imported from a revised version. */
  private baseRevisionOf = (paragraphId: string): string | undefined => this.session.currentRevision(paragraphId)?.revisionId;

  private textOf = (row: number, witnessId: string): string => {
    const v = this.session.view;
    const r = v?.grid.rows[row];
    return v && r ? cellText(r, witnessId, v.paragraphs, v.current) : '';
  };

  protected override updated(): void {
    const v = this.session.view;
    if (!v) return;
    if (this.paragraphId && this.paragraphId !== this.shownParagraph) this.showParagraph(this.paragraphId);
    this.checks.schedule(v);
    this.updateHeat(v);
    this.followHistory();
  }

  /** The change applied last, as the history panel saw it. */
  private historySeen: unknown = null;

  /** A change to the paragraph whose history is open (from another tab too) shows in the panel. */
  private followHistory(): void {
    const change = this.session.lastChange;
    if (change === this.historySeen) return;
    this.historySeen = change;
    const pid = change?.kind === 'revision' ? change.view.revision.paragraphId : null;
    if (pid && this.side === 'history') this.revisions.refreshHistory(pid);
  }

  /**
   * Brings the heat-map up to date: a new grid, base or column choice recomputes every row
   * (in the background); changed texts recompute only the rows they touched, at once.
   */
  private updateHeat(v: WorkViewModel): void {
    const before = this.heatOf;
    if (before === v) return;
    this.heatOf = v;
    const { grid, baseId, visible } = v;
    const diffed = compareColumns(v.work, visible, baseId).filter((c) => c.diffed);
    // Without a second translation in the base's language, the heat-map shows alignment doubt instead.
    const divergenceOf = (row: number) => {
      const base = this.textOf(row, baseId);
      if (diffed.length === 0 || !base) return 1 - (grid.rows[row]?.score ?? 1);
      let worst = 0;
      for (const c of diffed) {
        const t = this.textOf(row, c.witness.id);
        worst = Math.max(worst, t ? divergence(base, t, c.witness.lang) : 1);
      }
      return worst;
    };
    const sameLayout = before !== null && before.work === v.work && before.grid === grid && before.baseId === baseId && before.visible === visible;
    if (sameLayout && before.textsVersion === v.textsVersion) return;
    if (sameLayout && v.touchedRows) this.divergence.recomputeRows(v.touchedRows, divergenceOf);
    else this.divergence.compute(grid.rows.length, [v.work, grid, baseId, visible, v.textsVersion], divergenceOf);
  }

  override render() {
    const error = this.session.error;
    if (error) return html`<p role="alert" class="message">${error.message} ${error.hint}</p>`;
    const v = this.session.view;
    if (!v) return html`<p role="status" class="message">Loading the work…</p>`;
    const { work, grid, current, visible, baseId } = v;
    const { editing, conflict } = this.revisions;
    const focusLabel = work.witnesses.find((w) => w.id === this.focused.witnessId)?.label ?? '';
    return html`
      <div class="bar">
        <div class="titleline">
          <h1 title=${work.meta.title ?? work.id}>${work.meta.title ?? work.id}</h1>
          <span class="meta">${[work.meta.date, work.meta.archiveRef, `${grid.rows.length.toLocaleString('en')} rows`].filter(Boolean).join(' · ')}</span>
          ${v.aligning.size > 0 ? html`<span class="meta aligning-status" role="status">Aligning ${v.aligning.size} translation${v.aligning.size > 1 ? 's' : ''} with the original (once; the result is kept)…</span>` : nothing}
          <px-export-menu .work=${this.derived.exportWork(work, current, v.textsVersion)} .alignment=${v.aligning.size > 0 ? null : grid} .names=${v.names}
            .approvals=${v.approvals} .loadSentencePairs=${this.loadSentencePairs} .review=${this.derived.review(v.proposals)}></px-export-menu>
          <px-import-revised .work=${this.derived.exportWork(work, current, v.textsVersion)} .baseRevisionOf=${this.baseRevisionOf}
            @revisions-imported=${() => this.session.reload()}></px-import-revised>
          <px-cite-passage .work=${work} .paragraphId=${grid.rows[this.focused.row]?.cells[this.focused.witnessId]?.[0] ?? ''}
            .editionVersion=${editionVersionOf(v.approvals.map((a) => a.at))}></px-cite-passage>
          <px-team-bar .workId=${work.id} .workTitle=${work.meta.title ?? work.id}></px-team-bar>
          <button class="toggle" aria-expanded=${this.sideOpen ? 'true' : 'false'} @click=${this.togglePanels}>Panels</button>
        </div>
        <div class="tools">
          <px-search-bar .count=${this.search.matches.length} .active=${this.search.active} .error=${this.search.error}
            @search-change=${this.onSearch} @search-step=${(e: CustomEvent<{ delta: 1 | -1 }>) => this.stepMatch(e.detail.delta)}></px-search-bar>
          <details class="columns"><summary>Columns and base</summary>
            <px-witness-picker .witnesses=${work.witnesses} .visible=${visible ?? work.witnesses.map((w) => w.id)} .baseId=${baseId}
              @witness-visibility=${this.onVisibility} @base-change=${this.onBase}></px-witness-picker>
          </details>
          <details class="legend"><summary>Legend</summary><px-legend></px-legend></details>
        </div>
        <details class="align" ?open=${!this.compact}><summary>Alignment tools</summary>
          <px-align-toolbar .row=${this.focused.row} .witnessId=${this.focused.witnessId} .witnessLabel=${focusLabel}
            .canUndo=${this.session.align.canUndo} .canRedo=${this.session.align.canRedo} .splitUnits=${this.splitUnits()}
            @align-op=${(e: CustomEvent<AlignOpDetail>) => void this.session.alignOps.run(e.detail)}></px-align-toolbar>
        </details>
      </div>
      <div class="body" @row-jump=${(e: CustomEvent<{ row: number }>) => void this.compare?.focusRow(e.detail.row)}
        @revision-action=${(e: HTMLElementEventMap['revision-action']) => void this.revisions.act(e.detail)}
        @revision-comment=${(e: HTMLElementEventMap['revision-comment']) => void this.revisions.comment(e.detail)}
        @sentence-pairs-request=${(e: CustomEvent<{ row: number }>) => this.openSentencePairs(e.detail.row)}>
        <px-compare-view .model=${v} .findings=${this.findings} .searchMatches=${this.search.matches} .activeMatch=${this.search.active}
          .editing=${editing} .conflict=${conflict}
          @row-focus=${this.onRowFocus} @edit-request=${this.onEditRequest} @edit-cancel=${() => this.revisions.closeEditor()}
          @edit-dirty=${(e: HTMLElementEventMap['edit-dirty']) => this.revisions.markDirty(e.detail.paragraphId, e.detail.dirty)}
          @base-change=${this.onBase} @witness-visibility=${this.onVisibility}
          @rows-visible=${(e: CustomEvent<{ first: number; last: number }>) => (this.range = e.detail)}></px-compare-view>
        <px-heatmap-gutter .values=${this.divergence.values} .flagged=${v.flagged}
          .first=${this.range.first} .last=${this.range.last} .focusedRow=${this.focused.row}></px-heatmap-gutter>
        ${this.sideOpen ? this.renderSide() : nothing}
      </div>
      <px-sentence-pairs></px-sentence-pairs>
      <px-confirm-dialog></px-confirm-dialog>`;
  }

  /** The translation's saved sentence pairs, for a TMX written sentence by sentence where they exist. */
  private loadSentencePairs = async (translationId: string): Promise<ReadonlyMap<string, SentencePairs>> => {
    const work = this.session.view?.work;
    const record = work && this.storage ? await this.storage.alignments.loadAlignment(work.id, translationId) : undefined;
    return new Map(Object.entries(record?.sentencePairs ?? {}));
  };

  /** Opens a row's sentence pairs: the original against the focused translation (or the first one shown). */
  private openSentencePairs(row: number): void {
    const v = this.session.view;
    const work = v?.work;
    const cells = v?.grid.rows[row]?.cells;
    const original = work?.witnesses.find((w) => w.role === 'original');
    if (!v || !work || !cells || !original || !this.storage) return;
    const { visible } = v;
    const translations = work.witnesses.filter((w) => w.role === 'translation' && (visible === null || visible.includes(w.id)));
    const translation = translations.find((w) => w.id === this.focused.witnessId) ?? translations[0];
    if (!translation) return;
    const text = (id: string) => v.current.get(id) ?? v.paragraphs.get(id)?.text ?? '';
    const source = cells[original.id] ?? [];
    const target = cells[translation.id] ?? [];
    const dialog = this.shadowRoot?.querySelector('px-sentence-pairs');
    if (!dialog) return;
    dialog.session = sentencePairsSession(this.storage, {
      workId: work.id, witnessId: translation.id, rowNumber: row + 1,
      sourceLabel: original.label, targetLabel: translation.label, sourceLang: original.lang, targetLang: translation.lang,
      row: { sourceParagraphIds: source, targetParagraphIds: target, sourceTexts: source.map(text), targetTexts: target.map(text) },
      lexicon: () => loadZhEnLexicon(),
      beforeSave: async () => {
        await this.editor?.ensureName();
        const storage = this.storage;
        const pairwise = this.session.align.pairwise.get(translation.id);
        if (storage && pairwise && !(await storage.alignments.loadAlignment(work.id, translation.id))) {
          // Not kept yet (no editor name when it was computed): it has no edit history.
          await storage.alignments.saveAlignment(work.id, translation.id, pairwise, []);
        }
      },
    });
    void dialog.updateComplete.then(() => dialog.show());
  }

  private renderSide() {
    const v = this.session.view;
    return sideTemplate({
      tab: this.side, findings: this.findings, witnesses: v?.work.witnesses ?? [],
      reviewItems: v ? this.derived.reviewItems(v.proposals, v.work, v.grid, v.current, v.paragraphs, v.textsVersion) : [],
      history: this.revisions.history, currentRevisionId: this.revisions.historyCurrentId, historyLabel: this.historyLabel(),
      choose: (tab) => this.showSide(tab),
      ...(this.compact ? { close: () => void this.togglePanels() } : {}),
    });
  }

  private historyLabel(): string {
    const h = this.revisions.history;
    const w = this.session.view?.work.witnesses.find((x) => x.id === h?.witnessId);
    if (!h || !w) return '';
    const row = this.session.rowOf(h.paragraphId);
    return row >= 0 ? `${shortWitnessLabel(w)}, row ${row + 1}` : shortWitnessLabel(w);
  }

  /** Opens the row holding a paragraph (a stable link), once per link. */
  private showParagraph(paragraphId: string): void {
    const row = this.session.rowOf(paragraphId);
    if (row < 0) return;
    this.shownParagraph = paragraphId;
    void this.updateComplete.then(() => this.compare?.focusRow(row));
  }

  /** Original and translation paragraphs the focused row's split would cut, with their witnesses' labels. */
  private splitUnits() {
    const v = this.session.view;
    const units = this.session.align.splitUnits(this.focused.row, this.focused.witnessId);
    if (!v || !units) return null;
    const { work } = v;
    const text = (id: string) => v.current.get(id) ?? v.paragraphs.get(id)?.text ?? '';
    const original = work.witnesses.find((w) => w.role === 'original');
    const translation = work.witnesses.find((w) => w.id === units.witnessId);
    return {
      targetLabel: translation?.label ?? units.witnessId,
      sourceLang: original?.lang ?? '', targetLang: translation?.lang ?? '',
      source: units.source.map(text), target: units.target.map(text),
    };
  }

  /** On a phone the panels open as a sheet over the grid, focus in it; closing gives focus back to the button. */
  private togglePanels = async (): Promise<void> => {
    this.sideOpen = !this.sideOpen;
    if (!this.compact) return;
    await this.updateComplete;
    const target = this.sideOpen ? 'aside [role="tab"][aria-selected="true"]' : '.titleline .toggle';
    this.renderRoot.querySelector<HTMLElement>(target)?.focus();
  };

  private showSide(tab: SideTab): void {
    this.side = tab;
    if (tab === 'history') this.revisions.loadHistory();
  }

  private onRowFocus = (e: CustomEvent<{ row: number; witnessId: string | null }>): void => {
    this.focused = { row: e.detail.row, witnessId: e.detail.witnessId ?? this.focused.witnessId };
    if (this.side === 'history') this.revisions.loadHistory();
  };

  private onEditRequest = (e: CustomEvent<{ row: number; witnessId: string }>): void => {
    this.revisions.startEdit(e.detail);
    void this.updateComplete.then(() => this.compare?.focusEditor());
  };

  private onSearch = (e: CustomEvent<SearchChangeDetail>): void => {
    const v = this.session.view;
    const ids = (v?.work.witnesses ?? []).map((w) => w.id).filter((id) => !v?.visible || v.visible.includes(id));
    this.search.run(e.detail.query, e.detail.regex, v?.grid.rows.length ?? 0, ids, this.textOf);
    this.stepMatch(1);
  };

  /** Shows the next or previous match; focus stays in the search box. */
  private stepMatch(delta: 1 | -1): void {
    const m = this.search.step(delta, this.focused.row);
    const v = this.session.view;
    if (!m || !v) return;
    const column = compareColumns(v.work, v.visible, v.baseId).findIndex((c) => c.witness.id === m.witnessId);
    void this.compare?.focusRow(m.row, Math.max(0, column), false);
  }

  private onVisibility = (e: CustomEvent<{ witnessId: string; visible: boolean }>): void => this.session.columns.setVisible(e.detail.witnessId, e.detail.visible);

  private onBase = (e: CustomEvent<{ witnessId: string }>): void => this.session.columns.setBase(e.detail.witnessId);

  private onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.compact && this.sideOpen && e.composedPath().some((n) => n instanceof HTMLElement && n.tagName === 'ASIDE')) {
      e.preventDefault();
      void this.togglePanels();
      return;
    }
    const action = viewKeyOf(e);
    if (!action) return;
    e.preventDefault();
    if (action === 'search') this.searchBar?.focus();
    else if (action === 'next-match') this.stepMatch(1);
    else if (action === 'previous-match') this.stepMatch(-1);
    else void this.session.alignOps.run({ op: action, row: this.focused.row, witnessId: this.focused.witnessId });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'px-work-view': PxWorkView;
  }
}
