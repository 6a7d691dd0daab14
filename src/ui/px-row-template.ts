/**
 * One aligned row of the compare grid as a template (rows are stamped by the
 * virtualizer, thousands of times over a session: a template is cheaper than
 * an element per row). Reads only what it is given.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Witness } from '../core/model/work.ts';
import type { Segment } from './px-row-segments.ts';
import { editLabel, formatScore, shortWitnessLabel } from './px-compare-model.ts';
import type { FindingLike } from './px-findings-panel.ts';
import type { EditConflict, EditStart } from './px-edit-paragraph.ts';
import { fire } from './px-compare-events.ts';
import type { Draft } from './controllers/review-state.ts';
import './px-edit-paragraph.ts';

/** A revision waiting for review, as a row shows it. */
export interface PendingRevision {
  readonly revisionId: string;
  readonly paragraphId: string;
  readonly author: string;
  readonly text: string;
}

export interface CellView {
  readonly witness: Witness;
  readonly column: number;
  readonly paragraphIds: readonly string[];
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly isBase: boolean;
  readonly editing: boolean;
  /** Where each paragraph's editor starts, while editing; a translation cell with text can be edited. */
  readonly editStarts: readonly EditStart[];
  readonly editable: boolean;
  readonly pending: readonly PendingRevision[];
  /** Open drafts of the cell's paragraphs. */
  readonly drafts: readonly Draft[];
  readonly conflict: EditConflict | null;
  readonly paragraphTexts: readonly string[];
  /** The witness is still being aligned with the original. */
  readonly aligning: boolean;
}

export interface RowView {
  readonly index: number;
  readonly score: number;
  readonly flagged: boolean;
  readonly confirmed: boolean;
  readonly findings: readonly FindingLike[];
  readonly cells: readonly CellView[];
  readonly focused: boolean;
  readonly focusedColumn: number;
  readonly activeHit: { readonly witnessId: string; readonly start: number } | null;
}

/** `focusable`: marks and names of the focused cell are in the tab order (focusing one explains it). */
function renderSegment(s: Segment, activeHitStart: number | null, focusable: boolean): TemplateResult | string {
  let inner: TemplateResult | string = s.text;
  // Innermost first: a search hit inside a name inside an insertion.
  for (let i = s.notes.length - 1; i >= 0; i--) {
    const n = s.notes[i];
    if (!n) continue;
    if (n.kind === 'hit') {
      const active = activeHitStart !== null && n.start === activeHitStart;
      inner = html`<mark class="hit ${active ? 'active' : ''}" title=${n.title} data-hit=${n.start}>${inner}</mark>`;
    } else if (n.kind === 'finding') {
      inner = html`<span class="finding-span" title=${n.title}>${inner}</span>`;
    } else {
      inner = html`<mark class="note ${n.kind}" tabindex=${focusable ? 0 : -1} aria-description=${n.title} data-kind=${n.kind} data-explain=${n.title}>${inner}</mark>`;
    }
  }
  if (s.change === 'insert') return html`<ins title="not in the base">${inner}</ins>`;
  if (s.change === 'delete') return html`<del title="in the base, not here">${inner}</del>`;
  return inner;
}

function renderPending(p: PendingRevision, witnessId: string): TemplateResult {
  const act = (e: Event, action: 'approve' | 'reject') =>
    e.target && fire(e.target, 'revision-action', { action, witnessId, paragraphId: p.paragraphId, revisionId: p.revisionId, note: '' });
  return html`<div class="pending" data-revision=${p.revisionId}>
    <span>Proposed by ${p.author}</span>
    <button @click=${(e: Event) => act(e, 'approve')}>Approve</button>
    <button @click=${(e: Event) => act(e, 'reject')}>Reject</button>
  </div>`;
}

/** A saved draft shows in the grid until it is proposed or replaced, with the note it was saved with. */
function renderDrafts(drafts: readonly Draft[]): TemplateResult | typeof nothing {
  const d = drafts[drafts.length - 1];
  if (!d) return nothing;
  return html`<div class="draft" data-revision=${d.revisionId}>
    <span>Draft by ${d.author}, not yet proposed${drafts.length > 1 ? ` (and ${drafts.length - 1} more)` : ''}</span>
    ${d.note ? html`<span class="why">“${d.note}”</span>` : nothing}
  </div>`;
}

