/**
 * After one visit, with the network cut: the app loads, opens the sample
 * work (alignment runs in its precached worker), takes an edit, a proposal
 * and an approval, and the approved text survives an offline reload.
 * Uses the work view's own controls (tests/e2e/work-view.test.ts covers them online).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { proposeAppended } from './support/work-page.ts';
import { screenshot, waitForAppReady, waitForServiceWorker } from './support/browser.ts';

const SAMPLE = 'wilson-121617';

const app = useBuiltApp();

async function gridReady(page: Page): Promise<void> {
  await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
  await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 30_000 });
}

/** Text of the en-parallax paragraph `pid`, wherever the recomputed alignment put it. */
function textOf(page: Page, pid: string): Promise<string> {
  return page.locator('px-compare-view').evaluate((el, id) => {
    const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
    return v.textOf(v.alignment.rows.findIndex((r) => r.cells['en-parallax']?.includes(id)), 'en-parallax');
  }, pid);
}

describe('offline workflow (production build)', () => {
  it('edits, proposes and approves with the network cut, and the text survives an offline reload', async () => {
    const { context, page, errors } = await app.freshPage(1280, 900);
    await waitForServiceWorker(page);
    // Name the editor while online, as a newcomer would from the welcome box.
    await page.locator('px-library .welcome button').click();
    await page.locator('px-editor-name-dialog input#editor-name').fill('Offline Editor');
    await page.keyboard.press('Enter');
    await page.locator('px-library .welcome').waitFor({ state: 'detached' });

    await context.setOffline(true);
    const servedBefore = app.server.requests.length;
    await page.reload();
    await waitForAppReady(page);
    await page.goto(`${app.server.url}#/work/${SAMPLE}`);
    await gridReady(page);

    const added = ' Edited with the network cut.';
    const target = await proposeAppended(page, 'en-parallax', added);
    assert.ok(target.row >= 0);
    const item = page.locator('px-review-queue li[data-revision]');
    await item.first().waitFor();
    await item.first().locator('button', { hasText: 'Approve' }).click();
    // The editor's own proposal: approving it asks first.
    await page.getByRole('button', { name: 'Approve my own change' }).click();
    await item.first().waitFor({ state: 'detached' });
    await screenshot(page, 'offline-approved-1280');

    await page.reload();
    await waitForAppReady(page);
    await gridReady(page);
    assert.ok((await textOf(page, target.pid)).endsWith(added), 'the approved text is current after an offline reload');
    assert.equal(app.server.requests.length, servedBefore, 'nothing reached the server while offline');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
