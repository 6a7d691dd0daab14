import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBundle } from '../../src/core/bundle/index.ts';
import { deleteParallaxDb } from '../../src/storage/index.ts';
import type { PxSettings } from '../../src/ui/px-settings.ts';
import '../../src/ui/px-settings.ts';
import { freshWorkspace, sampleWork } from '../storage/fresh-workspace.ts';
import { provideServices, SAMPLE_ID, until } from './shell-fixtures.ts';

async function settings() {
  const storage = await freshWorkspace();
  assert.ok((await storage.works.importWork(await sampleWork())).ok);
  const el = document.createElement('px-settings') as PxSettings;
  const { host, services } = provideServices(el, storage);
  await el.updateComplete;
  const done = async () => {
    host.remove();
    storage.close();
    await deleteParallaxDb(storage.name);
  };
  return { el, storage, services, done };
}

const text = (el: PxSettings, id: string) => el.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
const button = (el: PxSettings, label: RegExp) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => label.test(b.textContent ?? ''));

describe('px-settings', () => {
  it('shows the browser’s answer on persistent storage and offers to ask again only when not granted', async () => {
    const { el, done } = await settings();
    assert.match(text(el, 'persistence'), /Asking/);
    el.persistence = 'denied';
    await el.updateComplete;
    assert.match(text(el, 'persistence'), /Not granted/);
    let asked = 0;
    el.addEventListener('px-request-persistence', () => asked++);
    button(el, /Ask again/)?.click();
    assert.equal(asked, 1);
    el.persistence = 'persisted';
    await el.updateComplete;
    assert.match(text(el, 'persistence'), /Granted/);
    assert.equal(button(el, /Ask again/), undefined);
    await done();
  });

  it('shows the editor name and whether the app works offline', async () => {
    const { el, done } = await settings();
    assert.match(text(el, 'editor-name'), /Test Editor/);
    assert.match(text(el, 'offline-ready'), /Not yet/);
    el.offlineReady = true;
    await el.updateComplete;
    assert.match(text(el, 'offline-ready'), /Yes/);
    await done();
  });

  it('downloads a backup that parses as a Parallax bundle holding the work', async () => {
    const { el, done } = await settings();
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blobs.push(b as Blob);
      return 'blob:test';
    };
    const click = HTMLAnchorElement.prototype.click;
    let downloaded = '';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      button(el, /Download a backup/)?.click();
      await until(() => blobs.length === 1, 'the backup blob');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    assert.match(downloaded, /^parallax-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = parseBundle(await blobs[0]!.text());
    assert.ok(bundle.ok, bundle.ok ? '' : bundle.error.message);
    assert.deepEqual(bundle.value.works.map((w) => w.id), [SAMPLE_ID]);
    await done();
  });

  it('restores a removed work from the bin', async () => {
    const { el, storage, done } = await settings();
    assert.ok((await storage.works.removeWork(SAMPLE_ID)).ok);
    el.storage = undefined;
    await el.updateComplete;
    el.storage = storage;
    await until(() => button(el, /^\s*Restore\s*$/), 'the bin entry');
    button(el, /^\s*Restore\s*$/)?.click();
    await until(() => el.shadowRoot?.querySelector('#bin-h')?.parentElement?.textContent?.includes('None.'), 'the empty bin');
    assert.equal((await storage.works.listWorks()).length, 1);
    await done();
  });
});
