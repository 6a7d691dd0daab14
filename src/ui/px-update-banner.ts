/**
 * "A new version is available — Reload". Shown when a new service worker
 * waits. Reloading never drops unsaved edits: the banner asks `hasUnsaved()`
 * first and, while edits are unsaved, tells the person to save them instead.
 *
 * @fires px-update-apply - the person chose Reload and nothing is unsaved (the app then applies the update).
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { baseStyles } from './theme.ts';

@customElement('px-update-banner')
export class PxUpdateBanner extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      .banner {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--px-space-2) var(--px-space-3);
        padding: var(--px-space-2) var(--px-space-4);
        background: var(--px-info-bg);
        color: var(--px-text);
        border-bottom: 1px solid var(--px-border);
      }
      p {
        margin: 0;
        flex: 1 1 14rem;
      }
      .blocked {
        color: var(--px-warning);
        font-weight: 600;
      }
    `,
  ];

  /** True while a new version waits to be activated. */
  @property({ type: Boolean }) available = false;
  /** Asked before reloading; the app wires it to the unsaved-edits registry. */
  @property({ attribute: false }) hasUnsaved: () => boolean = () => false;
  @state() private blocked = false;

  private reload(): void {
    if (this.hasUnsaved()) {
      this.blocked = true;
      return;
    }
    this.blocked = false;
    this.dispatchEvent(new CustomEvent('px-update-apply', { bubbles: true, composed: true }));
  }

  override render() {
    if (!this.available) return nothing;
    return html`
      <div class="banner" role="status">
        <p>
          A new version is available.
          ${this.blocked ? html`<span class="blocked">Save or discard your unsaved edits first, then reload.</span>` : nothing}
        </p>
        <button type="button" class="primary" @click=${() => this.reload()}>Reload</button>
        <button type="button" @click=${() => (this.available = false)}>Later</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-update-banner': PxUpdateBanner;
  }
  interface HTMLElementEventMap {
    'px-update-apply': CustomEvent<undefined>;
  }
}
