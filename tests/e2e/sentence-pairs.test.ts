/**
 * End to end on the production build: a row of the sample opened into its
 * sentence pairs from the row's own button, corrected by role and name
 * (merge, undo) with the keyboard, kept across a reload; screenshots at 1280
 * and 390 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { answerNameIfAsked, gridReady } from './support/work-page.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'wilson-121617';
const app = useBuiltApp();



/** Opens rows in turn until one has several sentence pairs; returns its number. */
async function openRowWithPairs(page: Page): Promise<number> {
  const dialog = page.getByRole('dialog', { name: /Sentence pairs of row/ });
  for (let row = 1; row <= 10; row++) {
    await page.getByRole('button', { name: `Sentence pairs of row ${row}` }).click();
    await dialog.getByRole('list', { name: 'Sentence pairs' }).waitFor({ timeout: 20_000 });
    if ((await dialog.getByRole('listitem').count()) > 1) return row;
    await dialog.getByRole('button', { name: 'Close' }).click();
  }
  throw new Error('none of the first rows has several sentence pairs');
}

describe('sentence pairs (production build)', () => {
  it('opens a row into sentence pairs, merges and undoes by keyboard, keeps a correction across a reload', async () => {
    const { context, page, errors } = await app.freshPage(1280, 900);
    await page.goto(`${app.server.url}#/work/${SAMPLE}`);
    await gridReady(page);
    const row = await openRowWithPairs(page);
    const dialog = page.getByRole('dialog', { name: `Sentence pairs of row ${row}` });
    const items = dialog.getByRole('listitem');
    const before = await items.count();
    assert.equal(await dialog.locator('[lang="zh-Hans"]').first().isVisible(), true, 'the original side carries its language');
    await screenshot(page, 'sentence-pairs-1280');

    await dialog.getByRole('button', { name: 'Merge pair 1 with pair 2' }).focus();
    await page.keyboard.press('Enter');
    await answerNameIfAsked(page);
    await dialog.getByRole('status').filter({ hasText: /Saved\./ }).waitFor({ timeout: 10_000 });
    assert.equal(await items.count(), before - 1);
    await page.keyboard.press('Control+z');
    await dialog.getByRole('status').filter({ hasText: /Undone\. Saved\./ }).waitFor({ timeout: 10_000 });
    assert.equal(await items.count(), before);
    await dialog.getByRole('button', { name: 'Merge pair 1 with pair 2' }).click();
    await dialog.getByRole('status').filter({ hasText: /merged\. Saved\./ }).waitFor({ timeout: 10_000 });

    await page.reload();
    await gridReady(page);
    await page.getByRole('button', { name: `Sentence pairs of row ${row}` }).click();
    const again = page.getByRole('dialog', { name: `Sentence pairs of row ${row}` });
    await again.getByRole('status').filter({ hasText: /saved sentence pairs/ }).waitFor({ timeout: 20_000 });
    assert.equal(await again.getByRole('listitem').count(), before - 1);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('fits a phone: 390 px wide, pairs stacked, every action reachable', async () => {
    const { context, page, errors } = await app.freshPage(390, 844);
    await page.goto(`${app.server.url}#/work/${SAMPLE}`);
    await gridReady(page);
    const row = await openRowWithPairs(page);
    const dialog = page.getByRole('dialog', { name: `Sentence pairs of row ${row}` });
    const box = await dialog.boundingBox();
    assert.ok(box && box.width <= 390, `the dialog fits the screen (${box?.width} px)`);
    const merge = dialog.getByRole('button', { name: 'Merge pair 1 with pair 2' });
    const m = await merge.boundingBox();
    assert.ok(m && m.x >= 0 && m.x + m.width <= 390, 'the first action is on screen');
    await screenshot(page, 'sentence-pairs-390');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
