/**
 * The app shell: provides the services (storage, error reporter, notifier,
 * editor identity, clock, ids, unsaved edits, shortcuts) through context,
 * routes by URL hash (`#/`, `#/work/<id>`, `#/settings`) so a reload returns
 * to the same place, imports the bundled corpus on first run, and hosts the
 * one notifier, the update banner, the shortcuts dialog and the editor-name
 * prompt.
 *
 * `main.ts` sets `storage` (the opened workspace) and `corpus`; tests set
 * fakes. Until `storage` is set the shell renders, but shows no works.
 */
import { LitElement, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ContextProvider, provide } from '@lit/context';
import { createIdFactory, type IdFactory } from '../core/ids.ts';
import type { PxError } from '../core/result.ts';
import type { CorpusLoader } from '../platform/corpus-loader.ts';
import type { PersistenceAnswer, StorageEstimate } from '../storage/index.ts';
import { seedBundledNames, seedBundledWorks, addBundledWork, SEEDED_KEY } from './bundled-works.ts';
import {
  clockContext, editorContext, errorReporterContext, idFactoryContext, notifierContext, shortcutsContext, storageContext, unsavedEditsContext,
  type Clock, type EditorIdentity, type ErrorReporter, type Notifier, type PxStorage, type UnsavedEdits,
} from './contexts.ts';
import { routeOf, titleOf, type Route } from './route.ts';
import { Shortcuts, type ShortcutGroup } from './shortcut-registry.ts';
import { UnsavedEditsRegistry } from './unsaved-edits-registry.ts';
import { loadWorkView } from './work-view-loader.ts';
import { WindowDropGuard } from './window-drop-guard.ts';
import type { PxEditorNameDialog } from './px-editor-name-dialog.ts';
import type { PxNotifier } from './px-notifier.ts';
import type { PxShortcutsDialog } from './px-shortcuts-dialog.ts';
import './px-editor-name-dialog.ts';
import type { PxTeamDialog, TeamDialogMode } from './px-team-dialog.ts';
import { TeamHub, teamContext } from './team-hub.ts';
import './px-library.ts';
import './px-notifier.ts';
import './px-offline-indicator.ts';
import './px-settings.ts';
import './px-shortcuts-dialog.ts';
import './px-update-banner.ts';
import { baseStyles } from './theme.ts';
import { appStyles } from './px-app.styles.ts';

export { SEEDED_KEY };

/** After a `g`, the second key of a two-key shortcut must follow within this time. */
const SEQUENCE_MS = 1200;

function isTyping(e: KeyboardEvent): boolean {
  const t = e.composedPath()[0];
  return t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
}

@customElement('px-app')
export class PxApp extends LitElement {
  static override styles = [baseStyles, appStyles];

  /** The opened workspace (`main.ts` sets it after `openWorkspace()`). */
  @property({ attribute: false }) storage?: PxStorage;
  /** Fetches the bundled corpus; null in tests that need none. */
  @property({ attribute: false }) corpus: CorpusLoader | null = null;
  /** Set while a new service worker waits: calling it activates the new version and reloads. */
  @property({ attribute: false }) applyUpdate: (() => void) | null = null;
  @property({ type: Boolean }) offlineReady = false;
  @property() appVersion = '';

  @provide({ context: errorReporterContext }) reporter: ErrorReporter = { report: (e) => this.showError(e) };
  @provide({ context: notifierContext }) notifier: Notifier = { notify: (n) => void this.withNotifier((el) => el.showNotice(n)) };
  @provide({ context: clockContext }) clock: Clock = { now: () => Date.now() };
  @provide({ context: idFactoryContext }) ids: IdFactory = createIdFactory();
  @provide({ context: unsavedEditsContext }) unsaved: UnsavedEdits = new UnsavedEditsRegistry();
  @provide({ context: shortcutsContext }) shortcuts: Shortcuts = new Shortcuts();
  @provide({ context: editorContext }) @state() editor: EditorIdentity = this.identity(null);
  /** Shared works; the sync code itself loads on the first connect. */
  @provide({ context: teamContext }) team: TeamHub = new TeamHub(() => this.storage);

  @state() private route: Route = routeOf(window.location.hash);
  @state() private bundledIds: readonly string[] = [];
  @state() private libraryVersion = 0;
  @state() private workViewReady: boolean | null = null;
  /** The bundled works are in storage: a work opened by its address on the very first visit must wait for them. */
  @state() private seeded = false;
  @state() private persistence: PersistenceAnswer | null = null;
  @state() private estimate: StorageEstimate | null = null;
  @state() private shortcutGroups: ShortcutGroup[] = [];

  @query('px-notifier') private notifierEl!: PxNotifier;
  @query('px-shortcuts-dialog') private shortcutsDialog!: PxShortcutsDialog;
  @query('px-editor-name-dialog') private nameDialog!: PxEditorNameDialog;
  @query('px-team-dialog') private teamDialog!: PxTeamDialog;
  @query('main') private mainEl!: HTMLElement;

