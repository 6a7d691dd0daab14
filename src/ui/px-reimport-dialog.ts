/**
 * "This work is already in the library": a file imported again offers to
 * update the stored work (its changed paragraphs become new revisions, so
 * nothing is lost), to keep both (the new copy gets its own name), or to
 * cancel. `ask()` opens it and resolves with the answer; Escape is Cancel.
 */
import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { guessLanguage } from '../core/import/index.ts';
import type { ExistingWork, ReimportChoice } from './import-files-controller.ts';
import { baseStyles, dialogStyles } from './theme.ts';

@customElement('px-reimport-dialog')
export class PxReimportDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog { width: min(34rem, calc(100vw - 2rem)); }
      h2 { margin: 0 0 var(--px-space-2); font-size: 1.25rem; overflow-wrap: anywhere; }
      dl { margin: var(--px-space-3) 0 0; display: grid; gap: var(--px-space-2); }
      dt { font-weight: 600; }
      dd { margin: 0; color: var(--px-text-muted); }
      .actions { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: var(--px-space-2); margin-top: var(--px-space-4); }
    `,
  ];

  @state() private existing: ExistingWork | null = null;
  @state() private sourceName = '';
  @query('dialog') private dialog!: HTMLDialogElement;
  private answer: ((c: ReimportChoice) => void) | null = null;

  async ask(existing: ExistingWork, sourceName: string): Promise<ReimportChoice> {
    this.answer?.('cancel');
    this.existing = existing;
    this.sourceName = sourceName;
    await this.updateComplete;
    this.dialog.showModal();
    return new Promise((resolve) => (this.answer = resolve));
  }

  private finish(choice: ReimportChoice): void {
    const answer = this.answer;
    this.answer = null;
    if (this.dialog.open) this.dialog.close();
    answer?.(choice);
  }

  override render() {
    const title = this.existing?.title ?? '';
    return html`
      <dialog aria-labelledby="reimport-heading" @close=${() => this.finish('cancel')}>
        <h2 id="reimport-heading">“<span lang=${guessLanguage(title)}>${title}</span>” is already in the library</h2>
        <p>${this.sourceName} was imported before. What should happen to it?</p>
        <dl>
          <dt>Update the work</dt><dd>Paragraphs that differ get the new text as a revision; the earlier text stays in each paragraph’s history.</dd>
          <dt>Keep both</dt><dd>The new import is added as a separate work, “<span lang=${guessLanguage(title)}>${title}</span> (copy 2)” or the next free number.</dd>
        </dl>
        <div class="actions">
          <button type="button" @click=${() => this.finish('cancel')}>Cancel</button>
          <button type="button" @click=${() => this.finish('keep-both')}>Keep both</button>
          <button type="button" class="primary" @click=${() => this.finish('update')}>Update the work</button>
        </div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-reimport-dialog': PxReimportDialog;
  }
}