function renderCell(row: RowView, c: CellView): TemplateResult {
  const focused = row.focused && row.focusedColumn === c.column;
  const hitStart = row.activeHit && row.activeHit.witnessId === c.witness.id ? row.activeHit.start : null;
  const n = c.paragraphIds.length;
  const body = c.editing
    ? c.paragraphIds.map((id, i) => html`<px-edit-paragraph .paragraphId=${id} .witnessId=${c.witness.id} .textLang=${c.witness.lang}
        .label=${editLabel(c.witness, row.index, i, n)} .start=${c.editStarts[i] ?? { text: c.paragraphTexts[i] ?? '', note: '', fromDraft: false }}
        .conflict=${c.conflict}></px-edit-paragraph>`)
    : n === 0
      ? html`<span class="empty">${c.aligning ? 'aligning…' : 'no counterpart'}</span>`
      : html`<div class="text" lang=${c.witness.lang}>${c.segments.map((s) => renderSegment(s, hitStart, focused))}</div>`;
  // The Edit button is in the tab order only in the focused cell: the grid itself is one tab stop.
  const edit = c.editable && !c.editing
    ? html`<button class="edit" tabindex=${focused ? 0 : -1} aria-label=${editLabel(c.witness, row.index)}
        @click=${(e: Event) => e.target && fire(e.target, 'edit-request', { row: row.index, witnessId: c.witness.id })}>Edit</button>`
    : nothing;
  return html`<div role="gridcell" class="cell ${c.isBase ? 'base' : ''} ${focused ? 'focused' : ''} ${c.editable ? 'editable' : ''}"
      data-witness=${c.witness.id} data-column=${c.column} tabindex=${focused ? 0 : -1}
      aria-label=${`${c.witness.label}, row ${row.index + 1}${c.drafts.length ? ', draft saved' : ''}`}>
    <div class="cell-label" aria-hidden="true">${shortWitnessLabel(c.witness)}</div>${edit}${body}${c.editing ? nothing : renderDrafts(c.drafts)}${c.pending.map((p) => renderPending(p, c.witness.id))}
  </div>`;
}

function findingBadges(findings: readonly FindingLike[]): TemplateResult | typeof nothing {
  if (findings.length === 0) return nothing;
  const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  const title = findings.map((f) => `${f.severity}: ${f.message}`).join('\n');
  return html`<span class="badge ${worst}" title=${title} aria-label=${`${findings.length} finding${findings.length > 1 ? 's' : ''}: ${title}`}>${findings.length}</span>`;
}

export function rowTemplate(row: RowView): TemplateResult {
  const lowConfidence = row.flagged && !row.confirmed;
  return html`<div role="row" class="row ${row.focused ? 'focused-row' : ''} ${lowConfidence ? 'flagged' : ''}"
      aria-rowindex=${row.index + 2} data-row=${row.index} aria-selected=${row.focused ? 'true' : 'false'}>
    <div role="rowheader" class="rowhead">
      <span class="num">${row.index + 1}</span>
      ${lowConfidence
        ? html`<span class="flag" title=${`Low-confidence alignment (score ${formatScore(row.score)}): check this row`}
            aria-label=${`low-confidence alignment, score ${formatScore(row.score)}`}>?</span>`
        : row.confirmed ? html`<span class="confirmed" title="Alignment confirmed" aria-label="alignment confirmed">✓</span>` : nothing}
      ${findingBadges(row.findings)}
      <button type="button" class="sentences" aria-label=${`Sentence pairs of row ${row.index + 1}`} title="Open this row's sentence pairs"
        @click=${(e: Event) => e.target?.dispatchEvent(new CustomEvent('sentence-pairs-request', { detail: { row: row.index }, bubbles: true, composed: true }))}>¶≡</button>
    </div>
    ${row.cells.map((c) => renderCell(row, c))}
  </div>`;
}
