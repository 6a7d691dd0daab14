/**
 * One line of import progress: which file, which step, how far. A `status`
 * region, so screen readers hear the step change without losing focus.
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { ImportProgress } from './import-files-controller.ts';
import { baseStyles } from './theme.ts';

const PHASE_WORDS: Record<ImportProgress['phase'], string> = {
  reading: 'Reading',
  parsing: 'Reading the text of',
  saving: 'Saving',
};

export function sizeInWords(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(1)} GB`;
}

@customElement('px-import-progress')
export class PxImportProgress extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        flex: 1 1 100%;
      }
      progress {
        width: 100%;
        height: 0.5rem;
        accent-color: var(--px-accent);
      }
      p {
        margin: 0 0 var(--px-space-1);
        overflow-wrap: anywhere;
      }
    `,
  ];

  @property({ attribute: false }) progress: ImportProgress | null = null;

  override render() {
    const p = this.progress;
    if (!p) return html``;
    const batch = p.count > 1 ? ` (${p.position} of ${p.count})` : '';
    return html`
      <div role="status">
        <p>${PHASE_WORDS[p.phase]} ${p.name}${batch} — ${sizeInWords(p.loaded)} of ${sizeInWords(p.total)}</p>
        <progress max=${Math.max(p.total, 1)} value=${p.phase === 'reading' ? p.loaded : Math.max(p.total, 1)} aria-label="Import progress"></progress>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-import-progress': PxImportProgress;
  }
}
