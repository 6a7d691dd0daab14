/**
 * The `?` dialog: every keyboard shortcut that works on the screen now,
 * grouped by the view that registered it. A native modal `<dialog>`, so
 * focus is trapped and Escape closes it.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ShortcutGroup } from './shortcut-registry.ts';
import { baseStyles, dialogStyles } from './theme.ts';

@customElement('px-shortcuts-dialog')
export class PxShortcutsDialog extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog {
        width: min(36rem, calc(100vw - 2rem));
        max-height: calc(100vh - 4rem);
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: var(--px-space-3);
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      h3 {
        font-size: 1rem;
        margin: var(--px-space-4) 0 var(--px-space-2);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(6rem, auto) 1fr;
        gap: var(--px-space-2) var(--px-space-4);
        margin: 0;
      }
      dt {
        font-family: var(--px-font-mono);
        font-size: 0.875rem;
      }
      kbd {
        border: 1px solid var(--px-border-strong);
        border-bottom-width: 2px;
        border-radius: 4px;
        padding: 0 0.35em;
        background: var(--px-surface-2);
      }
      dd {
        margin: 0;
      }
    `,
  ];

  @property({ attribute: false }) groups: readonly ShortcutGroup[] = [];
  @query('dialog') private dialog!: HTMLDialogElement;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  show(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  override render() {
    return html`
      <dialog aria-labelledby="shortcuts-heading">
        <header>
          <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
          <button type="button" @click=${() => this.close()}>Close</button>
        </header>
        ${this.groups.map(
          (g) => html`
            <section>
              <h3>${g.group}</h3>
              <dl>
                ${g.shortcuts.map((s) => html`<dt><kbd>${s.keys}</kbd></dt><dd>${s.description}</dd>`)}
              </dl>
            </section>
          `,
        )}
      </dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-shortcuts-dialog': PxShortcutsDialog;
  }
}
