/**
 * A work's witnesses as a short list: label, language, role, and the
 * "prepared for this project" notice on every text written for Parallax, so
 * nobody mistakes it for the archive's own.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { guessLanguage } from '../core/import/language-of.ts';
import type { Witness } from '../core/model/work.ts';
import { baseStyles } from './theme.ts';

/** The words every project text carries (the exports say the same). */
export const PREPARED_NOTICE = 'Prepared for this project — not an archival text';

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', zh: 'Chinese', 'zh-Hans': 'Chinese (simplified)', 'zh-Hant': 'Chinese (traditional)', ru: 'Russian' };

export function languageName(tag: string): string {
  return LANGUAGE_NAMES[tag] ?? LANGUAGE_NAMES[tag.split('-')[0] ?? ''] ?? tag;
}

@customElement('px-witness-list')
export class PxWitnessList extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--px-space-2);
      }
      li {
        border: 1px solid var(--px-border);
        border-radius: var(--px-radius);
        padding: var(--px-space-1) var(--px-space-2);
        background: var(--px-surface-2);
        font-size: 0.9375rem;
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: var(--px-space-1) var(--px-space-2);
      }
      .lang,
      .role {
        color: var(--px-text-muted);
        font-size: 0.8125rem;
      }
      .prepared-notice {
        font-size: 0.8125rem;
        padding: 0 var(--px-space-1);
      }
    `,
  ];

  @property({ attribute: false }) witnesses: readonly Witness[] = [];

  override render() {
    return html`
      <ul aria-label="Witnesses">
        ${this.witnesses.map(
          (w) => html`
            <li data-witness-id=${w.id}>
              <span class="label" lang=${guessLanguage(w.label)}>${w.label}</span>
              <span class="lang">${languageName(w.lang)}</span>
              <span class="role">${w.role}</span>
              ${w.preparedForProject ? html`<span class="prepared-notice">${PREPARED_NOTICE}</span>` : nothing}
            </li>
          `,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-witness-list': PxWitnessList;
  }
}
