/**
 * Team review on the production build, two browser contexts with separate
 * IndexedDB against a real team server: the admin shares the sample; bob (a
 * reviewer) and alice (an editor) open it from the team server through the
 * library's dialog; alice proposes an edit; bob sees it within 5 s and
 * approves; alice sees the approved text without reloading and cannot approve.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { shareWork } from '../../src/sync/team-admin.ts';
import { sampleBundle } from '../sync/support/sample-bundle.ts';
import { startTestTeamServer, type TestTeamServer } from '../sync/support/team-server.ts';
import { useBuiltApp } from './support/app-under-test.ts';
import { proposeAppended } from './support/work-page.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'wilson-121617';
const app = useBuiltApp();
let team: TestTeamServer;

before(async () => {
  // The sample's own id is shared here, so this file always runs its own server.
  team = await startTestTeamServer({ own: true });
  await team.user('alice', 'editor', 'alice-pw');
  await team.user('bob', 'reviewer', 'bob-pw');
  await team.user('carol', 'editor', 'carol-pw');
  const shared = await shareWork(team.admin, await sampleBundle(SAMPLE), SAMPLE, ['alice', 'bob']);
  assert.ok(shared.ok, JSON.stringify(shared));
});
after(() => team.stop());

async function signIn(page: Page, user: string, password: string): Promise<void> {
  await page.getByRole('button', { name: 'Open from a team server…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open from a team server' });
  await dialog.getByLabel('Server URL').fill(team.url);
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password').fill(password);
  await dialog.getByRole('button', { name: 'Connect' }).click();
}

async function openShared(page: Page, user: string, password: string): Promise<void> {
  await signIn(page, user, password);
  const dialog = page.getByRole('dialog', { name: 'Open from a team server' });
  await dialog.getByRole('button', { name: /^Open / }).click();
  await page.waitForURL(new RegExp(`#/work/${SAMPLE}$`));
  try {
    await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
  } catch (e) {
    await screenshot(page, `team-open-failed-${user}`);
    throw e;
  }
}

/** Text of the en-parallax paragraph `pid`, wherever the alignment put it. */
function textOf(page: Page, pid: string): Promise<string> {
  return page.locator('px-compare-view').evaluate((el, id) => {
    const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
    return v.textOf(v.alignment.rows.findIndex((r) => r.cells['en-parallax']?.includes(id)), 'en-parallax');
  }, pid);
}

async function waitFor(check: () => Promise<boolean>, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}

