/**
 * End to end on the production build: the sample work's three witnesses side
 * by side with the [sic] names marked; edit, propose, approve, reload, still
 * there; the same with the keyboard alone; screenshots at 1280 and 390 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { useBuiltApp, type FreshPage } from './support/app-under-test.ts';
import { screenshot, waitForAppReady, waitForServiceWorker } from './support/browser.ts';

const SAMPLE = 'wilson-121617';
const EDITOR = 'E2E Editor';

const app = useBuiltApp();

async function openSample(width = 1280, height = 900): Promise<FreshPage> {
  const opened = await app.freshPage(width, height);
  await opened.page.goto(`${app.server.url}#/work/${SAMPLE}`);
  await gridReady(opened.page);
  return opened;
}

/** Rows painted and every translation aligned (the bar's "Aligning…" status gone). */
async function gridReady(page: Page): Promise<void> {
  await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
  await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 30_000 });
  await page.locator('px-compare-view [data-witness="en-parallax"] .text').first().waitFor();
}

/** Answers the shell's one-time editor-name question if it appears. */
async function answerNameIfAsked(page: Page): Promise<void> {
  const input = page.locator('px-editor-name-dialog input#editor-name');
  try {
    await input.waitFor({ state: 'visible', timeout: 3000 });
  } catch {
    return;
  }
  await input.fill(EDITOR);
  await input.press('Enter');
}

/** The grid row (0-based) of the first body paragraph of en-parallax with a long text. */
async function editableRow(page: Page): Promise<{ row: number; paragraphId: string }> {
  return page.locator('px-compare-view').evaluate((el) => {
    const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
    const row = v.alignment.rows.findIndex((r, i) => (r.cells['en-parallax']?.length ?? 0) > 0 && v.textOf(i, 'en-parallax').length > 300);
    return { row, paragraphId: v.alignment.rows[row]?.cells['en-parallax']?.[0] ?? '' };
  });
}

const cell = (page: Page, row: number, witness: string) => page.locator(`px-compare-view [data-row="${row}"] [data-witness="${witness}"]`);

