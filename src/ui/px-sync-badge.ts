/**
 * The status of a shared work, in the user's words: Synced, Syncing…,
 * Offline — your changes are kept, Not allowed: …, Wrong password. Writes the
 * server refused are listed under it, each with its reason: nothing vanishes.
 * Renders nothing for a work that is not shared.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { describeStatus } from '../sync/sync-status.ts';
import type { TeamWorkState } from './team-hub.ts';
import { baseStyles } from './theme.ts';

@customElement('px-sync-badge')
export class PxSyncBadge extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--px-space-2);
      }
      .badge {
        border-radius: 999px;
        padding: 0.1rem 0.6rem;
        border: 1px solid var(--px-border-strong);
        font-size: 0.875rem;
        white-space: nowrap;
      }
      .synced {
        background: var(--px-success-bg);
      }
      .syncing,
      .offline {
        background: var(--px-info-bg);
      }
      .not-allowed,
      .wrong-password {
        background: var(--px-danger-bg);
      }
      details {
        font-size: 0.875rem;
      }
    `,
  ];

  @property({ attribute: false }) state: TeamWorkState | null = null;

  override render() {
    const s = this.state;
    if (!s) return nothing;
    const role = s.role === 'reviewer' ? 'reviewer' : s.role === 'editor' ? 'editor' : 'no role';
    return html`
      <span class="badge ${s.status.kind}" role="status" aria-label=${`Team sync: ${describeStatus(s.status)}`}>${describeStatus(s.status)}</span>
      <span>${s.user} (${role})</span>
      ${s.refused.length > 0
        ? html`<details>
            <summary>${s.refused.length === 1 ? '1 change refused' : `${s.refused.length} changes refused`}</summary>
            <ul>${s.refused.map((r) => html`<li>${labelOf(r.id)}: ${r.reason}</li>`)}</ul>
          </details>`
        : nothing}
    `;
  }
}

/** A refused record's kind in words (its id is internal). */
function labelOf(id: string): string {
  if (id.startsWith('evt:')) return 'A decision';
  if (id.startsWith('rev:')) return 'A revision';
  if (id.startsWith('com:')) return 'A comment';
  if (id.startsWith('aln:')) return 'An alignment change';
  if (id.startsWith('nam:')) return 'A names change';
  return 'A change';
}

declare global {
  interface HTMLElementTagNameMap {
    'px-sync-badge': PxSyncBadge;
  }
}
