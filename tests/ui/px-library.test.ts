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

  it('imports a dropped archive export; imported again, it offers update, keep both or cancel, and each does what it says', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: false });
    await until(() => el.shadowRoot?.textContent?.includes('No works yet'), 'the empty library');
    const bytes = await readRepoBytes('translations/wilson-121617/wilson-121617.en.txt');
    const file = (text?: string) => new File([text ?? new Uint8Array(bytes)], 'wilson-121617.en.txt', { type: 'text/plain' });
    choose(el, [file()]);
    await until(() => rows(el).length === 1, 'the imported work');
    const [id] = rows(el).map((r) => r.dataset['workId']);
    const reimport = () => el.shadowRoot?.querySelector('px-reimport-dialog');
    const button = (name: string) => [...(reimport()?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name);
    const asked = () => until(() => reimport()?.shadowRoot?.querySelector('dialog')?.open, 'the re-import question');
    // Cancel: nothing changes.
    choose(el, [file()]);
    await asked();
    assert.match(reimport()?.shadowRoot?.querySelector('h2')?.textContent ?? '', /is already in the library/);
    button('Cancel')?.click();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal((await storage.works.listWorks()).length, 1);
    // Keep both: a second work, told apart by id and title.
    choose(el, [file()]);
    await asked();
    button('Keep both')?.click();
    await until(() => rows(el).length === 2, 'the second copy');
    const works = (await storage.works.listWorks()).sort((a, b) => a.id.localeCompare(b.id));
    assert.deepEqual(works.map((w) => w.id), [id, `${id}-2`]);
    assert.equal(works[1]?.title, `${works[0]?.title} (copy 2)`);
    assert.ok(rows(el).every((r) => r.querySelector('.work-id')?.textContent === r.dataset['workId']), 'each row shows its id');
    // Update: the changed paragraph becomes a revision of the first work; nothing is lost.
    const before = await storage.works.loadWork(id ?? '');
    assert.ok(before.ok);
    const text = new TextDecoder().decode(bytes);
    const para = before.value.witnesses[0]?.paragraphs.find((p) => p.text.includes('Ba-ke-tu'));
    assert.ok(para);
    choose(el, [file(text.replace(para.text, `${para.text} An added sentence.`))]);
    await asked();
    button('Update the work')?.click();
    await until(() => services.notices.some((n) => n.message.startsWith('Updated')), 'the update notice');
    assert.equal((await storage.works.listWorks()).length, 2);
    const history = await storage.revisions.paragraphRevisions(id ?? '', para.id);
    assert.deepEqual(history.map((h) => h.state), ['approved', 'approved']);
    assert.equal(history[0]?.revision.text, para.text, 'the earlier text is kept');
    assert.ok(history[1]?.revision.text.endsWith('An added sentence.'));
    assert.match(services.notices.at(-1)?.message ?? '', /1 paragraph changed/);
    assert.deepEqual(services.errors, []);
    await done();
  });

  it('texts dropped together are offered as one work; confirmed, they are one work with an original and a translation', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: false });
    await until(() => el.shadowRoot?.textContent?.includes('No works yet'), 'the empty library');
    choose(el, [
      new File(['The delegation arrived at 3 p.m.\n\nThey left the next day.'], 'x.en.txt', { type: 'text/plain' }),
      new File(['代表团下午三点到达。\n\n他们第二天离开。'], 'x.zh.txt', { type: 'text/plain' }),
    ]);
    const dialog = await until(() => el.shadowRoot?.querySelector('px-pairing-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'the pairing question');
    const radios = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    assert.deepEqual(radios.map((r) => r.checked), [false, true], 'the Chinese text is preselected as the original');
    assert.match(dialog.textContent ?? '', /Chinese/);
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Import as one work')?.click();
    await until(() => rows(el).length === 1, 'one work');
    const work = await storage.works.loadWork('x');
    assert.ok(work.ok);
    assert.deepEqual(work.value.witnesses.map((w) => [w.id, w.role]), [['zh', 'original'], ['en', 'translation']]);
    // One of its files imported again alone is a new version of that text of the work.
    choose(el, [new File(['The delegation arrived at 4 p.m.\n\nThey left the next day.'], 'x.en.txt', { type: 'text/plain' })]);
    const again = await until(() => el.shadowRoot?.querySelector('px-reimport-dialog')?.shadowRoot?.querySelector('dialog[open]'), 'the re-import question');
    [...again.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Update the work')?.click();
    await until(() => services.notices.some((n) => n.message.startsWith('Updated')), 'the update notice');
    const updated = await storage.works.loadWork('x');
    assert.ok(updated.ok);
    assert.equal(updated.value.witnesses.find((w) => w.id === 'en')?.paragraphs[0]?.text, 'The delegation arrived at 4 p.m.');
    assert.equal(updated.value.witnesses.find((w) => w.id === 'zh')?.paragraphs[0]?.text, '代表团下午三点到达。', 'the other text untouched');
    assert.equal((await storage.works.listWorks()).length, 1, 'no second work');
    assert.deepEqual(services.errors, []);
    await done();
  });

  it('adds a translation to a work and replaces one of its texts as revisions', async () => {
    const { el, services, storage, done } = await libraryWith({ sample: true });
    const row = await until(() => rows(el)[0], 'the sample work');
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('input.add-translation');
    assert.ok(input);
    input.addEventListener('click', (e) => e.preventDefault(), { once: true });
    (row.querySelector('button[aria-label^="Add a translation"]') as HTMLButtonElement).click();
    const dt = new DataTransfer();
    dt.items.add(new File(['Первый абзац.\n\nВторой абзац.'], 'wilson.ru.txt', { type: 'text/plain' }));
    input.files = dt.files;
    input.dispatchEvent(new Event('change'));
    await until(() => services.notices.some((n) => n.message.startsWith('Added')), 'the added notice');
    let work = await storage.works.loadWork(SAMPLE_ID);
    assert.ok(work.ok);
    assert.deepEqual(work.value.witnesses.map((w) => w.id), ['zh', 'en-7b', 'en-parallax', 'ru']);
    // Replace a text: the dialog asks which and the file.
    (rows(el)[0]?.querySelector('button[aria-label^="Replace a text"]') as HTMLButtonElement).click();
    const replace = el.shadowRoot?.querySelector('px-replace-text-dialog');
    const dialog = await until(() => replace?.shadowRoot?.querySelector('dialog[open]'), 'the replace dialog');
    const ru = [...dialog.querySelectorAll<HTMLInputElement>('input[type="radio"]')].at(-1);
    ru?.click();
    const fileInput = dialog.querySelector<HTMLInputElement>('input[type="file"]');
    assert.ok(fileInput);
    const dt2 = new DataTransfer();
    dt2.items.add(new File(['Первый абзац.\n\nВторой абзац, исправленный.'], 'wilson.ru.txt', { type: 'text/plain' }));
    fileInput.files = dt2.files;
    fileInput.dispatchEvent(new Event('change'));
    await replace?.updateComplete;
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Replace the text')?.click();
    await until(() => services.notices.some((n) => n.message.startsWith('Replaced')), 'the replaced notice');
    work = await storage.works.loadWork(SAMPLE_ID);
    assert.ok(work.ok);
    assert.equal(work.value.witnesses.find((w) => w.id === 'ru')?.paragraphs[1]?.text, 'Второй абзац, исправленный.');
    assert.deepEqual((await storage.revisions.paragraphRevisions(SAMPLE_ID, 'ru-p2')).map((h) => h.revision.text), ['Второй абзац.', 'Второй абзац, исправленный.']);
    assert.deepEqual(services.errors, []);
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
    const dialog = el.shadowRoot?.querySelector<HTMLDialogElement>('dialog.remove');
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
