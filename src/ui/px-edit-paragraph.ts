import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { fire, type RevisionAction, type RevisionActionDetail } from './px-compare-events.ts';
import { baseStyles } from './theme.ts';

/** Two texts of one paragraph when someone else's revision landed since the editor opened. */
export interface EditConflict {
  /** The text now current (another editor's approved revision). */
  readonly theirs: string;
  readonly theirsAuthor: string;
  /** What this editor wrote on the old base. */
  readonly yours: string;
}

/** Where an editor starts: the current text, or the editor's own saved draft with its note. */
export interface EditStart {
  readonly text: string;
  readonly note: string;
  /** True when `text` and `note` come from a saved draft being resumed. */
  readonly fromDraft: boolean;
}

/** The cell being edited and where each of its paragraphs' editors starts. */
export interface EditingCell {
  readonly row: number;
  readonly witnessId: string;
  /** Paragraph id → start; a paragraph not listed starts from its current text. */
  readonly starts: ReadonlyMap<string, EditStart>;
}

/**
 * Edits one translation paragraph in place, labelled with its witness and
 * row ("Edit Archive translation (7Brands), row 3"). Starts from the saved
 * draft when there is one, with its note. Escape or Cancel with changes asks
 * before discarding them.
 *
 * @fires revision-action - Save (a draft) or Propose, with the text and the note.
 * @fires edit-cancel - Cancel or Escape (after confirming, when there were changes).
 * @fires edit-dirty - Whether there are changes not yet saved, each time that flips.
 */
@customElement('px-edit-paragraph')
export class PxEditParagraph extends LitElement {
  static override styles = [baseStyles, css`
    :host { display: block; }
    textarea { width: 100%; min-height: 8rem; line-height: 1.5; }
    input { width: 100%; }
    .bar { display: flex; flex-wrap: wrap; gap: var(--px-space-2); margin-top: var(--px-space-2); align-items: center; }
    label { font-size: 0.85rem; display: block; margin-top: var(--px-space-2); font-weight: 600; }
    .resumed { font-size: 0.8rem; color: var(--px-text-muted); margin: 0 0 var(--px-space-1); }
    .conflict { border: 2px solid var(--px-danger); padding: var(--px-space-2); margin-bottom: var(--px-space-2); border-radius: var(--px-radius); }
    .conflict h4 { margin: 0 0 0.3rem; color: var(--px-danger); }
    .texts { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: var(--px-space-2); }
    .texts p { margin: 0.2rem 0; white-space: pre-wrap; }
    .hint { font-size: 0.8rem; color: var(--px-text-muted); }
    .ask { margin-top: var(--px-space-2); padding: var(--px-space-2); border: 2px solid var(--px-warning); border-radius: var(--px-radius);
      background: var(--px-warning-bg); display: flex; flex-wrap: wrap; gap: var(--px-space-2); align-items: center; }
    .ask p { margin: 0; flex: 1 1 12rem; }
  `];

  @property() paragraphId = '';
  @property() witnessId = '';
  @property() textLang = 'en';
  /** The accessible name of the text box, e.g. "Edit Archive translation (7Brands), row 3". */
  @property() label = '';
  @property({ attribute: false }) start: EditStart = { text: '', note: '', fromDraft: false };
  @property({ attribute: false }) conflict: EditConflict | null = null;
  @state() private text = '';
  @state() private note = '';
  /** Asking whether to discard the changes. */
  @state() private asking = false;
  @query('textarea') private area!: HTMLTextAreaElement;
  private wasDirty = false;

  /** Whether the person typed something not yet saved (the app asks before a reload). */
  get dirty(): boolean {
    return this.text !== this.start.text || this.note !== this.start.note;
  }

  override focus(): void {
    void this.updateComplete.then(() => this.area?.focus());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Rows are stamped again on every frame with a fresh `start` object: only a different start resets what was typed.
    const before = changed.get('start');
    if (changed.has('start') && (!before || before.text !== this.start.text || before.note !== this.start.note || before.fromDraft !== this.start.fromDraft)) {
      this.text = this.start.text;
      this.note = this.start.note;
    }
  }

  protected override updated(): void {
    const dirty = this.dirty;
    if (dirty !== this.wasDirty) {
      this.wasDirty = dirty;
      fire(this, 'edit-dirty', { paragraphId: this.paragraphId, dirty });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.wasDirty) fire(this, 'edit-dirty', { paragraphId: this.paragraphId, dirty: false });
    this.wasDirty = false;
  }

  override render() {
    return html`
      ${this.conflict ? this.renderConflict(this.conflict) : nothing}
      <label for="t">${this.label}</label>
      ${this.start.fromDraft ? html`<p class="resumed">Resuming your saved draft and its note.</p>` : nothing}
      <textarea id="t" lang=${this.textLang} .value=${this.text} @input=${(e: Event) => (this.text = (e.target as HTMLTextAreaElement).value)}
        @keydown=${this.onKey}></textarea>
      <label for="n">Note (why this change)</label>
      <input id="n" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)} @keydown=${this.onKey} />
      ${this.asking ? this.renderAsk() : html`<div class="bar">
        <button @click=${() => this.act('save')}>Save draft</button>
        <button class="primary" @click=${() => this.act('propose')}>Propose</button>
        <button @click=${this.cancel}>Cancel</button>
        <span class="hint">Ctrl+Enter proposes · Escape cancels</span>
      </div>`}`;
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

  private renderAsk() {
    return html`<div class="ask" role="alertdialog" aria-labelledby="ask" aria-modal="false" @keydown=${this.onAskKey}>
      <p id="ask">Discard your changes to this paragraph? They are not saved.</p>
      <button class="keep" @click=${this.keepEditing}>Keep editing</button>
      <button class="danger" @click=${this.discard}>Discard changes</button>
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

  private onAskKey = (e: KeyboardEvent): void => {
    e.stopPropagation();
    // Escape while asking keeps the text: discarding always takes a deliberate choice.
    if (e.key === 'Escape') {
      e.preventDefault();
      this.keepEditing();
    }
  };

  private act(action: Extract<RevisionAction, 'save' | 'propose'>): void {
    const detail: RevisionActionDetail = { action, witnessId: this.witnessId, paragraphId: this.paragraphId, text: this.text, note: this.note };
    fire(this, 'revision-action', detail);
  }

  private cancel = (): void => {
    if (!this.dirty) {
      fire(this, 'edit-cancel', { paragraphId: this.paragraphId });
      return;
    }
    this.asking = true;
    void this.updateComplete.then(() => {
      const keep = this.renderRoot.querySelector<HTMLButtonElement>('.ask .keep');
      keep?.focus({ preventScroll: true });
      // The whole question in view, not just its first button (on a phone the editor is taller than the screen).
      this.renderRoot.querySelector('.ask')?.scrollIntoView({ block: 'center' });
    });
  };

  private keepEditing = (): void => {
    this.asking = false;
    this.focus();
  };

  private discard = (): void => {
    this.asking = false;
    this.text = this.start.text;
    this.note = this.start.note;
    fire(this, 'edit-cancel', { paragraphId: this.paragraphId });
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'px-edit-paragraph': PxEditParagraph;
  }
  interface HTMLElementEventMap {
    /** An editor's unsaved changes appeared or went away (saved, discarded, closed). */
    'edit-dirty': CustomEvent<{ paragraphId: string; dirty: boolean }>;
  }
}
