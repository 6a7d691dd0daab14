/**
 * Shown for an open work while the compare view (`px-work-view`) is not part
 * of the build: the work's title and witnesses, each witness's opening
 * paragraph in its own language, and the project-text notice.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { guessLanguage } from '../core/import/index.ts';
import type { Work } from '../core/model/work.ts';
import { errorReporterContext, storageContext, type ErrorReporter, type PxStorage } from './contexts.ts';
import { PREPARED_NOTICE } from './px-witness-list.ts';
import './px-witness-list.ts';
import { baseStyles } from './theme.ts';

@customElement('px-work-placeholder')
export class PxWorkPlaceholder extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        padding: var(--px-space-4);
      }
      h1 {
        font-family: var(--px-font-text);
        font-size: 1.375rem;
        margin: 0 0 var(--px-space-3);
      }
      .columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
        gap: var(--px-space-4);
        margin-top: var(--px-space-4);
      }
      article {
        background: var(--px-surface);
        border: 1px solid var(--px-border);
        border-radius: var(--px-radius);
        padding: var(--px-space-3);
      }
      h2 {
        font-size: 1rem;
        margin: 0 0 var(--px-space-2);
      }
    `,
  ];

  @property() workId = '';
  @consume({ context: storageContext, subscribe: true }) @state() storage?: PxStorage;
  @consume({ context: errorReporterContext, subscribe: true }) @state() reporter?: ErrorReporter;
  @state() private work: Work | null = null;
  private call = 0;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('workId') || changed.has('storage')) void this.load();
  }

  private async load(): Promise<void> {
    if (!this.storage || !this.workId) return;
    const call = ++this.call;
    const r = await this.storage.works.loadWork(this.workId);
    if (call !== this.call) return;
    if (!r.ok) {
      this.reporter?.report(r.error);
      return;
    }
    this.work = r.value;
  }

  override render() {
    const w = this.work;
    if (!w) return html`<p role="status">Loading…</p>`;
    return html`
      <h1 id="work-heading" tabindex="-1" lang=${guessLanguage(w.meta.title ?? w.id)}>${w.meta.title ?? w.id}</h1>
      <px-witness-list .witnesses=${w.witnesses}></px-witness-list>
      <div class="columns">
        ${w.witnesses.map(
          (wit) => html`
            <article aria-label=${wit.label}>
              <h2>${wit.label}</h2>
              ${wit.preparedForProject ? html`<p class="prepared-notice">${PREPARED_NOTICE}</p>` : nothing}
              ${wit.paragraphs.slice(0, 3).map((p) => html`<p class="text" lang=${wit.lang}>${p.text}</p>`)}
            </article>
          `,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-work-placeholder': PxWorkPlaceholder;
  }
}
