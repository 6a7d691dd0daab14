import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { fire, type RevisionAction, type RevisionActionDetail } from './px-compare-events.ts';

/** Two texts of one paragraph when someone else's revision landed since the editor opened. */
export interface EditConflict {
  /** The text now current (another editor's approved revision). */
  readonly theirs: string;
  readonly theirsAuthor: string;
  /** What this editor wrote on the old base. */
  readonly yours: string;
}

/**
 * Edits one translation paragraph in place.
 *
 * @fires revision-action - Save (a draft) or Propose, with the text and a note.
 * @fires edit-cancel - Cancel or Escape.
 */
@customElement('px-edit-paragraph')
export class PxEditParagraph extends LitElement {
  static override styles = css`
    :host { display: block; }
    textarea {
      box-sizing: border-box; width: 100%; min-height: 8rem; font: inherit; line-height: 1.5;
      padding: 0.4rem; border: 1px solid var(--px-border); border-radius: 4px;
      background: var(--px-surface); color: var(--px-text);
    }
    input { font: inherit; width: 100%; box-sizing: border-box; padding: 0.25rem 0.4rem; }
    .bar { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-top: 0.4rem; align-items: center; }
    label { font-size: 0.85rem; display: block; margin-top: 0.4rem; }
    button { font: inherit; padding: 0.25rem 0.7rem; cursor: pointer; }
    button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
    .conflict { border: 2px solid var(--px-danger); padding: 0.5rem; margin-bottom: 0.5rem; border-radius: 4px; }
    .conflict h4 { margin: 0 0 0.3rem; color: var(--px-danger); }
    .texts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 0.5rem; }
    .texts p { margin: 0.2rem 0; white-space: pre-wrap; }
    .hint { font-size: 0.8rem; color: var(--px-text-muted); }
  `;

  @property() paragraphId = '';
  @property() witnessId = '';
  @property() textLang = 'en';
  /** The paragraph's current text; the editor starts from it. */
  @property() text = '';
  @property({ attribute: false }) conflict: EditConflict | null = null;
  @state() private draft: string | null = null;
  @state() private note = '';
  @query('textarea') private area!: HTMLTextAreaElement;

  /** Whether the person typed something not yet saved (the app asks before a reload). */
  get dirty(): boolean {
    return this.draft !== null && this.draft !== this.text;
  }

  override focus(): void {
    void this.updateComplete.then(() => this.area?.focus());
  }

  override render() {
    const value = this.draft ?? this.text;
    return html`
      ${this.conflict ? this.renderConflict(this.conflict) : nothing}
      <label for="t">Edit paragraph ${this.paragraphId}</label>
      <textarea id="t" lang=${this.textLang} .value=${value} @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
        @keydown=${this.onKey}></textarea>
      <label for="n">Note (why this change)</label>
      <input id="n" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)} @keydown=${this.onKey} />
      <div class="bar">
        <button @click=${() => this.act('save')}>Save</button>
        <button @click=${() => this.act('propose')}>Propose</button>
        <button @click=${this.cancel}>Cancel</button>
        <span class="hint">Ctrl+Enter proposes · Escape cancels</span>
      </div>`;
  }

  private renderConflict(c: EditConflict) {
    return html`<div class="conflict" role="alert">
      <h4>Conflict: this paragraph changed while you were editing</h4>
      <div class="texts">
        <div><strong>Now current (${c.theirsAuthor})</strong><p lang=${this.textLang}>${c.theirs}</p></div>
        <div><strong>Yours</strong><p lang=${this.textLang}>${c.yours}</p></div>
      </div>
      <p class="hint">Edit below (it starts from yours) and Propose again on the current text, or Cancel to keep theirs.</p>
    </div>`;
  }

  private onKey = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      this.cancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.act('propose');
    }
  };

  private act(action: Extract<RevisionAction, 'save' | 'propose'>): void {
    const detail: RevisionActionDetail = { action, witnessId: this.witnessId, paragraphId: this.paragraphId, text: this.draft ?? this.text, note: this.note };
    fire(this, 'revision-action', detail);
  }

  private cancel = (): void => {
    this.draft = null;
    fire(this, 'edit-cancel', { paragraphId: this.paragraphId });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'px-edit-paragraph': PxEditParagraph;
  }
}
