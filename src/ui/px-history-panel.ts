import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RevisionHistoryEntry } from '../storage/index.ts';
import { fire } from './px-compare-events.ts';
import { diffStyles, diffTemplate } from './px-history-diff.ts';
import './px-review-comments.ts';

/**
 * One paragraph's history, newest first: each revision with its author,
 * state, notes, comments (open revisions take new ones) and the diff from the revision it was written on; Revert
 * brings an older text back as a new revision (history is never rewritten).
 *
 * @fires revision-action - Revert (with `revisionId` of the text to restore) or Propose a draft.
 */
@customElement('px-history-panel')
export class PxHistoryPanel extends LitElement {
  static override styles = [diffStyles, css`
    :host { display: block; font-size: 0.9rem; }
    h2 { font-size: 1rem; margin: 0 0 0.4rem; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.5rem; }
    li { border-left: 4px solid var(--px-border); padding: 0.3rem 0.5rem; }
    li.current { border-left-color: var(--px-success); }
    li.proposed { border-left-color: var(--px-warning); }
    .meta { color: var(--px-text-muted); font-size: 0.8rem; }
    .why { margin: 0.2rem 0; font-style: italic; }
    .events { margin: 0.2rem 0; padding-left: 1rem; font-size: 0.8rem; }
    .bar { display: flex; gap: 0.4rem; margin-top: 0.3rem; flex-wrap: wrap; }
    input { font: inherit; flex: 1 1 8rem; padding: 0.2rem 0.4rem; }
    button { font: inherit; padding: 0.2rem 0.6rem; cursor: pointer; }
    :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  `];

  @property() paragraphId = '';
  @property() witnessId = '';
  /** Which paragraph, in the person's words: "Archive translation (7Brands), row 3". */
  @property() label = '';
  @property() textLang = 'en';
  @property() currentRevisionId = '';
  /** Oldest first, as storage returns them. */
  @property({ attribute: false }) entries: readonly RevisionHistoryEntry[] = [];
  @state() private note = '';

  override render() {
    if (!this.paragraphId) return html`<h2>History</h2><p>Choose a paragraph (focus a cell and open its history) to see its revisions.</p>`;
    const current = this.entries.find((e) => e.revision.id === this.currentRevisionId);
    return html`<h2 id="h">History of ${this.label || 'this paragraph'}</h2>
      <label>Note for a revert or proposal <input .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => e.stopPropagation()} /></label>
      <ol aria-labelledby="h">${[...this.entries].reverse().map((e) => {
        const r = e.revision;
        const isCurrent = r.id === this.currentRevisionId;
        return html`<li class="${isCurrent ? 'current' : ''} ${e.state}" data-revision=${r.id}>
          <div class="meta">${r.createdAt.slice(0, 16).replace('T', ' ')} · ${r.author} · ${e.state}${isCurrent ? ' (current)' : ''} · ${r.origin}</div>
          ${e.diff ? diffTemplate(e.diff, this.textLang) : html`<div class="diff" lang=${this.textLang}>${r.text}</div>`}
          ${r.note ? html`<p class="why">Note: “${r.note}”</p>` : nothing}
          ${e.events.length ? html`<ul class="events">${e.events.map((ev) => html`<li>${ev.from} → ${ev.to} by ${ev.author}${ev.selfApproval ? ' (self-approval: approved by its own author)' : ''}${ev.note ? `: “${ev.note}”` : ''}</li>`)}</ul>` : nothing}
          <px-review-comments .revisionId=${r.id} .paragraphId=${this.paragraphId} .comments=${e.comments}
            .open=${e.state === 'draft' || e.state === 'proposed'}></px-review-comments>
          <div class="bar">
            ${!isCurrent && current && r.text !== current.revision.text && (e.state === 'approved' || r.origin === 'import')
              ? html`<button @click=${() => this.act('revert', r.id)}>Revert</button>` : nothing}
            ${e.state === 'draft' ? html`<button @click=${() => this.act('propose', r.id)}>Propose</button>` : nothing}
          </div>
        </li>`;
      })}</ol>`;
  }

  private act(action: 'revert' | 'propose', revisionId: string): void {
    fire(this, 'revision-action', { action, witnessId: this.witnessId, paragraphId: this.paragraphId, revisionId, note: this.note });
    this.note = '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-history-panel': PxHistoryPanel;
  }
}
