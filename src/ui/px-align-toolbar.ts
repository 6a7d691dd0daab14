import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fire, type AlignOp } from './px-compare-events.ts';

const ACTIONS: ReadonlyArray<{ op: AlignOp; label: string; title: string }> = [
  { op: 'merge', label: 'Merge with next', title: 'Join this row and the one below' },
  { op: 'split', label: 'Split', title: 'Split this row after its first paragraph' },
  { op: 'move-up', label: 'Move up', title: 'Move the first paragraph of this translation to the row above' },
  { op: 'move-down', label: 'Move down', title: 'Move the last paragraph of this translation to the row below' },
  { op: 'insert-empty', label: 'Insert empty', title: 'Give this translation’s paragraph an empty row of its own' },
  { op: 'confirm', label: 'Confirm', title: 'Mark this row’s alignment as checked' },
];

/**
 * Alignment editing for the focused row and column.
 *
 * @fires align-op - One of merge, split, move-up, move-down, insert-empty, confirm, undo, redo.
 */
@customElement('px-align-toolbar')
export class PxAlignToolbar extends LitElement {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; font-size: 0.8rem; }
    button { font: inherit; padding: 0.1rem 0.45rem; cursor: pointer; }
    .where { max-width: 22rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    button:focus-visible { outline: 3px solid var(--px-focus, #0b63ce); outline-offset: 1px; }
    .where { color: var(--px-text-muted, #555); margin-right: 0.3rem; }
  `;

  @property({ type: Number }) row = 0;
  @property() witnessId = '';
  @property() witnessLabel = '';
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;

  override render() {
    const send = (op: AlignOp) => fire(this, 'align-op', { op, row: this.row, witnessId: this.witnessId });
    return html`<span class="where" role="status">Alignment · row ${this.row + 1}${this.witnessLabel ? ` · ${this.witnessLabel}` : ''}</span>
      ${ACTIONS.map((a) => html`<button title=${a.title} @click=${() => send(a.op)}>${a.label}</button>`)}
      <button ?disabled=${!this.canUndo} @click=${() => send('undo')} title="Ctrl+Z">Undo</button>
      <button ?disabled=${!this.canRedo} @click=${() => send('redo')} title="Ctrl+Shift+Z">Redo</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-align-toolbar': PxAlignToolbar;
  }
}
