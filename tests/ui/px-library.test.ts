import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { deleteParallaxDb, openWorkspace } from '../../src/storage/index.ts';
import type { PxLibrary } from '../../src/ui/px-library.ts';
import '../../src/ui/px-library.ts';
import { readRepoBytes } from '../support/files.ts';
import { freshWorkspace, sampleWork } from '../storage/fresh-workspace.ts';
import { provideServices, SAMPLE_ID, until } from './shell-fixtures.ts';

async function libraryWith(opts: { sample: boolean }) {
  const storage = await freshWorkspace();
  if (opts.sample) {
    const r = await storage.works.importWork(await sampleWork());
    assert.ok(r.ok);
  }
  const el = document.createElement('px-library') as PxLibrary;
  const { host, services } = provideServices(el, storage);
  const done = async () => {
    host.remove();
    storage.close();
    await deleteParallaxDb(storage.name);
  };
  return { el, storage, services, done };
}

const rows = (el: PxLibrary) => [...(el.shadowRoot?.querySelectorAll('li.work[data-work-id]') ?? [])] as HTMLElement[];
const choose = (el: PxLibrary, files: File[]) =>
  el.shadowRoot?.querySelector('px-import-drop')?.dispatchEvent(new CustomEvent('px-files-chosen', { detail: { files }, bubbles: true, composed: true }));

describe('px-library', () => {
  it('lists the stored work with its three witnesses and the project-text notice on ours only', async () => {
    const { el, done } = await libraryWith({ sample: true });
    const row = await until(() => rows(el)[0], 'the sample work');
    assert.equal(row.dataset['workId'], SAMPLE_ID);
    assert.equal(row.querySelector('a')?.getAttribute('href'), `#/work/${SAMPLE_ID}`);
    const list = row.querySelector('px-witness-list');
    await list?.updateComplete;
    const witnesses = [...(list?.shadowRoot?.querySelectorAll('li') ?? [])];
    assert.deepEqual(witnesses.map((w) => w.dataset['witnessId']).sort(), ['en-7b', 'en-parallax', 'zh']);
    const noticed = witnesses.filter((w) => w.querySelector('.prepared-notice')).map((w) => w.dataset['witnessId']);
    assert.deepEqual(noticed.sort(), ['en-parallax', 'zh']);
    // Sources and licence are one click away, with the work.json notes and each witness's provenance.
    const about = row.querySelector('details.about');
    assert.ok(about);
    assert.match(about.textContent ?? '', /must never be cited/);
    assert.match(about.textContent ?? '', /Wilson Center Digital Archive export, as received/);
    await done();
  });

  it('imports a dropped archive export, and gives a second copy a fresh id', async () => {
    const { el, services, done } = await libraryWith({ sample: false });
    await until(() => el.shadowRoot?.textContent?.includes('No works yet'), 'the empty library');
    const bytes = await readRepoBytes('translations/wilson-121617/wilson-121617.en.txt');
    choose(el, [new File([new Uint8Array(bytes)], 'wilson-121617.en.txt', { type: 'text/plain' })]);
    await until(() => rows(el).length === 1, 'the imported work');
    choose(el, [new File([new Uint8Array(bytes)], 'wilson-121617.en.txt', { type: 'text/plain' })]);
    await until(() => rows(el).length === 2, 'the second copy');
    const ids = rows(el).map((r) => r.dataset['workId']).sort();
    assert.equal(ids[1], `${ids[0]}-2`);
    assert.deepEqual(services.errors, []);
    assert.equal(services.notices.length, 2);
    await done();
  });

  it('imports a work folder (work.json with its texts) as one work with three witnesses', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: false });
    const names = ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt'];
    const files = await Promise.all(names.map(async (n) => new File([new Uint8Array(await readRepoBytes(`translations/wilson-121617/${n}`))], n)));
    const extra = new File(['A loose note.\n\nSecond paragraph.'], 'loose-note.txt');
    const paths = [...names.map((n) => `wilson-121617/${n}`), 'loose-note.txt'];
    el.shadowRoot?.querySelector('px-import-drop')?.dispatchEvent(
      new CustomEvent('px-files-chosen', { detail: { files: [...files, extra], paths }, bubbles: true, composed: true }));
    await until(() => rows(el).length === 2, 'the folder work and the loose file');
    assert.deepEqual(services.errors, []);
    const work = await storage.works.loadWork(SAMPLE_ID);
    assert.ok(work.ok);
    assert.deepEqual(work.value.witnesses.map((w) => w.id).sort(), ['en-7b', 'en-parallax', 'zh']);
    await done();
  });

  it('reports a work folder whose work.json names a missing file', async () => {
    const { el, services, done } = await libraryWith({ sample: false });
    const manifest = new File([new Uint8Array(await readRepoBytes('translations/wilson-121617/work.json'))], 'work.json');
    el.shadowRoot?.querySelector('px-import-drop')?.dispatchEvent(
      new CustomEvent('px-files-chosen', { detail: { files: [manifest], paths: ['w/work.json'] }, bubbles: true, composed: true }));
    await until(() => services.errors.length === 1, 'the error');
    assert.equal(services.errors[0]?.code, 'IMPORT_WORK_MISSING_FILE');
    await done();
  });

  it('reports an empty and a binary file through the error reporter, storing nothing', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: false });
    choose(el, [new File([], 'empty.txt'), new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], 'x.png')]);
    await until(() => services.errors.length === 2, 'two errors');
    assert.deepEqual(services.errors.map((e) => e.code), ['IMPORT_EMPTY', 'IMPORT_BINARY']);
    assert.equal((await storage.works.listWorks()).length, 0);
    await done();
  });

  it('merges a dropped Parallax bundle with its history, and reports a broken one by its BUNDLE_ code', async () => {
    const source = await freshWorkspace();
    assert.ok((await source.works.importWork(await sampleWork())).ok);
    const bundle = await source.backup.exportBundleText({ workId: SAMPLE_ID });
    assert.ok(bundle.ok);
    source.close();
    await deleteParallaxDb(source.name);
    const { el, services, storage, done } = await libraryWith({ sample: false });
    choose(el, [new File([bundle.value], 'backup.json', { type: 'application/json' })]);
    await until(() => rows(el).length === 1, 'the work from the bundle');
    assert.equal(rows(el)[0]?.dataset['workId'], SAMPLE_ID);
    assert.ok((await storage.works.loadWork(SAMPLE_ID)).ok);
    choose(el, [new File(['{"format": "parallax.bundle", "version": 1, "works": 7}'], 'broken.json')]);
    await until(() => services.errors.length === 1, 'the bundle error');
    assert.match(services.errors[0]?.code ?? '', /^BUNDLE_/);
    await done();
  });

  it('removes a work only after confirmation, and Undo brings it back', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: true });
    const row = await until(() => rows(el)[0], 'the sample work');
    (row.querySelector('button.danger') as HTMLButtonElement).click();
    await el.updateComplete;
    const dialog = el.shadowRoot?.querySelector('dialog');
    assert.equal(dialog?.open, true);
    // Cancel keeps it.
    (dialog?.querySelector('button:not(.danger)') as HTMLButtonElement).click();
    assert.equal(dialog?.open, false);
    assert.equal((await storage.works.listWorks()).length, 1);
    (row.querySelector('button.danger') as HTMLButtonElement).click();
    (dialog?.querySelector('button.danger') as HTMLButtonElement).click();
    await until(() => rows(el).length === 0, 'the work to leave the list');
    assert.equal((await storage.works.listWorks()).length, 0);
    await until(() => el.shadowRoot?.activeElement?.id === 'works-heading', 'focus kept in the list section');
    const notice = services.notices.at(-1);
    assert.equal(notice?.action?.label, 'Undo');
    notice?.action?.run();
    await until(() => rows(el).length === 1, 'the work to come back');
    assert.equal((await storage.works.listWorks())[0]?.id, SAMPLE_ID);
    await done();
  });

  it('registers its shortcuts, and `i` opens the file picker', async () => {
    const { el, services, done } = await libraryWith({ sample: false });
    await until(() => services.shortcuts.list().some((g) => g.group === 'Library'), 'the Library shortcuts');
    const input = el.shadowRoot?.querySelector('px-import-drop')?.shadowRoot?.querySelector('input.files') as HTMLInputElement;
    let opened = 0;
    input.addEventListener('click', (e) => {
      e.preventDefault();
      opened++;
    });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'i', bubbles: true, composed: true }));
    assert.equal(opened, 1);
    el.remove();
    assert.equal(services.shortcuts.list().some((g) => g.group === 'Library'), false);
    await done();
  });

  it('offers bundled works that are not in the library', async () => {
    const { el, done } = await libraryWith({ sample: true });
    el.bundledIds = [SAMPLE_ID, 'another-work'];
    await until(() => rows(el).length === 1, 'the sample work');
    await el.updateComplete;
    const offered: string[] = [];
    el.addEventListener('px-add-bundled', (e) => offered.push(e.detail.id));
    const add = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].filter((b) => b.textContent?.includes('Add to library'));
    assert.equal(add.length, 1);
    add[0]?.click();
    assert.deepEqual(offered, ['another-work']);
    await done();
  });
});

