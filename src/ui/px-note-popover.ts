import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fire } from './px-compare-events.ts';
import type { AnnotationKind } from './px-row-segments.ts';
import { baseStyles } from './theme.ts';

/** What a mark or name is, in a reader's words, as the popover's heading. */
export const NOTE_HEADINGS: Readonly<Record<Exclude<AnnotationKind, 'hit' | 'finding'>, string>> = {
  sic: 'Kept as in the source [sic]',
  gloss: 'Editor’s gloss',
  omission: 'Text left out',
  illegible: 'Illegible in the source',
  'not-declassified': 'Not declassified',
  editorial: 'Added by the editor or translator',
  name: 'Name from the names list',
};

/** One explanation shown: what it explains and where (in the host's coordinates). */
export interface NoteExplained {
  readonly kind: keyof typeof NOTE_HEADINGS;
  readonly text: string;
  readonly lang: string;
  readonly x: number;
  readonly y: number;
}

/**
 * The explanation of the mark or name a person clicked or focused, beside
 * it. Presentational: the compare view decides what is shown and where.
 *
 * @fires note-close - The Close button was pressed.
 */
@customElement('px-note-popover')
export class PxNotePopover extends LitElement {
  static override styles = [baseStyles, css`
    :host { position: absolute; z-index: 5; max-width: min(24rem, calc(100% - 1rem)); }
    .box { background: var(--px-surface); color: var(--px-text); border: 1px solid var(--px-border-strong); border-radius: var(--px-radius);
      box-shadow: var(--px-shadow); padding: var(--px-space-2) var(--px-space-3); font-size: 0.9rem; }
    h3 { font-size: 0.9rem; margin: 0 0 var(--px-space-1); display: flex; justify-content: space-between; gap: var(--px-space-2); align-items: baseline; }
    p { margin: 0; white-space: pre-line; }
    button { min-height: 1.75rem; padding: 0 var(--px-space-2); font-size: 0.8rem; }
  `];

  @property({ attribute: false }) note: NoteExplained | null = null;

  override render() {
    const n = this.note;
    if (!n) return nothing;
    this.style.left = `${n.x}px`;
    this.style.top = `${n.y}px`;
    return html`<div class="box" role="tooltip" id="note">
      <h3>${NOTE_HEADINGS[n.kind]} <button @click=${() => fire(this, 'note-close', undefined)}>Close</button></h3>
      <p lang=${n.lang}>${n.text}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-note-popover': PxNotePopover;
  }
  interface HTMLElementEventMap {
    'note-close': CustomEvent<undefined>;
  }
}
