/**
 * End to end on the production build (`dist/`, built by `npm test` first):
 * the library with the bundled sample work, offline reload from the service
 * worker, coded import errors in the notifier, keyboard-only opening of a
 * work, and screenshots of the main views at 1280 and 390 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { repoRoot, screenshot, waitForAppReady, waitForServiceWorker } from './support/browser.ts';

const SAMPLE = 'wilson-121617';

const app = useBuiltApp();
const { freshPage } = app;

/** The witnesses listed for the sample work in the library. */
async function sampleWitnesses(page: Page): Promise<string[]> {
  const items = page.locator(`px-library li.work[data-work-id="${SAMPLE}"] px-witness-list li`);
  await items.first().waitFor();
  return items.evaluateAll((els) => els.map((el) => el.getAttribute('data-witness-id') ?? ''));
}

/** The element that has focus, looking through shadow roots. */
function deepActive(page: Page): Promise<{ tag: string; href: string | null; text: string }> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return { tag: el?.tagName ?? '', href: el?.getAttribute('href') ?? null, text: (el?.textContent ?? '').trim().slice(0, 80) };
  });
}

describe('app shell (production build)', () => {
  it('shows the bundled sample work in the library with its three witnesses on first run', async () => {
    const { context, page, errors } = await freshPage();
    assert.deepEqual((await sampleWitnesses(page)).sort(), ['en-7b', 'en-parallax', 'zh']);
    assert.deepEqual(await page.locator('px-notifier [data-code]').count(), 0, 'the first run shows no error');
    // The two project texts carry the notice; the archive's does not.
    const notices = await page.locator(`px-library li.work[data-work-id="${SAMPLE}"] px-witness-list li:has(.prepared-notice)`).evaluateAll((els) =>
      els.map((el) => el.getAttribute('data-witness-id')));
    assert.deepEqual(notices.sort(), ['en-parallax', 'zh']);
    await screenshot(page, 'library-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'library-390');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('loads, renders the library and opens the work with the network cut, after one visit', async () => {
    const { context, page, errors } = await freshPage();
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.reload();
    await waitForAppReady(page);
    assert.equal((await sampleWitnesses(page)).length, 3);
    assert.ok(await page.locator('px-offline-indicator[offline]').isVisible(), 'the offline indicator shows');
    await page.goto(`${app.server.url}#/work/${SAMPLE}`);
    // The work view (or, in a build without it, the placeholder) renders the Chinese text from the cache.
    await page.locator('[lang="zh-Hans"]').first().waitFor({ timeout: 20_000 });
    await screenshot(page, 'work-offline-1280');
    // The app's address with a query string (a shared or bookmarked link) still gets the shell offline.
    await page.goto(`${app.server.url}?from=bookmark#/settings`);
    await page.locator('px-settings h1').waitFor({ timeout: 20_000 });
    // The CJK font subsets the corpus uses come from the precache, not the system.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      const mine = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Noto Serif SC');
      return { loaded: mine.filter((f) => f.status === 'loaded').length, failed: mine.filter((f) => f.status === 'error').length };
    });
    assert.ok(faces.loaded > 0, 'Noto Serif SC subsets load offline for the sample text');
    assert.equal(faces.failed, 0, 'no font subset failed to load offline');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('shows the coded error in the notifier for an empty file and for a binary file', async () => {
    const { context, page } = await freshPage();
    const input = page.locator('px-import-drop input.files');
    await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
    await page.locator('px-notifier [data-code="IMPORT_EMPTY"]').waitFor();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1]);
    await input.setInputFiles({ name: 'picture.png', mimeType: 'image/png', buffer: png });
    await page.locator('px-notifier [data-code="IMPORT_BINARY"]').waitFor();
    const text = await page.locator('px-notifier [data-code="IMPORT_BINARY"]').innerText();
    assert.match(text, /picture\.png/);
    await screenshot(page, 'import-errors-1280');
    // Nothing was added to the library.
    assert.equal(await page.locator('px-library li.work[data-work-id]').count(), 1);
    await context.close();
  });

  it('imports a work folder chosen with the folder picker', async () => {
    const { context, page } = await freshPage();
    await sampleWitnesses(page);
    await page.locator('px-import-drop input.folder').setInputFiles(path.join(repoRoot, 'translations', SAMPLE));
    // The sample is already in the library: asked, the person keeps both, so the folder's copy gets a fresh id.
    await page.getByRole('dialog', { name: /is already in the library/ }).getByRole('button', { name: 'Keep both' }).click();
    const copy = page.locator(`px-library li.work[data-work-id="${SAMPLE}-2"] px-witness-list li`);
    await copy.first().waitFor();
    assert.equal(await copy.count(), 3);
    assert.equal(await page.locator('px-notifier [data-code]').count(), 0);
    await context.close();
  });

  it('opens a work with the keyboard alone, and a reload returns to it', async () => {
    const { context, page } = await freshPage();
    await sampleWitnesses(page);
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = (await deepActive(page)).href === `#/work/${SAMPLE}`;
    }
    assert.ok(found, 'Tab reaches the work link');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**#/work/${SAMPLE}`);
    await page.locator('[lang="zh-Hans"]').first().waitFor({ timeout: 20_000 });
    await page.reload();
    await waitForAppReady(page);
    await page.locator('[lang="zh-Hans"]').first().waitFor({ timeout: 20_000 });
    assert.match(page.url(), new RegExp(`#/work/${SAMPLE}$`));
    // Opening the work raised no error (a crashing work view would show UI_UNEXPECTED).
    assert.deepEqual(await page.locator('px-notifier [data-code]').evaluateAll((els) => els.map((e) => e.getAttribute('data-code'))), []);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'work-390');
    await context.close();
  });

  it('lists shortcuts on ?, and takes the editor name once from settings', async () => {
    const { context, page } = await freshPage();
    await page.keyboard.press('?');
    const dialog = page.locator('px-shortcuts-dialog dialog');
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => (d as HTMLDialogElement).open));
    assert.match(await dialog.innerText(), /Show this list of shortcuts/);
    assert.match(await dialog.innerText(), /Import files/);
    await page.keyboard.press('Escape');
    assert.equal(await dialog.evaluate((d) => (d as HTMLDialogElement).open), false);

    await page.keyboard.press('g');
    await page.keyboard.press('s');
    await page.waitForURL('**#/settings');
    await page.locator('px-settings button', { hasText: 'Set name' }).click();
    await page.locator('px-editor-name-dialog input').fill('A. Editor');
    await page.keyboard.press('Enter');
    await page.locator('px-settings [data-testid="editor-name"]', { hasText: 'A. Editor' }).waitFor();
    await screenshot(page, 'settings-1280');
    await page.reload();
    await waitForAppReady(page);
    await page.locator('px-settings [data-testid="editor-name"]', { hasText: 'A. Editor' }).waitFor();
    await context.close();
  });

  it('fits 360 px without sideways scrolling', async () => {
    const { context, page } = await freshPage(360, 740);
    await sampleWitnesses(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok((await overflow()) <= 0, `library overflows by ${await overflow()} px`);
    await screenshot(page, 'library-360');
    await page.goto(`${app.server.url}#/settings`);
    await page.locator('px-settings h1').waitFor();
    assert.ok((await overflow()) <= 0, `settings overflow by ${await overflow()} px`);
    await context.close();
  });

  it('asks nothing of any host but its own', async () => {
    const { context, page } = await freshPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(app.server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url());
    });
    await page.reload();
    await waitForAppReady(page);
    await page.goto(`${app.server.url}#/work/${SAMPLE}`);
    await page.locator('[lang="zh-Hans"]').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(foreign, []);
    await context.close();
  });
});
