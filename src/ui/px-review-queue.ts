import { consume } from '@lit/context';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { decisionPolicyContext, SOLO_POLICY, type DecisionPolicy } from './team-hub.ts';
import { wordDiff } from '../core/diff/word-diff.ts';
import type { Proposal } from './controllers/review-state.ts';
import { fire } from './px-compare-events.ts';
import { diffStyles, diffTemplate } from './px-history-diff.ts';
import type { CellDiffOp } from './px-row-segments.ts';
import './px-review-comments.ts';

/** A proposal with what the queue needs to show it: the text it would replace and where it is. */
export interface ReviewItem {
  readonly proposal: Proposal;
  /** The paragraph's current text. */
  readonly currentText: string;
  readonly lang: string;
  readonly witnessLabel: string;
  /** Grid row of the paragraph, or -1 if it is not aligned. */
  readonly row: number;
}

/**
 * Every proposed revision of the work, each with its diff against the current
 * text, a note, Approve / Reject, and its comments with a box to add one.
 * `a` / `r` act on the focused item.
 *
 * @fires revision-action - Approve or Reject, with the note.
 * @fires row-jump - "Show in text".
 */
@customElement('px-review-queue')
export class PxReviewQueue extends LitElement {
  static override styles = [diffStyles, css`
    :host { display: block; font-size: 0.9rem; }
    h2 { font-size: 1rem; margin: 0 0 0.4rem; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.6rem; }
    li { border: 1px solid var(--px-border); border-radius: 6px; padding: 0.5rem; background: var(--px-surface); }
    li:focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
    .meta { color: var(--px-text-muted); font-size: 0.8rem; }
    .why { color: var(--px-text-muted); font-size: 0.8rem; }
    .note { font-style: italic; margin: 0.2rem 0; }
    .bar { display: flex; gap: 0.4rem; flex-wrap: wrap; margin-top: 0.4rem; align-items: center; }
    input { font: inherit; flex: 1 1 8rem; padding: 0.2rem 0.4rem; }
    button { font: inherit; padding: 0.2rem 0.6rem; cursor: pointer; }
    :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  `];

  @property({ attribute: false }) items: readonly ReviewItem[] = [];
  /** On a shared work: who may decide (an editor may not; nobody decides their own proposal). */
  @consume({ context: decisionPolicyContext, subscribe: true }) @state() policy: DecisionPolicy = SOLO_POLICY;
  @state() private notes = new Map<string, string>();
  private diffs = new Map<string, readonly CellDiffOp[]>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('items')) return;
    const next = new Map<string, readonly CellDiffOp[]>();
    for (const it of this.items) {
      const key = `${it.proposal.revisionId}\u0000${it.currentText}`;
      next.set(key, this.diffs.get(key) ?? wordDiff(it.currentText, it.proposal.text, it.lang));
    }
    this.diffs = next;
  }

  override render() {
    return html`<h2 id="h">Review queue (${this.items.length})</h2>
      ${this.items.length === 0 ? html`<p>No revisions are waiting for review.</p>` : html`<ol aria-labelledby="h">
        ${this.items.map((it) => this.renderItem(it))}</ol>`}`;
  }

  private renderItem(it: ReviewItem) {
    const p = it.proposal;
    const ops = this.diffs.get(`${p.revisionId}\u0000${it.currentText}`) ?? [];
    const note = this.notes.get(p.revisionId) ?? '';
    const may = this.policy.canDecide(p.author);
    return html`<li tabindex="0" data-revision=${p.revisionId} aria-label=${`Proposed revision of ${p.paragraphId} by ${p.author}`}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, it)}>
      <div class="meta">${it.row >= 0 ? `Row ${it.row + 1} · ` : ''}${it.witnessLabel} · ${p.paragraphId} · proposed by ${p.author} · ${p.at.slice(0, 16).replace('T', ' ')}</div>
      ${p.note ? html`<p class="note">“${p.note}”</p>` : nothing}
      ${diffTemplate(ops, it.lang)}
      <div class="bar">
        <input aria-label="Review note" placeholder="Note (optional)" .value=${note}
          @input=${(e: Event) => (this.notes = new Map(this.notes).set(p.revisionId, (e.target as HTMLInputElement).value))}
          @keydown=${(e: KeyboardEvent) => e.stopPropagation()} />
        <button ?disabled=${!may.allowed} aria-describedby=${may.allowed ? nothing : `why-${p.revisionId}`} @click=${() => this.act(it, 'approve')}>Approve</button>
        <button ?disabled=${!may.allowed} aria-describedby=${may.allowed ? nothing : `why-${p.revisionId}`} @click=${() => this.act(it, 'reject')}>Reject</button>
        ${may.allowed ? nothing : html`<span class="why" id=${`why-${p.revisionId}`}>${may.reason}</span>`}
        ${it.row >= 0 ? html`<button @click=${() => fire(this, 'row-jump', { row: it.row })}>Show in text</button>` : nothing}
      </div>
      <px-review-comments .revisionId=${p.revisionId} .paragraphId=${p.paragraphId} .comments=${p.comments ?? []}></px-review-comments>
    </li>`;
  }

  private onKey(e: KeyboardEvent, it: ReviewItem): void {
    if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'a' || e.key === 'r') {
      e.preventDefault();
      e.stopPropagation();
      this.act(it, e.key === 'a' ? 'approve' : 'reject');
    }
  }

  private act(it: ReviewItem, action: 'approve' | 'reject'): void {
    const p = it.proposal;
    if (!this.policy.canDecide(p.author).allowed) return;
    fire(this, 'revision-action', { action, witnessId: p.witnessId, paragraphId: p.paragraphId, revisionId: p.revisionId, note: this.notes.get(p.revisionId) ?? '' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-review-queue': PxReviewQueue;
  }
}
