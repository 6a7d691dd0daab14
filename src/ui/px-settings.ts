/**
 * Settings and about: the editor name, whether the browser keeps this site's
 * data persistently (and how much it uses), whether the app is ready to work
 * offline, removed works (restore or delete for good), and where the texts
 * come from.
 *
 * @fires px-change-editor-name - the person wants to change the editor name (the app asks).
 * @fires px-request-persistence - ask the browser again for persistent storage.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import type { PersistenceAnswer, StorageEstimate, WorkSummary } from '../storage/index.ts';
import { editorContext, errorReporterContext, storageContext, type EditorIdentity, type ErrorReporter, type PxStorage } from './contexts.ts';
import { sizeInWords } from './px-import-progress.ts';
import { PREPARED_NOTICE } from './px-witness-list.ts';
import { baseStyles } from './theme.ts';

const PERSISTENCE_WORDS: Record<PersistenceAnswer, string> = {
  persisted: 'Granted: the browser will not clear your works to free space.',
  denied: 'Not granted: under storage pressure the browser may clear this site’s data. Download a backup (below) now and then; installing the app usually grants it.',
  unsupported: 'This browser cannot promise to keep the data. Download a backup (below) now and then.',
};

@customElement('px-settings')
export class PxSettings extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: block;
        max-width: 48rem;
        margin: 0 auto;
        padding: var(--px-space-4);
      }
      h1 {
        font-size: 1.5rem;
        margin: 0 0 var(--px-space-4);
      }
      section {
        background: var(--px-surface);
        border: 1px solid var(--px-border);
        border-radius: var(--px-radius);
        padding: var(--px-space-3) var(--px-space-4);
        margin-bottom: var(--px-space-4);
      }
      h2 {
        font-size: 1.125rem;
        margin: 0 0 var(--px-space-2);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(8rem, auto) 1fr;
        gap: var(--px-space-2) var(--px-space-4);
        margin: 0 0 var(--px-space-3);
      }
      dt {
        color: var(--px-text-muted);
      }
      dd {
        margin: 0;
        overflow-wrap: anywhere;
      }
      ul.bin {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: var(--px-space-2);
      }
      ul.bin li {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: var(--px-space-2);
      }
      ul.bin li span {
        flex: 1 1 12rem;
      }
      @media (max-width: 30rem) {
        :host {
          padding: var(--px-space-3);
        }
        dl {
          grid-template-columns: 1fr;
          gap: 0 0;
        }
        dd {
          margin-bottom: var(--px-space-2);
        }
      }
    `,
  ];

  /** The browser's answer to the persistent-storage request (null: not asked yet). */
  @property({ attribute: false }) persistence: PersistenceAnswer | null = null;
  @property({ attribute: false }) estimate: StorageEstimate | null = null;
  /** A service worker controls the page: the app will load without a network. */
  @property({ type: Boolean }) offlineReady = false;
  @property() appVersion = '';

  @consume({ context: storageContext, subscribe: true }) @state() storage?: PxStorage;
  @consume({ context: editorContext, subscribe: true }) @state() editor?: EditorIdentity;
  @consume({ context: errorReporterContext, subscribe: true }) @state() reporter?: ErrorReporter;
  @state() private removed: WorkSummary[] = [];

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('storage')) void this.loadBin();
  }

  private async loadBin(): Promise<void> {
    if (!this.storage) return;
    try {
      this.removed = await this.storage.works.listRemovedWorks();
    } catch (e) {
      this.reporter?.report(e);
    }
  }

  private async restore(id: string): Promise<void> {
    const r = await this.storage?.works.restoreWork(id);
    if (r && !r.ok) this.reporter?.report(r.error);
    await this.loadBin();
  }

  private async purge(w: WorkSummary): Promise<void> {
    if (!window.confirm(`Delete “${w.title ?? w.id}” and all its revisions for good? This cannot be undone.`)) return;
    const r = await this.storage?.works.purgeWork(w.id);
    if (r && !r.ok) this.reporter?.report(r.error);
    await this.loadBin();
  }

  /** Downloads every work with its whole history as one `parallax.bundle` file (the CLI reads it too). */
  private async downloadBackup(): Promise<void> {
    const text = await this.storage?.backup.exportBundleText();
    if (!text) return;
    if (!text.ok) {
      this.reporter?.report(text.error);
      return;
    }
    const url = URL.createObjectURL(new Blob([text.value], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `parallax-backup-${new Date().toISOString().slice(0, 10)}.json`;
    a.click();
    // Revoked later: the download starts asynchronously after click().
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }

  private fire(name: 'px-change-editor-name' | 'px-request-persistence'): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  override render() {
    const usage = this.estimate?.usage;
    const quota = this.estimate?.quota;
    return html`
      <h1 id="settings-heading" tabindex="-1">Settings and about</h1>
      <section aria-labelledby="editor-h">
        <h2 id="editor-h">Editor</h2>
        <dl>
          <dt>Your name</dt>
          <dd data-testid="editor-name">${this.editor?.name ?? 'Not set yet: you will be asked when you first save a change.'}</dd>
        </dl>
        <button type="button" @click=${() => this.fire('px-change-editor-name')}>${this.editor?.name ? 'Change name…' : 'Set name…'}</button>
      </section>
      <section aria-labelledby="storage-h">
        <h2 id="storage-h">Storage in this browser</h2>
        <dl>
          <dt>Persistent storage</dt>
          <dd data-testid="persistence">${this.persistence ? PERSISTENCE_WORDS[this.persistence] : 'Asking the browser…'}</dd>
          <dt>Space used</dt>
          <dd>${usage != null ? `${sizeInWords(usage)}${quota != null ? ` of about ${sizeInWords(quota)} available` : ''}` : 'Unknown'}</dd>
          <dt>Works offline</dt>
          <dd data-testid="offline-ready">${this.offlineReady ? 'Yes: the app, the bundled corpus and its fonts are cached.' : 'Not yet: keep this page open until it has loaded once (needs the built app, not the dev server).'}</dd>
        </dl>
        ${this.persistence !== 'persisted' ? html`<button type="button" @click=${() => this.fire('px-request-persistence')}>Ask again for persistent storage</button>` : nothing}
      </section>
      <section aria-labelledby="backup-h">
        <h2 id="backup-h">Backup</h2>
        <p>
          Download every work with its revisions, reviews, alignments and names as one file. Import it on the library
          page (here or in another browser) to restore or merge it.
        </p>
        <button type="button" @click=${() => void this.downloadBackup()}>Download a backup (.json)</button>
      </section>
      <section aria-labelledby="bin-h">
        <h2 id="bin-h">Removed works</h2>
        ${this.removed.length === 0
          ? html`<p>None.</p>`
          : html`<ul class="bin">
              ${this.removed.map((w) => html`<li>
                <span>${w.title ?? w.id}</span>
                <button type="button" @click=${() => void this.restore(w.id)}>Restore</button>
                <button type="button" class="danger" @click=${() => void this.purge(w)}>Delete for good</button>
              </li>`)}
            </ul>`}
      </section>
      <section aria-labelledby="about-h">
        <h2 id="about-h">About Parallax ${this.appVersion}</h2>
        <p>
          Parallax compares, revises and publishes translations of archival documents. Everything stays in this browser;
          nothing is sent anywhere.
        </p>
        <p>
          The sample work pairs the Wilson Center Digital Archive’s English translation (document 121617) with a Chinese
          rendering and a second English translation written for this project. Those two are marked
          “${PREPARED_NOTICE}” wherever they appear: never cite them as the document’s wording.
        </p>
        <p lang="zh-Hans">中文文本使用思源宋体（Noto Serif SC）显示，字体随应用一起提供，离线也可使用。</p>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-settings': PxSettings;
  }
  interface HTMLElementEventMap {
    'px-change-editor-name': CustomEvent<undefined>;
    'px-request-persistence': CustomEvent<undefined>;
  }
}
