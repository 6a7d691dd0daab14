import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Witness } from '../core/model/work.ts';
import { fire } from './px-compare-events.ts';
import { shortWitnessLabel } from './px-compare-model.ts';
import { baseStyles } from './theme.ts';

/** Which two texts a phone shows per row, and how. */
export interface TextPair {
  readonly first: string;
  readonly second: string;
  /** One above the other in each row, instead of side by side. */
  readonly stacked: boolean;
}

/** The original (or the first text) and the base, or the first other text when the original is the base. */
export function defaultPair(witnesses: readonly Witness[], baseId: string): TextPair {
  const first = witnesses.find((w) => w.role === 'original')?.id ?? witnesses[0]?.id ?? '';
  const second = baseId && baseId !== first ? baseId : witnesses.find((w) => w.id !== first)?.id ?? first;
  return { first, second, stacked: false };
}

/** The pair with `witnessId` brought in (it replaces the second text, unless it is already shown). */
export function withShown(pair: TextPair, witnessId: string): TextPair {
  return pair.first === witnessId || pair.second === witnessId ? pair : { ...pair, second: witnessId };
}

/**
 * On a phone: which two of the work's texts each row shows, and side by side
 * or stacked. Compact: one line of two selects and a toggle.
 *
 * @fires text-pair-change - The person chose another text or layout.
 */
@customElement('px-text-pair')
export class PxTextPair extends LitElement {
  static override styles = [baseStyles, css`
    :host { display: block; }
    .bar { display: flex; gap: var(--px-space-1) var(--px-space-2); align-items: center; padding: var(--px-space-1) var(--px-space-2);
      border-bottom: 1px solid var(--px-border); font-size: 0.85rem; }
    select { padding: 0.2rem 0.3rem; flex: 1 1 0; min-width: 0; font-size: 0.85rem; min-height: 2.25rem; }
    button { min-height: 2.25rem; font-size: 0.85rem; }
    button[aria-pressed='true'] { background: var(--px-accent); color: var(--px-on-accent); border-color: var(--px-accent); }
  `];

  @property({ attribute: false }) witnesses: readonly Witness[] = [];
  @property({ attribute: false }) pair: TextPair = { first: '', second: '', stacked: false };

  override render() {
    const option = (w: Witness, chosen: string) => html`<option value=${w.id} ?selected=${w.id === chosen}>${shortWitnessLabel(w)}</option>`;
    return html`<div class="bar" role="group" aria-label="Texts shown in each row">
      <select aria-label="First text" @change=${(e: Event) => this.change({ first: (e.target as HTMLSelectElement).value })}>
        ${this.witnesses.map((w) => option(w, this.pair.first))}</select>
      <span aria-hidden="true">and</span>
      <select aria-label="Second text" @change=${(e: Event) => this.change({ second: (e.target as HTMLSelectElement).value })}>
        ${this.witnesses.map((w) => option(w, this.pair.second))}</select>
      <button aria-pressed=${this.pair.stacked ? 'true' : 'false'} @click=${() => this.change({ stacked: !this.pair.stacked })}>Stacked</button>
    </div>`;
  }

  private change(patch: Partial<TextPair>): void {
    fire(this, 'text-pair-change', { ...this.pair, ...patch });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-text-pair': PxTextPair;
  }
  interface HTMLElementEventMap {
    'text-pair-change': CustomEvent<TextPair>;
  }
}
