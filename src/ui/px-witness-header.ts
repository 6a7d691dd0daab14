import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Witness } from '../core/model/work.ts';
import { fire } from './px-compare-events.ts';
import { shortWitnessLabel } from './px-compare-model.ts';

/** Said wherever a project text is shown, so it is never taken for the archive's. */
export const PREPARED_NOTICE = 'prepared for this project — not the archive’s text';

/** Language names for the header; the tag itself is shown when the browser has no name for it. */
function languageName(tag: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * Names one witness at the top of its column: label, translator, language,
 * and the project-text notice.
 *
 * @fires base-change - "Use as base" was chosen.
 * @fires witness-visibility - "Hide" was chosen.
 */
@customElement('px-witness-header')
export class PxWitnessHeader extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.85rem; line-height: 1.3; }
    .label { font-weight: 600; font-size: 0.95rem; }
    .meta { color: var(--px-text-muted); }
    .notice { display: inline-block; margin-top: 0.2rem; padding: 0 0.3rem; border-radius: 3px; font-size: 0.78rem;
      background: var(--px-notice-bg); color: var(--px-notice-text); }
    .base { font-size: 0.75rem; font-weight: 600; color: var(--px-accent); }
    .tools { margin-top: 0.2rem; display: flex; gap: 0.3rem; flex-wrap: wrap; }
    button { font: inherit; font-size: 0.75rem; padding: 0 0.4rem; cursor: pointer; }
    button:focus-visible { outline: 3px solid var(--px-focus); }
  `;

  @property({ attribute: false }) witness: Witness | null = null;
  @property({ type: Boolean }) isBase = false;
  /** Whether the Hide button is offered (the last visible column cannot be hidden). */
  @property({ type: Boolean }) canHide = true;
  /** On a phone: the short label and the project-text notice only (the rest is in Columns and base). */
  @property({ type: Boolean, reflect: true }) compact = false;

  override render() {
    const w = this.witness;
    if (!w) return nothing;
    if (this.compact) {
      return html`<div class="label" title=${w.label}>${shortWitnessLabel(w)}</div>
        ${w.preparedForProject ? html`<div class="notice">${PREPARED_NOTICE}</div>` : nothing}`;
    }
    return html`<div class="label">${w.label}</div>
      <div class="meta">${w.role === 'original' ? 'Original' : 'Translation'}${w.translator ? html` · ${w.translator}` : nothing}
        · <span>${languageName(w.lang)}</span></div>
      ${w.preparedForProject ? html`<div class="notice">${PREPARED_NOTICE}</div>` : nothing}
      <div class="tools">
        ${this.isBase ? html`<span class="base">Base for differences</span>`
          : w.role === 'translation' ? html`<button @click=${() => fire(this, 'base-change', { witnessId: w.id })}>Use as base</button>` : nothing}
        ${this.canHide ? html`<button @click=${() => fire(this, 'witness-visibility', { witnessId: w.id, visible: false })}
            aria-label=${`Hide ${w.label}`}>Hide</button>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-witness-header': PxWitnessHeader;
  }
}
