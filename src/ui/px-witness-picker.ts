import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Witness } from '../core/model/work.ts';
import { fire } from './px-compare-events.ts';
import { shortWitnessLabel } from './px-compare-model.ts';

/**
 * Which witnesses show as columns, and which translation is the base for
 * differences.
 *
 * @fires witness-visibility - A column was shown or hidden.
 * @fires base-change - Another translation became the base.
 */
@customElement('px-witness-picker')
export class PxWitnessPicker extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.85rem; }
    fieldset { border: 1px solid var(--px-border); border-radius: 6px; margin: 0; padding: 0.3rem 0.6rem; display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }
    legend { font-weight: 600; padding: 0 0.3rem; }
    label { white-space: nowrap; }
    :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  `;

  @property({ attribute: false }) witnesses: readonly Witness[] = [];
  @property({ attribute: false }) visible: readonly string[] = [];
  @property() baseId = '';

  override render() {
    const translations = this.witnesses.filter((w) => w.role === 'translation');
    return html`<fieldset><legend>Columns</legend>
        ${this.witnesses.map((w) => html`<label><input type="checkbox" .checked=${this.visible.includes(w.id)}
          ?disabled=${this.visible.length === 1 && this.visible.includes(w.id)}
          @change=${(e: Event) => fire(this, 'witness-visibility', { witnessId: w.id, visible: (e.target as HTMLInputElement).checked })} />
          ${shortWitnessLabel(w)}</label>`)}
      </fieldset>
      ${translations.length > 1 ? html`<fieldset><legend>Base for differences</legend>
        ${translations.map((w) => html`<label><input type="radio" name="base" .checked=${w.id === this.baseId}
          @change=${() => fire(this, 'base-change', { witnessId: w.id })} /> ${shortWitnessLabel(w)}</label>`)}
      </fieldset>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-witness-picker': PxWitnessPicker;
  }
}
