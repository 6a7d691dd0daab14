/**
 * A new version of the app (a changed sw.js) installs in the background; the
 * update banner offers Reload, refuses while edits are unsaved, and reloads
 * into the new version once they are not.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useBuiltApp } from './support/app-under-test.ts';
import { screenshot, waitForAppReady, waitForServiceWorker } from './support/browser.ts';

const app = useBuiltApp();

describe('update banner (production build)', () => {
  it('offers the new version, never reloads over unsaved edits, then reloads into it', async () => {
    const { context, page } = await app.freshPage(1280, 800);
    await waitForServiceWorker(page);
    const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? '');

    // Publish "version 2": the same worker with different bytes.
    app.server.rewrites.set('/sw.js', (body) => Buffer.concat([body, Buffer.from('\n// version 2\n')]));
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      await reg?.update();
    });
    const banner = page.locator('px-update-banner .banner');
    await banner.waitFor({ timeout: 30_000 });
    assert.match(await banner.innerText(), /A new version is available/);
    await screenshot(page, 'update-banner-1280');

    // An editor with unsaved edits: Reload must not reload.
    await page.evaluate(() => {
      const app = document.querySelector('px-app') as unknown as { unsaved: { register(p: () => boolean): () => void } };
      (window as unknown as { __pxUnregister: () => void }).__pxUnregister = app.unsaved.register(() => true);
    });
    let navigated = false;
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) navigated = true;
    });
    await banner.getByRole('button', { name: 'Reload' }).click();
    await page.locator('px-update-banner .blocked').waitFor();
    await page.waitForTimeout(1000);
    assert.equal(navigated, false, 'no reload over unsaved edits');

    // Saved: now Reload activates the new worker and reloads the page.
    await page.evaluate(() => (window as unknown as { __pxUnregister: () => void }).__pxUnregister());
    await Promise.all([page.waitForEvent('framenavigated', { timeout: 30_000 }), banner.getByRole('button', { name: 'Reload' }).click()]);
    await waitForAppReady(page);
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.getRegistration();
      return { controlled: navigator.serviceWorker.controller !== null, waiting: reg?.waiting !== null && reg?.waiting !== undefined };
    });
    assert.deepEqual(state, { controlled: true, waiting: false });
    assert.equal(await page.locator('px-update-banner .banner').count(), 0);
    assert.ok(firstWorker.endsWith('/sw.js'));
    app.server.rewrites.delete('/sw.js');
    await context.close();
  });
});
