/**
 * Asks which encoding a file is in, when the detector cannot tell for sure:
 * each candidate with how likely it is and the start of the text as it reads
 * it, so the person picks the reading that is text rather than mojibake.
 * `ask()` opens the modal and resolves with the chosen encoding, or null
 * when the person cancels (the file is then not imported).
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { EncodingChoice } from '../core/import/index.ts';
import { baseStyles, dialogStyles } from './theme.ts';

@customElement('px-encoding-picker')
export class PxEncodingPicker extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog {
        width: min(40rem, calc(100vw - 2rem));
      }
      h2 {
        margin: 0 0 var(--px-space-2);
        font-size: 1.25rem;
        overflow-wrap: anywhere;
      }
      fieldset {
        border: 0;
        margin: var(--px-space-3) 0 0;
        padding: 0;
        display: grid;
        gap: var(--px-space-2);
      }
      legend {
        font-weight: 600;
        margin-bottom: var(--px-space-1);
      }
      label {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: var(--px-space-1) var(--px-space-2);
        align-items: baseline;
        padding: var(--px-space-2);
        border: 1px solid var(--px-border);
        border-radius: var(--px-radius);
        cursor: pointer;
      }
      label:has(input:checked) {
        border-color: var(--px-accent);
        outline: 1px solid var(--px-accent);
      }
      .name {
        font-weight: 600;
      }
      .preview {
        grid-column: 2;
        margin: 0;
        font-family: var(--px-font-text, serif);
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
        gap: var(--px-space-2);
        margin-top: var(--px-space-4);
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @state() private fileName = '';
  @state() private choices: readonly EncodingChoice[] = [];
  private resolve: ((encoding: string | null) => void) | null = null;

  /** Opens the picker for one file; one pending question at a time (an earlier one is answered null). */
  async ask(fileName: string, choices: readonly EncodingChoice[]): Promise<string | null> {
    if (this.resolve) this.finish(null);
    this.fileName = fileName;
    this.choices = choices;
    await this.updateComplete;
    this.dialog.showModal();
    this.renderRoot.querySelector<HTMLInputElement>('input[type=radio]:checked')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(encoding: string | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    if (this.dialog?.open) this.dialog.close();
    resolve?.(encoding);
  }

  private submit(e: Event): void {
    e.preventDefault();
    const chosen = this.renderRoot.querySelector<HTMLInputElement>('input[name=encoding]:checked');
    this.finish(chosen?.value ?? null);
  }

  override render() {
    return html`
      <dialog aria-labelledby="encoding-heading" aria-describedby="encoding-why" @cancel=${() => this.finish(null)}>
        <form @submit=${(e: Event) => this.submit(e)}>
          <h2 id="encoding-heading">Which encoding is “${this.fileName}” in?</h2>
          <p id="encoding-why">Its bytes could be read more than one way, and Parallax cannot tell for sure which. Choose the reading in which the text looks right.</p>
          <fieldset>
            <legend>Readings of the file</legend>
            ${this.choices.map((c, i) => html`
              <label>
                <input type="radio" name="encoding" .value=${c.encoding} ?checked=${i === 0} />
                <span class="name">${c.label} — ${Math.round(c.confidence * 100)}% likely</span>
                <p class="preview" lang=${c.lang}>${c.preview || '(nothing readable)'}</p>
              </label>`)}
          </fieldset>
          <div class="actions">
            <button type="button" @click=${() => this.finish(null)}>Don’t import</button>
            <button type="submit" class="primary">Import with this encoding</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-encoding-picker': PxEncodingPicker;
  }
}