describe('px-library across tabs', () => {
  it('shows a work another tab imported', async () => {
    const { el, storage, done } = await libraryWith({ sample: false });
    await until(() => el.shadowRoot?.textContent?.includes('No works yet'), 'the empty library');
    // A second connection to the same database stands for another tab.
    const other = await openWorkspace({ name: storage.name });
    assert.ok((await other.works.importWork(await sampleWork())).ok);
    await until(() => rows(el).length === 1, 'the work from the other tab');
    other.close();
    await done();
  });
});

describe('px-library welcome', () => {
  it('invites a newcomer to set the editor name, and stays quiet once it is set', async () => {
    const storage = await freshWorkspace({ editor: null });
    let asked = 0;
    const el = document.createElement('px-library') as PxLibrary;
    const { host } = provideServices(el, storage, { name: null, ensureName: async () => (asked++, 'New Editor') });
    await el.updateComplete;
    const button = [...(el.shadowRoot?.querySelectorAll('.welcome button') ?? [])][0] as HTMLButtonElement | undefined;
    assert.ok(button, 'the welcome offers to set the name');
    button.click();
    assert.equal(asked, 1);
    el.editor = { name: 'New Editor', ensureName: async () => 'New Editor' };
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('.welcome'), null);
    host.remove();
    storage.close();
    await deleteParallaxDb(storage.name);
  });
});
