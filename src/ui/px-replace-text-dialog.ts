/**
 * "Replace a text…" of a work: which of its texts, and the file with the new
 * version. The replacement is made of revisions (the library does it), so
 * the dialog says that nothing is lost. `ask()` resolves with the choice, or
 * null on Cancel or Escape.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { guessLanguage } from '../core/import/index.ts';
import type { Work } from '../core/model/work.ts';
import { baseStyles, dialogStyles } from './theme.ts';

export interface ReplaceTextChoice {
  readonly witnessId: string;
  readonly file: File;
}

const ACCEPT = '.txt,.text,.md,text/plain';

@customElement('px-replace-text-dialog')
export class PxReplaceTextDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog { width: min(34rem, calc(100vw - 2rem)); }
      h2 { margin: 0 0 var(--px-space-2); font-size: 1.25rem; overflow-wrap: anywhere; }
      fieldset { border: 1px solid var(--px-border); border-radius: var(--px-radius); margin: var(--px-space-3) 0 0; padding: var(--px-space-2) var(--px-space-3); }
      ul { list-style: none; margin: 0; padding: 0; display: grid; gap: var(--px-space-1); }
      label { display: flex; gap: var(--px-space-2); align-items: baseline; }
      label.file { flex-direction: column; align-items: stretch; margin-top: var(--px-space-3); }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--px-space-2); margin-top: var(--px-space-4); }
    `,
  ];

  @state() private work: Work | null = null;
  @state() private witnessId = '';
  @state() private file: File | null = null;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('input[type="file"]') private input!: HTMLInputElement;
  private answer: ((c: ReplaceTextChoice | null) => void) | null = null;

  async ask(work: Work): Promise<ReplaceTextChoice | null> {
    this.answer?.(null);
    this.work = work;
    this.witnessId = '';
    this.file = null;
    await this.updateComplete;
    this.input.value = '';
    this.dialog.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private finish(choice: ReplaceTextChoice | null): void {
    const answer = this.answer;
    this.answer = null;
    if (this.dialog.open) this.dialog.close();
    answer?.(choice);
  }

  override render() {
    const title = this.work?.meta.title ?? this.work?.id ?? '';
    const ready = this.witnessId !== '' && this.file !== null;
    return html`
      <dialog aria-labelledby="replace-heading" @close=${() => this.finish(null)}>
        <h2 id="replace-heading">Replace a text of “<span lang=${guessLanguage(title)}>${title}</span>”</h2>
        <p>The new version’s paragraphs that differ become revisions; the earlier text stays in each paragraph’s history.</p>
        <fieldset>
          <legend>Text to replace</legend>
          <ul>
            ${(this.work?.witnesses ?? []).map((w) => html`<li><label>
              <input type="radio" name="witness" .checked=${w.id === this.witnessId} @change=${() => (this.witnessId = w.id)}>
              <span lang=${w.lang}>${w.label}</span> <span>(${w.role})</span>
            </label></li>`)}
          </ul>
        </fieldset>
        <label class="file">New version (a text file)
          <input type="file" accept=${ACCEPT} @change=${(e: Event) => (this.file = (e.target as HTMLInputElement).files?.[0] ?? null)}>
        </label>
        <div class="actions">
          <button type="button" @click=${() => this.finish(null)}>Cancel</button>
          <button type="button" class="primary" ?disabled=${!ready}
            @click=${() => this.file && this.finish({ witnessId: this.witnessId, file: this.file })}>Replace the text</button>
        </div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-replace-text-dialog': PxReplaceTextDialog;
  }
}
