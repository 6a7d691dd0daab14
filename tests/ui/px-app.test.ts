import { describe, it, afterEach, beforeEach } from 'node:test';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import assert from 'node:assert/strict';
import { deleteParallaxDb, IMPORT_AUTHOR, openWorkspace, WORKSPACE_NAMES } from '../../src/storage/index.ts';
import { readRepoText } from '../support/files.ts';
import type { PxApp } from '../../src/ui/px-app.ts';
import { SEEDED_KEY } from '../../src/ui/px-app.ts';
import '../../src/ui/px-app.ts';
// The work view is loaded on demand by the built app; here it is defined up front.
import '../../src/ui/px-work-view.ts';
import { freshName } from '../storage/fresh-workspace.ts';
import { repoCorpus, SAMPLE_ID, until } from './shell-fixtures.ts';

async function startApp(dbName = freshName()) {
  window.location.hash = '#/';
  delete document.documentElement.dataset['pxReady'];
  const storage = await openWorkspace({ name: dbName });
  const app = document.createElement('px-app') as PxApp;
  app.corpus = repoCorpus();
  document.body.append(app);
  app.storage = storage;
  const done = async (drop = true) => {
    // Let the first-run work finish before the database closes under it.
    await until(() => document.documentElement.dataset['pxReady'] === 'true', 'the app to settle');
    app.remove();
    storage.close();
    if (drop) await deleteParallaxDb(dbName);
    window.location.hash = '';
  };
  return { app, storage, dbName, done };
}

const shadow = (el: Element | null | undefined) => el?.shadowRoot ?? null;
const library = (app: PxApp) => shadow(app)?.querySelector('px-library');
const libraryIds = (app: PxApp) => [...(shadow(library(app))?.querySelectorAll('li.work[data-work-id]') ?? [])].map((li) => (li as HTMLElement).dataset['workId']);

