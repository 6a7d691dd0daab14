import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { baseStyles } from './theme.ts';

/**
 * What the grid's colours, underlines, badges and the heat strip mean, each
 * drawn with the same tokens the grid uses. Static: the work view shows it
 * behind a "Legend" disclosure.
 */
@customElement('px-legend')
export class PxLegend extends LitElement {
  static override styles = [baseStyles, css`
    :host { display: block; font-size: 0.85rem; }
    dl { display: grid; grid-template-columns: minmax(6.5rem, auto) 1fr; gap: var(--px-space-1) var(--px-space-3); margin: 0; align-items: baseline; }
    dt { white-space: nowrap; }
    dd { margin: 0; color: var(--px-text); }
    ins { background: var(--px-insert-bg); text-decoration: none; border-bottom: 2px solid var(--px-success); }
    del { background: var(--px-delete-bg); text-decoration-color: var(--px-danger); }
    .note { background: var(--px-mark-bg); border-bottom: 2px dotted var(--px-warning); }
    .name { border-bottom: 2px solid var(--px-accent); }
    .hit { background: var(--px-mark-bg); }
    .flag { font-weight: 700; color: var(--px-warning); border-left: 4px solid var(--px-warning); padding-left: 0.3rem; }
    .confirmed { color: var(--px-success); }
    .badge { border-radius: 0.6rem; padding: 0 0.4rem; font-size: 0.75rem; color: var(--px-bg); background: var(--px-warning); }
    .draft { border: 1px dashed var(--px-accent); background: var(--px-info-bg); padding: 0 0.3rem; border-radius: 4px; }
    .pending { background: var(--px-notice-bg); color: var(--px-notice-text); padding: 0 0.3rem; border-radius: 4px; }
    .heat { display: inline-flex; border: 1px solid var(--px-border-strong); }
    .heat span { width: 1.1rem; height: 0.9rem; }
  `];

  override render() {
    return html`<dl>
      <dt><ins>words</ins></dt><dd>In this translation, not in the base it is compared with</dd>
      <dt><del>words</del></dt><dd>In the base, missing from this translation</dd>
      <dt><span class="note">Ba-ke-tu [sic]</span></dt><dd>An editorial mark ([sic], gloss, omission, illegible, not declassified): click or focus it for what it means</dd>
      <dt><span class="name">Zhang Hanfu</span></dt><dd>A name from the names list: click or focus it for its other forms</dd>
      <dt><span class="hit">match</span></dt><dd>A search match</dd>
      <dt><span class="flag">?</span></dt><dd>The aligner is unsure this row belongs together: check it, then Confirm</dd>
      <dt><span class="confirmed">✓</span></dt><dd>A person confirmed this row’s alignment</dd>
      <dt><span class="badge">2</span></dt><dd>Findings of the checks on this row (numbers, names, coverage): see the Findings panel</dd>
      <dt><span class="draft">Draft by …</span></dt><dd>A saved draft, not yet proposed: Edit resumes it</dd>
      <dt><span class="pending">Proposed by …</span></dt><dd>A change waiting for review: Approve or Reject</dd>
      <dt><span class="heat" aria-hidden="true">${[0, 1, 2, 3, 4].map((i) => html`<span style=${`background: var(--px-heat-${i})`}></span>`)}</span></dt>
      <dd>The heat strip beside the grid, top to bottom: how much the translations differ from the base in each row, from agreeing
        (light) to differing most (dark); with no second translation in the base’s language, how unsure the alignment is. Click it to jump there.</dd>
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-legend': PxLegend;
  }
}
