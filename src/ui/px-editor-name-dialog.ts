/**
 * Asks the editor's name, once: every revision and approval is signed with
 * it. `ask()` opens the modal and resolves with the trimmed name, or null
 * when the person cancels.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { baseStyles, dialogStyles } from './theme.ts';
import { formDialogStyles } from './form-dialog.styles.ts';

@customElement('px-editor-name-dialog')
export class PxEditorNameDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    formDialogStyles,
    css`
      dialog {
        width: min(28rem, calc(100vw - 2rem));
      }
    `,
  ];

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('input') private input!: HTMLInputElement;
  @state() private problem = '';
  private resolve: ((name: string | null) => void) | null = null;

  /** Opens the dialog with `current` filled in; one pending question at a time. */
  async ask(current: string | null = null): Promise<string | null> {
    await this.updateComplete;
    if (this.resolve) this.resolve(null);
    this.problem = '';
    this.input.value = current ?? '';
    this.dialog.showModal();
    this.input.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(name: string | null): void {
    const resolve = this.resolve;
    this.resolve = null;
    if (this.dialog.open) this.dialog.close();
    resolve?.(name);
  }

  private submit(e: Event): void {
    e.preventDefault();
    const name = this.input.value.trim();
    if (!name) {
      this.problem = 'Enter a name (or initials); it is recorded with every change you make.';
      this.input.focus();
      return;
    }
    this.finish(name);
  }

  override render() {
    return html`
      <dialog aria-labelledby="name-heading" @cancel=${() => this.finish(null)}>
        <form @submit=${(e: Event) => this.submit(e)}>
          <h2 id="name-heading">Your name as editor</h2>
          <p>Parallax signs every draft, proposal and approval with it, so a history shows who changed what. It stays in this browser.</p>
          <label for="editor-name">Name</label>
          <input id="editor-name" name="name" autocomplete="name" required aria-describedby="name-problem" />
          <p class="problem" id="name-problem" role="alert">${this.problem}</p>
          <div class="actions">
            <button type="button" @click=${() => this.finish(null)}>Cancel</button>
            <button type="submit" class="primary">Save name</button>
          </div>
        </form>
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-editor-name-dialog': PxEditorNameDialog;
  }
}