describe('work view (production build)', () => {
  it('shows the three witnesses side by side with the [sic] names marked', async () => {
    const { context, page, errors } = await openSample();
    const headers = await page.locator('px-compare-view [role="columnheader"] px-witness-header').evaluateAll((els) =>
      els.map((e) => (e as unknown as { witness: { id: string } }).witness.id));
    assert.deepEqual(headers, ['zh', 'en-7b', 'en-parallax']);
    // The grid is virtualised: bring the row with "Ba-ke-tu [sic]" on screen first.
    await page.locator('px-compare-view').evaluate(async (el) => {
      const v = el as unknown as { alignment: { rows: unknown[] }; textOf(r: number, w: string): string; focusRow(r: number): Promise<void> };
      await v.focusRow(v.alignment.rows.findIndex((_, i) => v.textOf(i, 'en-7b').includes('Ba-ke-tu [sic]')));
    });
    const sic = page.locator('px-compare-view [data-witness="en-7b"] mark[data-kind="sic"]').first();
    await sic.waitFor();
    assert.match((await sic.getAttribute('aria-description')) ?? '', /\[sic\]: form kept as in the source/);
    // Diffs are computed after paint, for the rows on screen.
    await page.locator('px-compare-view [data-witness="en-parallax"] ins').first().waitFor();
    assert.equal(await page.locator('px-compare-view .text[lang="zh-Hans"]').count() > 0, true);
    await page.locator('px-compare-view').evaluate((el) => (el as unknown as { focusRow(r: number): Promise<void> }).focusRow(3));
    await screenshot(page, 'work-view-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    // Two texts per row on a phone, chosen by the person.
    await page.getByRole('combobox', { name: 'Second text' }).waitFor();
    await screenshot(page, 'work-view-390');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('edits a paragraph, proposes, approves, and the text survives a reload', async () => {
    const { context, page, errors } = await openSample();
    const { row, paragraphId } = await editableRow(page);
    assert.ok(row >= 0 && paragraphId !== '');
    await cell(page, row, 'en-parallax').click();
    await page.keyboard.press('Enter');
    const area = page.locator('px-compare-view px-edit-paragraph textarea');
    await area.waitFor();
    const added = ' A pointer edit for the test.';
    await area.press('End');
    await area.pressSequentially(added);
    await page.locator('px-compare-view px-edit-paragraph input#n').fill('clarify for the e2e test');
    await page.locator('px-compare-view px-edit-paragraph button', { hasText: 'Propose' }).click();
    await answerNameIfAsked(page);
    const item = page.locator('px-review-queue li[data-revision]');
    await item.first().waitFor();
    assert.equal(await item.count(), 1);
    await screenshot(page, 'work-view-review-1280');
    await item.first().locator('button', { hasText: 'Approve' }).click();
    // The editor's own proposal: approving it asks first.
    await page.getByRole('button', { name: 'Approve my own change' }).click();
    await page.locator('px-review-queue li[data-revision]').first().waitFor({ state: 'detached' });
    await page.reload();
    await waitForAppReady(page);
    await gridReady(page);
    // Found by paragraph id: the alignment is recomputed on the new text and rows may move.
    const text = await page.locator('px-compare-view').evaluate((el, pid) => {
      const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
      return v.textOf(v.alignment.rows.findIndex((r) => r.cells['en-parallax']?.includes(pid)), 'en-parallax');
    }, paragraphId);
    assert.ok(text.endsWith(added), `the approved text is current after reload: …${text.slice(-60)}`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('goes through edit and approve with the keyboard alone', async () => {
    const { context, page, errors } = await openSample();
    const { row } = await editableRow(page);
    // Tab into the grid: the focused cell is the one tab stop of the grid.
    let inGrid = false;
    for (let i = 0; i < 60 && !inGrid; i++) {
      await page.keyboard.press('Tab');
      inGrid = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.getAttribute('role') === 'gridcell';
      });
    }
    assert.ok(inGrid, 'Tab reaches the grid');
    for (let i = 0; i < row; i++) await page.keyboard.press('j');
    await page.keyboard.press('l');
    await page.keyboard.press('l');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    const area = page.locator('px-compare-view px-edit-paragraph textarea');
    await area.waitFor();
    assert.ok(await area.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el), 'the editor has focus');
    await page.keyboard.press('End');
    const added = ' A keyboard edit for the test.';
    await page.keyboard.type(added);
    await page.keyboard.press('Control+Enter');
    await answerNameIfAsked(page);
    await page.locator(`px-compare-view [data-row="${row}"] .pending`).waitFor();
    // Focus is back on the row: `a` approves its proposal.
    await page.waitForFunction(() => {
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.getAttribute('role') === 'gridcell';
    });
    await page.keyboard.press('a');
    // Approving one's own proposal asks; focus starts on Cancel, Tab reaches the action.
    await page.getByRole('dialog', { name: 'Approve your own change?' }).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator(`px-compare-view [data-row="${row}"] .pending`).waitFor({ state: 'detached' });
    const text = await page.locator('px-compare-view').evaluate((el, r) => (el as unknown as { textOf(r: number, w: string): string }).textOf(r, 'en-parallax'), row);
    assert.ok(text.endsWith(added.trim()), text.slice(-60));
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('exports TEI from the Export menu, online and with the network cut', async () => {
    const { context, page, errors } = await openSample();
    await waitForServiceWorker(page);
    const exportTei = async (): Promise<string> => {
      await page.locator('px-work-view px-export-menu button.open').click();
      await page.locator('px-export-menu input[name="format"][value="tei"]').check();
      const download = page.waitForEvent('download', { timeout: 60_000 });
      await page.locator('px-export-menu button[type="submit"]').click();
      const file = await (await download).path();
      return readFile(file, 'utf8');
    };
    const online = await exportTei();
    assert.match(online, /^<\?xml/);
    assert.ok(online.includes('巴克图'), 'the Chinese text is in the TEI');
    assert.ok(online.includes('PRC FMA 118-01764-05'), 'the archive reference is in the TEI');
    // The page must be controlled by the service worker for the lazy export modules to come from its cache.
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the service worker controls the page');
    await context.setOffline(true);
    await page.reload();
    await waitForAppReady(page);
    await gridReady(page);
    const offline = await exportTei();
    assert.ok(offline.includes('巴克图') && offline.includes('PRC FMA 118-01764-05'), 'the offline export has the same content');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