  // Provided by hand: `storage` is undefined until the database opens, which @provide's typing refuses.
  private readonly storageProvider = new ContextProvider(this, { context: storageContext });
  // Files dropped anywhere go to the library's import while it shows; elsewhere they are refused.
  private readonly dropGuard = new WindowDropGuard(this, () => {
    const library = this.route.view === 'library' ? this.renderRoot.querySelector('px-library') : null;
    return library ? (chosen) => void library.importFiles(chosen.map((c) => c.file), chosen.map((c) => c.path)) : null;
  });
  private pendingName: Promise<string | null> | null = null;
  private pendingG = 0;
  private cleanups: Array<() => void> = [];

  override connectedCallback(): void {
    super.connectedCallback();
    const onHash = () => this.navigate(routeOf(window.location.hash));
    window.addEventListener('hashchange', onHash);
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    // The dialog is a lazy chunk too: most people never use a team server.
    const onTeamRequest = (e: Event) => void import('./px-team-dialog.ts').then(() => this.teamDialog.show((e as CustomEvent<TeamDialogMode>).detail));
    const onTeamOpened = (e: Event) => {
      this.libraryVersion += 1;
      // Joining a team signs this browser's changes with the team user name (set by the session).
      void this.storage?.settings.editorName().then((name) => (this.editor = this.identity(name)));
      window.location.hash = `#/work/${encodeURIComponent((e as CustomEvent<{ workId: string }>).detail.workId)}`;
    };
    this.addEventListener('px-team-request', onTeamRequest);
    this.addEventListener('px-team-opened', onTeamOpened);
    const offChange = this.shortcuts.onChange(() => (this.shortcutGroups = this.shortcuts.list()));
    const offApp = this.shortcuts.register('Everywhere', [
      { keys: '?', description: 'Show this list of shortcuts' },
      { keys: 'g then l', description: 'Go to the library' },
      { keys: 'g then s', description: 'Go to settings and about' },
      { keys: 'Escape', description: 'Close a dialog' },
    ]);
    this.cleanups.push(
      () => window.removeEventListener('hashchange', onHash),
      () => window.removeEventListener('keydown', this.onKeyDown),
      () => window.removeEventListener('beforeunload', this.onBeforeUnload),
      () => this.removeEventListener('px-team-request', onTeamRequest),
      () => this.removeEventListener('px-team-opened', onTeamOpened),
      offChange,
      offApp,
    );
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const c of this.cleanups.splice(0)) c();
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('storage') && this.storage) {
      this.storageProvider.setValue(this.storage);
      void this.startWithStorage(this.storage);
    }
    if (changed.has('route')) {
      document.title = titleOf(this.route);
      void this.titleWithWorkName(this.route);
    }
    if (changed.has('route') && this.route.view === 'work' && this.workViewReady === null) {
      void loadWorkView().then((ready) => (this.workViewReady = ready), (e: unknown) => {
        this.workViewReady = false;
        this.showError(e);
      });
    }
  }

  /** A work's page is titled with the work's own title once storage has told it (WCAG 2.4.2). */
  private async titleWithWorkName(route: Route): Promise<void> {
    if (route.view !== 'work' || !this.storage) return;
    const summary = (await this.storage.works.listWorks()).find((w) => w.id === route.id);
    if (summary?.title && this.route === route) document.title = titleOf(route, summary.title);
  }

  /** Shows an error in the notifier (the one place errors appear). */
  showError(e: PxError | unknown): void {
    void this.withNotifier((el) => el.showError(e));
  }

  private async withNotifier(show: (el: PxNotifier) => void): Promise<void> {
    await this.updateComplete;
    show(this.notifierEl);
  }

  private identity(name: string | null): EditorIdentity {
    return { name, ensureName: () => this.ensureName() };
  }

  /** Asks the editor's name once (one dialog even if several callers ask at the same time). */
  private ensureName(): Promise<string | null> {
    if (this.editor.name) return Promise.resolve(this.editor.name);
    this.pendingName ??= this.askName().finally(() => (this.pendingName = null));
    return this.pendingName;
  }

  private async askName(): Promise<string | null> {
    const name = await this.nameDialog.ask(this.editor.name);
    if (!name || !this.storage) return name ? name : this.editor.name;
    const saved = await this.storage.settings.setEditorName(name);
    if (!saved.ok) {
      this.showError(saved.error);
      return this.editor.name;
    }
    this.editor = this.identity(saved.value);
    // Not awaited: whoever asked for the name (a save) need not wait for the names lists.
    void this.seedNamesNow();
    return saved.value;
  }

  /** Stores the corpus names lists once (they need no editor name: they are imported data). */
  private async seedNamesNow(): Promise<void> {
    if (!this.storage || !this.corpus) return;
    for (const e of await seedBundledNames(this.storage, this.corpus)) this.showError(e);
  }

  private async changeName(): Promise<void> {
    const name = await this.nameDialog.ask(this.editor.name);
    if (!name || !this.storage) return;
    const saved = await this.storage.settings.setEditorName(name);
    if (!saved.ok) {
      this.showError(saved.error);
      return;
    }
    this.editor = this.identity(saved.value);
    await this.seedNamesNow();
  }

  private async startWithStorage(storage: PxStorage): Promise<void> {
    try {
      this.editor = this.identity(await storage.settings.editorName());
      if (this.corpus) {
        const seeded = await seedBundledWorks(storage, this.corpus);
        this.bundledIds = seeded.bundledIds;
        for (const e of seeded.errors) this.showError(e);
        if (seeded.imported.length > 0) this.libraryVersion++;
        await this.seedNamesNow();
      }
      this.seeded = true;
      await this.askPersistence(storage);
      document.documentElement.dataset['pxReady'] = 'true';
    } catch (e) {
      this.seeded = true;
      this.showError(e);
    }
  }

  private async askPersistence(storage: PxStorage): Promise<void> {
    this.persistence = await storage.requestPersistence();
    this.estimate = await storage.estimate();
  }

  private async addBundled(id: string): Promise<void> {
    if (!this.storage || !this.corpus) return;
    const r = await addBundledWork(this.storage, this.corpus, id);
    if (!r.ok) {
      this.showError(r.error);
      return;
    }
    this.libraryVersion++;
    this.notifier.notify({ message: `Added “${r.value}” to the library.` });
  }

  private navigate(route: Route): void {
    const changed = JSON.stringify(route) !== JSON.stringify(this.route);
    this.route = route;
    // Move focus to the new page's main region, so keyboard and screen-reader users start there.
    if (!changed) return;
    // A new page starts at its top, with focus on its main region for keyboard and screen-reader users.
    void this.updateComplete.then(() => {
      window.scrollTo(0, 0);
      this.mainEl.focus({ preventScroll: true });
    });
  }

  private readonly onBeforeUnload = (e: BeforeUnloadEvent): void => {
    if (this.unsaved.any()) e.preventDefault();
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTyping(e)) return;
    if (e.key === '?') {
      e.preventDefault();
      this.shortcutsDialog.show();
      return;
    }
    const now = Date.now();
    if (now - this.pendingG < SEQUENCE_MS && (e.key === 'l' || e.key === 's')) {
      this.pendingG = 0;
      e.preventDefault();
      window.location.hash = e.key === 'l' ? '#/' : '#/settings';
      return;
    }
    this.pendingG = e.key === 'g' ? now : 0;
  };

  private renderMain() {
    const r = this.route;
    switch (r.view) {
      case 'library':
        return html`<px-library .bundledIds=${this.bundledIds} .version=${this.libraryVersion} @px-add-bundled=${(e: CustomEvent<{ id: string }>) => void this.addBundled(e.detail.id)}></px-library>`;
      case 'settings':
        return html`<px-settings
          .persistence=${this.persistence}
          .estimate=${this.estimate}
          .offlineReady=${this.offlineReady}
          .appVersion=${this.appVersion}
          @px-change-editor-name=${() => void this.changeName()}
          @px-request-persistence=${() => this.storage && void this.askPersistence(this.storage)}
        ></px-settings>`;
      case 'work':
        if (this.workViewReady === null || !this.seeded) return html`<p role="status" style="padding:1rem">Opening the work…</p>`;
        return this.workViewReady
          ? html`<px-work-view .workId=${r.id} .paragraphId=${r.paragraphId ?? ''}></px-work-view>`
          : html`<p role="alert" style="padding:1rem">The work view could not be loaded. Reload the page to try again.</p>`;
    }
  }

  override render() {
    const view = this.route.view;
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => { e.preventDefault(); this.mainEl.focus(); }}>Skip to content</a>
      <header>
        <a class="brand" href="#/"><img src="./icons/icon.svg" alt="" width="24" height="24" /><span>Parallax</span></a>
        <nav aria-label="Main">
          <a href="#/" aria-current=${view === 'library' ? 'page' : 'false'}>Library</a>
          <a href="#/settings" aria-current=${view === 'settings' ? 'page' : 'false'}>Settings</a>
        </nav>
        <div class="tools">
          <px-offline-indicator></px-offline-indicator>
          <button type="button" @click=${() => this.shortcutsDialog.show()} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">?</button>
        </div>
      </header>
      <px-update-banner
        .available=${this.applyUpdate !== null}
        .hasUnsaved=${() => this.unsaved.any()}
        @px-update-apply=${() => this.applyUpdate?.()}
      ></px-update-banner>
      <main id="main" tabindex="-1" aria-label=${titleOf(this.route)}>${this.renderMain()}</main>
      <px-notifier></px-notifier>
      <px-shortcuts-dialog .groups=${this.shortcutGroups}></px-shortcuts-dialog>
      <px-editor-name-dialog></px-editor-name-dialog>
      <px-team-dialog></px-team-dialog>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-app': PxApp;
  }
}
