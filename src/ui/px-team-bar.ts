/**
 * The team line of an open work: its sync badge when shared, and the Team…
 * button that opens the sign-in dialog (through the app, which owns it).
 *
 * @fires px-team-request - Team… was pressed (detail: the dialog mode)
 */
import { consume } from '@lit/context';
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import './px-sync-badge.ts';
import { teamContext, type TeamHub } from './team-hub.ts';
import { baseStyles } from './theme.ts';

@customElement('px-team-bar')
export class PxTeamBar extends LitElement {
  static override styles = [baseStyles, css`
    :host { display: inline-flex; align-items: center; gap: var(--px-space-2); flex-wrap: wrap; }
  `];

  @consume({ context: teamContext, subscribe: true }) hub: TeamHub | undefined;
  @property() workId = '';
  @property() workTitle = '';
  private release: (() => void) | null = null;
  private subscribed: TeamHub | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.release?.();
    this.release = null;
    this.subscribed = undefined;
  }

  protected override willUpdate(): void {
    if (this.hub !== this.subscribed) {
      this.release?.();
      this.subscribed = this.hub;
      this.release = this.hub?.subscribe(() => this.requestUpdate()) ?? null;
    }
  }

  override render() {
    const state = this.hub?.state(this.workId) ?? null;
    return html`
      <px-sync-badge .state=${state}></px-sync-badge>
      <button type="button" @click=${() => this.dispatchEvent(new CustomEvent('px-team-request', {
        detail: { kind: 'connect', workId: this.workId, title: this.workTitle }, bubbles: true, composed: true,
      }))}>Team…</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-team-bar': PxTeamBar;
  }
}