describe('team review (production build, real team server)', () => {
  it('a wrong password and a non-member get their message in the dialog', async () => {
    const { context, page, errors } = await app.freshPage(390, 844);
    await signIn(page, 'alice', 'not-it');
    const dialog = page.getByRole('dialog', { name: 'Open from a team server' });
    await dialog.getByRole('alert').filter({ hasText: 'Wrong user name or password.' }).waitFor();
    await dialog.getByLabel('Password').fill('carol-pw');
    await dialog.getByLabel('User name').fill('carol');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await dialog.getByRole('status').filter({ hasText: 'No work is shared with you' }).waitFor();
    await screenshot(page, 'team-dialog-390');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('bob and alice open the shared sample from the team server, each in their own browser', async () => {
    const bob = await app.freshPage(1280, 900);
    const alice = await app.freshPage(390, 844);
    await openShared(bob.page, 'bob', 'bob-pw');
    await openShared(alice.page, 'alice', 'alice-pw');
    for (const { page } of [bob, alice]) {
      await page.getByRole('status', { name: 'Team sync: Synced' }).waitFor({ timeout: 15_000 });
    }
    await screenshot(bob.page, 'team-bob-1280');
    await screenshot(alice.page, 'team-alice-390');
    assert.deepEqual([...bob.errors, ...alice.errors], []);
    await bob.context.close();
    await alice.context.close();
  });

  it('alice proposes, bob sees it within 5 s and approves, alice sees the approved text without reloading and cannot approve', async () => {
    const alice = await app.freshPage(1280, 900);
    const bob = await app.freshPage(1280, 900);
    await openShared(alice.page, 'alice', 'alice-pw');
    await openShared(bob.page, 'bob', 'bob-pw');
    const page = alice.page;
    await page.getByRole('status', { name: 'Team sync: Synced' }).waitFor({ timeout: 15_000 });
    const added = ' Revised by alice for the team.';
    const target = await proposeAppended(page, 'en-parallax', added);
    assert.ok(target.row >= 0);
    const proposedAt = Date.now();

    // Alice is an editor: her own queue shows the proposal, with Approve and Reject disabled and the reason.
    const own = page.locator('px-review-queue li[data-revision]').first();
    await own.waitFor();
    assert.equal(await own.getByRole('button', { name: 'Approve' }).isDisabled(), true, 'alice cannot approve');
    assert.equal(await own.getByRole('button', { name: 'Reject' }).isDisabled(), true);
    assert.match(await own.locator('.why').innerText(), /Only a reviewer can approve or reject/);
    await screenshot(page, 'team-alice-proposed-1280');

    const queued = bob.page.locator('px-review-queue li[data-revision]').first();
    await queued.waitFor({ timeout: 5_000 });
    const seenMs = Date.now() - proposedAt;
    assert.match(await queued.getAttribute('aria-label') ?? '', /by alice$/);
    assert.match(await queued.innerText(), /proposed by alice/);
    assert.equal(await queued.getByRole('button', { name: 'Approve' }).isDisabled(), false, 'bob, a reviewer, may approve alice’s proposal');
    await screenshot(bob.page, 'team-bob-queue-1280');
    await queued.getByRole('button', { name: 'Approve' }).click();
    await queued.waitFor({ state: 'detached' });
    assert.ok((await textOf(bob.page, target.pid)).endsWith(added));

    const approvedMs = await waitFor(async () => (await textOf(page, target.pid)).endsWith(added), 10_000, 'alice sees the approved text');
    await own.waitFor({ state: 'detached', timeout: 5_000 });
    await screenshot(page, 'team-alice-approved-1280');
    console.log(`# bob saw the proposal after ${seenMs} ms; alice saw the approval ${approvedMs} ms after bob's click`);
    assert.deepEqual([...alice.errors, ...bob.errors], []);
    await alice.context.close();
    await bob.context.close();
  });

  it('alice edits with the network cut, her changes are kept, and bob receives every edit once she is back', async () => {
    const alice = await app.freshPage(1280, 900);
    const bob = await app.freshPage(390, 844);
    await openShared(alice.page, 'alice', 'alice-pw');
    await openShared(bob.page, 'bob', 'bob-pw');
    const page = alice.page;
    await page.getByRole('status', { name: 'Team sync: Synced' }).waitFor({ timeout: 15_000 });
    await alice.context.setOffline(true);
    await page.getByRole('status', { name: 'Team sync: Offline — your changes are kept' }).waitFor({ timeout: 15_000 });
    const rows = await page.locator('px-compare-view').evaluate((el) => {
      const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
      return v.alignment.rows.flatMap((r, i) => ((r.cells['en-parallax']?.length ?? 0) > 0 && v.textOf(i, 'en-parallax').length > 200 ? [i] : [])).slice(1, 3);
    });
    assert.equal(rows.length, 2);
    for (const [n, row] of rows.entries()) {
      await page.locator(`px-compare-view [data-row="${row}"] [data-witness="en-parallax"]`).click();
      await page.keyboard.press('Enter');
      const area = page.locator('px-compare-view px-edit-paragraph textarea');
      await area.waitFor();
      await area.press('End');
      await area.pressSequentially(` Offline edit ${n + 1}.`);
      await page.locator('px-compare-view px-edit-paragraph button', { hasText: 'Propose' }).click();
      await area.waitFor({ state: 'detached' });
    }
    await screenshot(page, 'team-alice-offline-1280');
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(await bob.page.locator('px-review-queue li[data-revision]').count(), 0, 'nothing reached bob while alice was offline');
    await alice.context.setOffline(false);
    // Bob's panels are folded at 390 px: open the review queue as a person would.
    await bob.page.getByRole('button', { name: 'Panels' }).click();
    await waitFor(async () => (await bob.page.locator('px-review-queue li[data-revision]').count()) === 2, 30_000, 'bob receives both offline edits');
    await page.getByRole('status', { name: 'Team sync: Synced' }).waitFor({ timeout: 15_000 });
    await screenshot(bob.page, 'team-bob-received-390');
    assert.deepEqual([...alice.errors, ...bob.errors], []);
    await alice.context.close();
    await bob.context.close();
  });
});
