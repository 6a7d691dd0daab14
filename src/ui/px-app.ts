import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('px-app')
export class PxApp extends LitElement {
  @property() heading = 'Parallax';
  override render() {
    return html`<h1>${this.heading}</h1>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-app': PxApp;
  }
}
