/**
 * Asks one yes-or-no question in a modal before an action that needs a
 * second thought (approving one's own proposal). `ask()` resolves true only
 * when the person chooses the action; Cancel, Escape and closing say no.
 * Focus starts on Cancel: the safe answer is the easy one.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { baseStyles, dialogStyles } from './theme.ts';

export interface ConfirmQuestion {
  readonly title: string;
  readonly message: string;
  /** The action button, in words ("Approve my own change"). */
  readonly confirm: string;
}

@customElement('px-confirm-dialog')
export class PxConfirmDialog extends LitElement {
  static override styles = [baseStyles, dialogStyles, css`
    dialog { width: min(30rem, calc(100vw - 2rem)); }
    h2 { margin: 0 0 var(--px-space-2); font-size: 1.15rem; }
    p { margin: 0; }
    .actions { display: flex; justify-content: flex-end; flex-wrap: wrap; gap: var(--px-space-2); margin-top: var(--px-space-4); }
  `];

  @state() private question: ConfirmQuestion = { title: '', message: '', confirm: '' };
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('button.cancel') private cancelButton!: HTMLButtonElement;
  private resolve: ((yes: boolean) => void) | null = null;

  async ask(question: ConfirmQuestion): Promise<boolean> {
    this.resolve?.(false);
    this.question = question;
    await this.updateComplete;
    this.dialog.showModal();
    this.cancelButton.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private finish(yes: boolean): void {
    const resolve = this.resolve;
    this.resolve = null;
    if (this.dialog.open) this.dialog.close();
    resolve?.(yes);
  }

  override render() {
    const q = this.question;
    return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-message" @cancel=${() => this.finish(false)}>
      <h2 id="confirm-title">${q.title}</h2>
      <p id="confirm-message">${q.message}</p>
      <div class="actions">
        <button type="button" class="cancel" @click=${() => this.finish(false)}>Cancel</button>
        <button type="button" class="primary" @click=${() => this.finish(true)}>${q.confirm}</button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-confirm-dialog': PxConfirmDialog;
  }
}
