/**
 * Says "Offline" while the browser has no network. Everything keeps working
 * from the service-worker cache and IndexedDB; the indicator only tells the
 * person why nothing new can be fetched.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { baseStyles } from './theme.ts';

@customElement('px-offline-indicator')
export class PxOfflineIndicator extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-block;
      }
      :host(:not([offline])) {
        display: none;
      }
      span {
        display: inline-flex;
        align-items: center;
        gap: var(--px-space-1);
        padding: var(--px-space-1) var(--px-space-2);
        border-radius: 999px;
        background: var(--px-warning-bg);
        color: var(--px-warning);
        border: 1px solid var(--px-warning);
        font-size: 0.8125rem;
        font-weight: 600;
        white-space: nowrap;
      }
    `,
  ];

  /** Reflected; follows `navigator.onLine` and the online/offline events. */
  @property({ type: Boolean, reflect: true }) offline = !navigator.onLine;

  private readonly sync = (): void => {
    this.offline = !navigator.onLine;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.sync);
    window.addEventListener('offline', this.sync);
    this.sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.sync);
    window.removeEventListener('offline', this.sync);
  }

  override render() {
    return html`<span role="status" title="No network: your work is saved in this browser and the app runs from its cache">● Offline</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-offline-indicator': PxOfflineIndicator;
  }
}
