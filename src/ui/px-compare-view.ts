import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import type { Work } from '../core/model/work.ts';
import type { WorkAlignment } from '../core/alignment/types.ts';
import { wordDiff } from '../core/diff/word-diff.ts';
import { compareColumns, cellText, type CompareColumn, type CompareModel } from './px-compare-model.ts';
import { cellSegments, type Annotation } from './px-row-segments.ts';
import { rowTemplate, type CellView, type RowView } from './px-row-template.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { SearchMatch } from './px-search-matches.ts';
import type { EditConflict, EditingCell } from './px-edit-paragraph.ts';
import { LazyDiffController } from './controllers/lazy-diff-controller.ts';
import { AnnotationMemo } from './controllers/annotation-memo.ts';
import { rowKeyAction } from './work-shortcuts.ts';
import { fire } from './px-compare-events.ts';
import { compareViewStyles } from './px-compare-view.styles.ts';
import './px-witness-header.ts';
import './px-note-popover.ts';
import './px-text-pair.ts';
import { defaultPair, withShown, type TextPair } from './px-text-pair.ts';
import { NoteExplainer } from './controllers/note-explainer.ts';

/** Below this width a row shows two chosen texts (side by side or stacked) instead of every column. */
export const NARROW_WIDTH_PX = 640;

/**
 * The aligned witnesses of one work side by side, one virtualised row per
 * aligned stretch, differences against the base inline. Presentational: it
 * renders what it is given and dispatches intent; diffs of the rows on screen
 * are its only computation (lazy, cached, latest request wins).
 *
 * @fires row-focus, edit-request, edit-cancel, revision-action, align-op, base-change, witness-visibility, rows-visible
 */
@customElement('px-compare-view')
export class PxCompareView extends LitElement {
  static override styles = compareViewStyles;

  /** The open work as of its latest change (the work session's view model). */
  @property({ attribute: false }) model: CompareModel | null = null;
  @property({ attribute: false }) findings: readonly FindingLike[] = [];
  @property({ attribute: false }) searchMatches: readonly SearchMatch[] = [];
  @property({ type: Number }) activeMatch = -1;
  @property({ attribute: false }) editing: EditingCell | null = null;
  @property({ attribute: false }) conflict: EditConflict | null = null;
  @property({ type: Boolean, reflect: true }) narrow = false;

  @state() focusedRow = 0;
  @state() private focusedColumn = 0;
  /** On a phone: the two texts each row shows, side by side or stacked. */
  @state() private pair: TextPair = { first: '', second: '', stacked: false };
  /** The rows the virtualizer has rendered (including its overscan). */
  range = { first: 0, last: -1 };

