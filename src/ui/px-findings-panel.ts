import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fire } from './px-compare-events.ts';

/** The shape of `Finding` from `src/core/checks/` (rows index the work alignment). */
export interface FindingLike {
  readonly rule: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly row: number;
  readonly witnessId: string;
  readonly paragraphId?: string;
  readonly start?: number;
  readonly end?: number;
  readonly message: string;
}

/** More than this many findings are summarised: a list of thousands helps nobody and costs a long render. */
export const FINDINGS_SHOWN = 500;

/**
 * The checks' findings for the whole work, each a button that jumps to its row.
 *
 * @fires row-jump - A finding was chosen.
 */
@customElement('px-findings-panel')
export class PxFindingsPanel extends LitElement {
  static override styles = css`
    :host { display: block; font-size: 0.9rem; }
    h2 { font-size: 1rem; margin: 0 0 0.4rem; }
    ol { list-style: none; margin: 0; padding: 0; }
    li { margin: 0 0 0.25rem; }
    button { all: unset; box-sizing: border-box; display: block; width: 100%; cursor: pointer; padding: 0.3rem 0.4rem; border-radius: 4px;
      border-left: 4px solid var(--px-text-muted); }
    button:hover { background: var(--px-surface-2); }
    button:focus-visible { outline: 3px solid var(--px-focus); }
    .error { border-left-color: var(--px-danger); }
    .warning { border-left-color: var(--px-warning); }
    .rule { font-size: 0.75rem; color: var(--px-text-muted); }
  `;

  @property({ attribute: false }) findings: readonly FindingLike[] = [];
  /** Witness id → label, so a finding names the text it is about. */
  @property({ attribute: false }) labels: ReadonlyMap<string, string> = new Map();

  override render() {
    const shown = this.findings.slice(0, FINDINGS_SHOWN);
    return html`<h2 id="h">Findings (${this.findings.length})</h2>
      ${this.findings.length === 0 ? html`<p>No findings.</p>` : html`<ol aria-labelledby="h">
        ${shown.map((f) => html`<li><button class=${f.severity} @click=${() => fire(this, 'row-jump', { row: f.row })}>
          <span class="rule">${f.severity} · ${f.rule} · row ${f.row + 1} · ${this.labels.get(f.witnessId) ?? f.witnessId}</span><br />${f.message}
        </button></li>`)}
      </ol>`}
      ${this.findings.length > FINDINGS_SHOWN ? html`<p>Showing the first ${FINDINGS_SHOWN}.</p>` : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-findings-panel': PxFindingsPanel;
  }
}