describe('px-app', () => {
  // The work view's virtualised grid resizes while it lays out; the browser's loop warning is not a failure.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  it('imports the bundled sample work on first run and shows it in the library', async () => {
    const { app, storage, done } = await startApp();
    await until(() => libraryIds(app).includes(SAMPLE_ID), 'the sample work in the library');
    await until(() => document.documentElement.dataset['pxReady'] === 'true', 'the ready flag');
    assert.deepEqual(shadow(app)?.querySelector('px-notifier')?.shownErrors, []);
    assert.equal(await storage.settings.get(SEEDED_KEY), true);
    await until(() => document.documentElement.dataset['pxReady'] === 'true', 'the ready flag');
    // The shared names list comes with the first run, signed as imported data,
    // so the work view marks names before anyone has set an editor name.
    const shipped = JSON.parse(await readRepoText('translations/names.json')) as { entries: Array<{ id: string }> };
    const names = await storage.names.listNames(WORKSPACE_NAMES);
    assert.deepEqual(names.map((n) => n.id).sort(), shipped.entries.map((n) => n.id).sort());
    assert.ok(names.every((n) => n.author === IMPORT_AUTHOR));
    // Setting a name later does not store the lists again over the person's edits.
    const asked = app.editor.ensureName();
    const dialog = await until(() => shadow(shadow(app)?.querySelector('px-editor-name-dialog'))?.querySelector('dialog[open]'), 'the name dialog');
    (dialog.querySelector('input') as HTMLInputElement).value = 'A. Editor';
    (dialog.querySelector('form') as HTMLFormElement).requestSubmit();
    assert.equal(await asked, 'A. Editor');
    await new Promise((r) => setTimeout(r, 200));
    assert.ok((await storage.names.listNames(WORKSPACE_NAMES)).every((n) => n.author === IMPORT_AUTHOR));
    await done();
  });

  it('does not bring back a sample work the person removed', async () => {
    const first = await startApp();
    await until(() => libraryIds(first.app).includes(SAMPLE_ID), 'the sample work');
    assert.ok((await first.storage.works.removeWork(SAMPLE_ID)).ok);
    await first.done(false);
    const second = await startApp(first.dbName);
    await until(() => shadow(library(second.app))?.textContent?.includes('Bundled with Parallax'), 'the bundled offer');
    assert.deepEqual(libraryIds(second.app), []);
    await second.done();
  });

  it('routes by hash: settings, a work, back to the library, moving focus to the main region', async () => {
    const { app, done } = await startApp();
    await until(() => libraryIds(app).includes(SAMPLE_ID), 'the sample work');
    window.location.hash = '#/settings';
    await until(() => shadow(app)?.querySelector('main px-settings'), 'the settings panel');
    assert.equal(shadow(app)?.activeElement?.tagName, 'MAIN');
    assert.equal(document.title, 'Settings — Parallax');
    window.location.hash = `#/work/${SAMPLE_ID}`;
    const view = await until(() => shadow(app)?.querySelector('main px-work-view'), 'the work view');
    assert.ok(view);
    assert.equal((view as HTMLElement & { workId: string }).workId, SAMPLE_ID);
    await until(() => document.title.startsWith('The Soviet Document'), 'the work title in the page title');
    window.location.hash = '#/';
    await until(() => library(app), 'the library');
    await done();
  });

  it('opens the shortcuts dialog on ? with the app and library groups, but not while typing', async () => {
    const { app, done } = await startApp();
    await until(() => libraryIds(app).length > 0, 'the library');
    const dialog = () => shadow(shadow(app)?.querySelector('px-shortcuts-dialog'))?.querySelector('dialog');
    const input = document.createElement('input');
    document.body.append(input);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true, composed: true }));
    assert.equal(dialog()?.open, false);
    input.remove();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '?' }));
    await until(() => dialog()?.open, 'the dialog');
    const text = dialog()?.textContent ?? '';
    assert.match(text, /Everywhere[\s\S]*Show this list of shortcuts/);
    assert.match(text, /Library[\s\S]*Import files/);
    dialog()?.close();
    await done();
  });

  it('shows an import error from the library in its one notifier', async () => {
    const { app, done } = await startApp();
    await until(() => libraryIds(app).length > 0, 'the library');
    shadow(library(app))?.querySelector('px-import-drop')?.dispatchEvent(
      new CustomEvent('px-files-chosen', { detail: { files: [new File([], 'empty.txt')] }, bubbles: true, composed: true }));
    const notifier = shadow(app)?.querySelector('px-notifier');
    await until(() => notifier?.shownErrors.some((e) => e.code === 'IMPORT_EMPTY'), 'IMPORT_EMPTY in the notifier');
    await done();
  });

  it('asks the editor name once, even when two callers ask together, and stores it', async () => {
    const { app, storage, done } = await startApp();
    await until(() => document.documentElement.dataset['pxReady'] === 'true', 'ready');
    const a = app.editor.ensureName();
    const b = app.editor.ensureName();
    const nameDialog = shadow(app)?.querySelector('px-editor-name-dialog');
    const dialog = await until(() => shadow(nameDialog)?.querySelector('dialog[open]'), 'the name dialog');
    const input = dialog.querySelector('input') as HTMLInputElement;
    input.value = '  Lin Wei  ';
    (dialog.querySelector('form') as HTMLFormElement).requestSubmit();
    assert.deepEqual(await Promise.all([a, b]), ['Lin Wei', 'Lin Wei']);
    assert.equal(await storage.settings.editorName(), 'Lin Wei');
    assert.equal(app.editor.name, 'Lin Wei');
    assert.equal(await app.editor.ensureName(), 'Lin Wei');
    assert.equal(shadow(nameDialog)?.querySelector('dialog')?.open, false);
    await done();
  });

  it('offers a waiting update but never reloads over unsaved edits', async () => {
    const { app, done } = await startApp();
    let applied = 0;
    app.applyUpdate = () => applied++;
    await app.updateComplete;
    const banner = shadow(app)?.querySelector('px-update-banner');
    await banner?.updateComplete;
    const reload = () => [...(shadow(banner)?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Reload');
    assert.match(shadow(banner)?.textContent ?? '', /A new version is available/);
    let dirty = true;
    const unregister = app.unsaved.register(() => dirty);
    reload()?.click();
    await banner?.updateComplete;
    assert.equal(applied, 0);
    assert.match(shadow(banner)?.textContent ?? '', /Save or discard your unsaved edits first/);
    dirty = false;
    reload()?.click();
    assert.equal(applied, 1);
    unregister();
    await done();
  });
});

describe('px-app drops', () => {
  it('imports a file dropped anywhere on the library, and refuses drops elsewhere instead of navigating away', async () => {
    const { app, storage, done } = await startApp();
    await until(() => libraryIds(app).includes(SAMPLE_ID), 'the sample work');
    const drop = (files: File[]) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(f);
      const e = new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true });
      shadow(app)?.querySelector('header')?.dispatchEvent(e);
      return e;
    };
    const e = drop([new File(['第一段。\n\n第二段。'], 'note.txt', { type: 'text/plain' })]);
    assert.equal(e.defaultPrevented, true);
    await until(() => libraryIds(app).includes('note'), 'the dropped work');
    window.location.hash = '#/settings';
    await until(() => shadow(app)?.querySelector('px-settings'), 'settings');
    const refused = drop([new File(['x'], 'other.txt')]);
    assert.equal(refused.defaultPrevented, true, 'the browser does not open the file');
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await storage.works.listWorks()).some((w) => w.id === 'other'), false);
    await done();
  });
});