  readonly diffs = new LazyDiffController(this, wordDiff);
  /** The mark or name whose explanation is shown (clicked or focused). */
  private readonly notes = new NoteExplainer(this, () => this.virtualizer?.scrollTop ?? 0);
  private readonly annotations = new AnnotationMemo();
  /** The model the derived values below were computed from. */
  private shown: CompareModel | null = null;
  private columns: CompareColumn[] = [];
  private findingsByRow = new Map<number, FindingLike[]>();
  private matchesByCell = new Map<string, SearchMatch[]>();
  private rowIndices: number[] = [];
  private resizeObserver: ResizeObserver | null = null;
  @query('lit-virtualizer') private virtualizer!: LitVirtualizer;

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      if (width > 0) this.narrow = width < NARROW_WIDTH_PX;
    });
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  get work(): Work | null {
    return this.model?.work ?? null;
  }

  get alignment(): WorkAlignment | null {
    return this.model?.grid ?? null;
  }

  get baseId(): string {
    return this.model?.baseId ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.shown;
    const m = this.model;
    this.shown = m;
    const modelChanged = changed.has('model');
    const layoutChanged = modelChanged && (before?.work !== m?.work || before?.visible !== m?.visible || before?.baseId !== m?.baseId);
    const gridChanged = modelChanged && before?.grid !== m?.grid;
    if (layoutChanged) {
      this.columns = m ? compareColumns(m.work, m.visible, m.baseId) : [];
      const ids = this.columns.map((c) => c.witness.id);
      if (!ids.includes(this.pair.first) || !ids.includes(this.pair.second)) {
        this.pair = { ...defaultPair(this.columns.map((c) => c.witness), m?.baseId ?? ''), stacked: this.pair.stacked };
      }
      this.focusedColumn = Math.min(this.focusedColumn, Math.max(0, this.shownColumns().length - 1));
    }
    if (gridChanged) {
      const n = this.alignment?.rows.length ?? 0;
      if (this.rowIndices.length !== n) this.rowIndices = Array.from({ length: n }, (_, i) => i);
      this.focusedRow = Math.min(this.focusedRow, Math.max(0, n - 1));
    }
    if (changed.has('findings')) {
      this.findingsByRow = new Map();
      for (const f of this.findings) (this.findingsByRow.get(f.row) ?? this.findingsByRow.set(f.row, []).get(f.row))?.push(f);
    }
    if (changed.has('searchMatches')) {
      this.matchesByCell = new Map();
      for (const m of this.searchMatches) {
        const key = `${m.row}:${m.witnessId}`;
        (this.matchesByCell.get(key) ?? this.matchesByCell.set(key, []).get(key))?.push(m);
      }
    }
    // On a phone one column shows at a time: the active search match brings its witness's tab forward.
    if ((changed.has('activeMatch') || changed.has('narrow')) && this.narrow) {
      const m = this.searchMatches[this.activeMatch];
      if (m && this.columns.some((c) => c.witness.id === m.witnessId)) this.pair = withShown(this.pair, m.witnessId);
    }
    // Diffs are cached by text: after a change only the rows whose texts changed compute anew.
    if (modelChanged) this.requestVisibleDiffs();
  }

  /** Columns on screen: all visible ones, or on a phone the two chosen (in the work's order). */
  private shownColumns(): CompareColumn[] {
    if (!this.narrow || this.columns.length <= 2) return this.columns;
    const two = this.columns.filter((c) => c.witness.id === this.pair.first || c.witness.id === this.pair.second);
    return two.length > 0 ? two : this.columns.slice(0, 2);
  }

  textOf(row: number, witnessId: string): string {
    const m = this.model;
    const r = m?.grid.rows[row];
    return m && r ? cellText(r, witnessId, m.paragraphs, m.current) : '';
  }

  private requestVisibleDiffs(): void {
    const rows = this.alignment?.rows;
    if (!rows || this.range.last < this.range.first) return;
    const jobs = [];
    const base = this.columns.find((c) => c.isBase);
    for (let i = this.range.first; i <= Math.min(this.range.last, rows.length - 1); i++) {
      const a = base ? this.textOf(i, base.witness.id) : '';
      if (!a) continue;
      for (const c of this.shownColumns()) {
        if (!c.diffed) continue;
        const b = this.textOf(i, c.witness.id);
        if (b) jobs.push({ a, b, lang: c.witness.lang });
      }
    }
    this.diffs.request(jobs);
  }

  private onRange = (e: RangeChangedEvent): void => {
    this.range = { first: e.first, last: e.last };
    this.requestVisibleDiffs();
    fire(this, 'rows-visible', { first: e.first, last: e.last });
  };

  private rowView(index: number): RowView {
    const m = this.model;
    const row = m?.grid.rows[index];
    const base = this.columns.find((c) => c.isBase);
    const baseText = base ? this.textOf(index, base.witness.id) : '';
    const cells: CellView[] = this.shownColumns().map((c, column) => {
      const ids = row?.cells[c.witness.id] ?? [];
      const text = this.textOf(index, c.witness.id);
      const ops = c.diffed && baseText && text ? this.diffs.get({ a: baseText, b: text, lang: c.witness.lang }) ?? null : null;
      const hits: Annotation[] = (this.matchesByCell.get(`${index}:${c.witness.id}`) ?? []).map((m) => ({ kind: 'hit', start: m.start, end: m.end, title: 'search match' }));
      const notes = this.annotations.of(text, m?.names ?? []);
      const editing = this.editing?.row === index && this.editing.witnessId === c.witness.id;
      const starts = editing ? this.editing?.starts : undefined;
      return {
        witness: c.witness, column, paragraphIds: ids, text, isBase: c.isBase, editing,
        editable: c.witness.role === 'translation' && ids.length > 0,
        editStarts: starts ? ids.map((id) => starts.get(id) ?? { text: m?.current.get(id) ?? m?.paragraphs.get(id)?.text ?? '', note: '', fromDraft: false }) : [],
        segments: editing ? [] : cellSegments(text, ops, hits.length ? [...notes, ...hits] : notes),
        pending: ids.flatMap((id) => m?.pending.get(id) ?? []),
        drafts: ids.flatMap((id) => m?.drafts.get(id) ?? []),
        aligning: m?.aligning.has(c.witness.id) ?? false,
        conflict: editing ? this.conflict : null,
        paragraphTexts: ids.map((id) => m?.current.get(id) ?? m?.paragraphs.get(id)?.text ?? ''),
      };
    });
    const active = this.searchMatches[this.activeMatch];
    return {
      index, cells, score: row?.score ?? 0, flagged: row?.flagged ?? false, confirmed: m?.confirmed[index] ?? false,
      findings: this.findingsByRow.get(index) ?? [], focused: index === this.focusedRow, focusedColumn: this.focusedColumn,
      activeHit: active && active.row === index ? { witnessId: active.witnessId, start: active.start } : null,
    };
  }

  override render() {
    if (!this.work || !this.alignment) return html`<p role="status">No work loaded.</p>`;
    const shown = this.shownColumns();
    const stacked = this.narrow && this.pair.stacked && shown.length > 1;
    return html`
      ${this.narrow && this.columns.length > 2 ? html`<px-text-pair .witnesses=${this.columns.map((c) => c.witness)} .pair=${this.pair}
        @text-pair-change=${this.onPair}></px-text-pair>` : nothing}
      <div role="grid" aria-label=${`Aligned texts of ${this.work.meta.title ?? this.work.id}`} aria-rowcount=${this.alignment.rows.length + 1}
        aria-colcount=${shown.length + 1} style=${`--cols: ${stacked ? 1 : shown.length}`} class=${stacked ? 'stacked' : ''}
        @keydown=${this.onKeyDown} @focusin=${this.onFocusIn} @dblclick=${this.onDoubleClick} @click=${(e: Event) => this.notes.click(e)}>
        <div role="row" class="headrow" aria-rowindex="1">
          <div role="columnheader" class="rowhead">Row</div>
          ${shown.map((c) => html`<div role="columnheader" id=${`col-${c.witness.id}`}>
            <px-witness-header .witness=${c.witness} .isBase=${c.isBase} .canHide=${this.columns.length > 1} ?compact=${this.narrow}></px-witness-header></div>`)}
        </div>
        <lit-virtualizer role="rowgroup" scroller .items=${this.rowIndices} .renderItem=${(i: number) => rowTemplate(this.rowView(i))}
          @rangeChanged=${this.onRange} @scroll=${() => this.notes.scrolled()}></lit-virtualizer>
      </div>
      ${this.notes.shown ? html`<px-note-popover .note=${this.notes.shown} @note-close=${() => this.notes.hide()}></px-note-popover>` : nothing}`;
  }

  private onPair = (e: CustomEvent<TextPair>): void => {
    this.pair = e.detail;
    this.requestVisibleDiffs();
  };

  private onFocusIn = (e: FocusEvent): void => {
    this.notes.focus(e);
    const cell = (e.composedPath().find((n) => n instanceof HTMLElement && n.getAttribute('role') === 'gridcell') as HTMLElement | undefined);
    const row = cell?.closest('[data-row]');
    if (!cell || !row) return;
    const r = Number(row.getAttribute('data-row'));
    const c = Number(cell.getAttribute('data-column'));
    if (r !== this.focusedRow || c !== this.focusedColumn) {
      this.focusedRow = r;
      this.focusedColumn = c;
      fire(this, 'row-focus', { row: r, witnessId: cell.getAttribute('data-witness') });
    }
  };

  /** A double click (or a double tap) on a translation cell opens its editor. */
  private onDoubleClick = (e: MouseEvent): void => {
    const path = e.composedPath();
    if (path.some((n) => n instanceof HTMLElement && /^(BUTTON|TEXTAREA|INPUT|PX-EDIT-PARAGRAPH)$/.test(n.tagName))) return;
    const cell = path.find((n) => n instanceof HTMLElement && n.getAttribute('role') === 'gridcell') as HTMLElement | undefined;
    const row = Number(cell?.closest('[data-row]')?.getAttribute('data-row') ?? NaN);
    const witnessId = cell?.getAttribute('data-witness') ?? '';
    if (!cell || Number.isNaN(row) || !this.editableAt(row, witnessId)) return;
    // The double click selected a word; the editor takes over from here.
    window.getSelection()?.removeAllRanges();
    fire(this, 'edit-request', { row, witnessId });
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName)) && e.key !== 'Escape') return;
    const action = rowKeyAction(e);
    if (!action) return;
    const witnessId = this.shownColumns()[this.focusedColumn]?.witness.id ?? '';
    e.preventDefault();
    switch (action) {
      case 'next': void this.focusRow(this.focusedRow + 1); break;
      case 'previous': void this.focusRow(this.focusedRow - 1); break;
      case 'first': void this.focusRow(0); break;
      case 'last': void this.focusRow(this.rowIndices.length - 1); break;
      case 'left': void this.focusRow(this.focusedRow, this.focusedColumn - 1); break;
      case 'right': void this.focusRow(this.focusedRow, this.focusedColumn + 1); break;
      case 'edit': if (this.editableAt(this.focusedRow, witnessId)) fire(this, 'edit-request', { row: this.focusedRow, witnessId }); break;
      case 'cancel':
        if (!this.notes.hide() && this.editing) fire(this, 'edit-cancel', { paragraphId: '' });
        break;
      case 'approve': case 'reject': this.reviewFocused(action); break;
    }
  };

  private editableAt(row: number, witnessId: string): boolean {
    const w = this.work?.witnesses.find((x) => x.id === witnessId);
    return !!w && w.role === 'translation' && (this.alignment?.rows[row]?.cells[witnessId]?.length ?? 0) > 0;
  }

  /** `a` / `r` act on the proposal in the focused cell, else the first one in the row. */
  private reviewFocused(action: 'approve' | 'reject'): void {
    const row = this.alignment?.rows[this.focusedRow];
    if (!row) return;
    const shown = this.shownColumns();
    const order = [shown[this.focusedColumn], ...shown].filter((c): c is CompareColumn => !!c);
    for (const c of order) {
      for (const id of row.cells[c.witness.id] ?? []) {
        const p = this.model?.pending.get(id)?.[0];
        if (p) {
          fire(this, 'revision-action', { action, witnessId: c.witness.id, paragraphId: id, revisionId: p.revisionId, note: '' });
          return;
        }
      }
    }
  }

  /** Puts keyboard focus in the open editor's text (the first, when a cell holds several paragraphs). */
  async focusEditor(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('px-edit-paragraph')?.focus();
  }

  /**
   * Scrolls a row into view (it may not be rendered yet) and makes it the focused row; keyboard focus
   * moves to its cell unless `moveFocus` is false (search keeps focus in its box while stepping).
   */
  async focusRow(row: number, column = this.focusedColumn, moveFocus = true): Promise<void> {
    const n = this.rowIndices.length;
    if (n === 0) return;
    const r = Math.max(0, Math.min(n - 1, row));
    const c = Math.max(0, Math.min(this.shownColumns().length - 1, column));
    const changed = r !== this.focusedRow || c !== this.focusedColumn;
    this.focusedRow = r;
    this.focusedColumn = c;
    await this.updateComplete;
    this.virtualizer?.element(r)?.scrollIntoView({ block: 'nearest' });
    const cell = await this.waitForCell(r, c);
    if (moveFocus) cell?.focus({ preventScroll: false });
    else cell?.scrollIntoView({ block: 'nearest' });
    if (changed) fire(this, 'row-focus', { row: r, witnessId: this.shownColumns()[c]?.witness.id ?? null });
  }

  /** The virtualizer stamps rows a frame or two after scrolling; wait for the one wanted, briefly. */
  private async waitForCell(row: number, column: number): Promise<HTMLElement | null> {
    for (let i = 0; i < 10; i++) {
      const cell = this.renderRoot.querySelector<HTMLElement>(`[data-row="${row}"] [data-column="${column}"]`);
      if (cell) return cell;
      await new Promise((r) => requestAnimationFrame(r));
    }
    return null;
  }
}


declare global {
  interface HTMLElementTagNameMap {
    'px-compare-view': PxCompareView;
  }
}
