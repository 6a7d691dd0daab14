/**
 * The editor's loop on the production build, by role and accessible name as
 * a person works, at 1280 and 390 px (touch): Edit on a cell, type, Save
 * draft with a note, reopen (the draft and the note are back), Escape asks
 * before discarding, Propose, Approve your own change (asked, then recorded
 * as a self-approval). Screenshots along the way in test-artifacts/.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'wilson-121617';
const EDITOR = 'E2E Editor';
const app = useBuiltApp();

async function gridReady(page: Page): Promise<void> {
  await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
  await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 30_000 });
}

/** The first row whose archive-translation cell holds one paragraph with some text, brought on screen. */
async function archiveRow(page: Page): Promise<number> {
  return page.locator('px-compare-view').evaluate(async (el) => {
    const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string; focusRow(r: number, c?: number, f?: boolean): Promise<void> };
    const row = v.alignment.rows.findIndex((r, i) => r.cells['en-7b']?.length === 1 && (r.cells['zh']?.length ?? 0) > 0 && v.textOf(i, 'en-7b').length > 200);
    await v.focusRow(row, 0, false);
    return row;
  });
}

async function answerNameIfAsked(page: Page): Promise<void> {
  const name = page.getByRole('textbox', { name: 'Name' });
  try {
    await name.waitFor({ state: 'visible', timeout: 3000 });
  } catch {
    return;
  }
  await name.fill(EDITOR);
  await page.getByRole('button', { name: 'Save name' }).click();
}

for (const [width, height, touch] of [[1280, 900, false], [390, 844, true]] as const) {
  describe(`the editor's loop at ${width} px`, () => {
    it('Edit, Save draft with a note, reopen, Escape asks, Propose, Approve your own change', async () => {
      const context = await app.browser.newContext({ viewport: { width, height }, hasTouch: touch, isMobile: touch });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${app.server.url}#/work/${SAMPLE}`);
      await gridReady(page);
      const row = await archiveRow(page);
      const label = `Edit Archive translation (7Brands), row ${row + 1}`;
      const cell = page.locator(`px-compare-view [data-row="${row}"] [data-witness="en-7b"]`);
      const tap = async (l: ReturnType<Page['getByRole']>) => (touch ? l.tap() : l.click());
      // A pointer finds the Edit button on the cell it is over; on touch it is always there.
      if (!touch) await cell.hover();
      const edit = page.getByRole('button', { name: label });
      assert.ok(await edit.isVisible(), 'the Edit button shows');
      await tap(edit);
      const text = page.getByRole('textbox', { name: label });
      await text.waitFor();
      await text.press('Control+End');
      await text.pressSequentially(' A draft from the end-to-end test.');
      await page.getByRole('textbox', { name: 'Note (why this change)' }).fill('checked against the scan');
      await screenshot(page, `edit-typing-${width}`);
      await tap(page.getByRole('button', { name: 'Save draft' }));
      await answerNameIfAsked(page);
      await cell.getByText(`Draft by ${EDITOR}, not yet proposed`).waitFor();
      assert.ok(await cell.getByText('checked against the scan').isVisible(), 'the note shows with the draft');
      await screenshot(page, `edit-draft-marked-${width}`);

      // Reopen: the draft and its note are there.
      if (!touch) await cell.hover();
      await tap(page.getByRole('button', { name: label }));
      await text.waitFor();
      assert.match(await text.inputValue(), /A draft from the end-to-end test\.$/);
      assert.equal(await page.getByRole('textbox', { name: 'Note (why this change)' }).inputValue(), 'checked against the scan');
      assert.ok(await page.getByText('Resuming your saved draft and its note.').isVisible());
      // Escape with changes asks; Keep editing keeps them.
      await text.press('Control+End');
      await text.pressSequentially(' More.');
      await text.press('Escape');
      const ask = page.getByRole('alertdialog');
      await ask.waitFor();
      assert.match(await ask.textContent() ?? '', /Discard your changes/);
      await screenshot(page, `edit-escape-asks-${width}`);
      await tap(page.getByRole('button', { name: 'Keep editing' }));
      assert.match(await text.inputValue(), /More\.$/);

      // Propose, then approve one's own proposal: asked, then done.
      await tap(page.getByRole('button', { name: 'Propose' }));
      await cell.getByText(`Proposed by ${EDITOR}`).waitFor();
      await tap(cell.getByRole('button', { name: 'Approve' }));
      const confirm = page.getByRole('dialog', { name: 'Approve your own change?' });
      await confirm.waitFor();
      await screenshot(page, `approve-own-asks-${width}`);
      await tap(confirm.getByRole('button', { name: 'Approve my own change' }));
      await cell.getByText(`Proposed by ${EDITOR}`).waitFor({ state: 'detached' });
      assert.match(await cell.locator('.text').textContent() ?? '', /A draft from the end-to-end test\. More\.$/);
      // The history says it was a self-approval.
      await cell.click();
      if (touch) await tap(page.getByRole('button', { name: 'Panels' }));
      await tap(page.getByRole('tab', { name: 'History' }));
      await page.getByText(/self-approval: approved by its own author/).waitFor();
      await screenshot(page, `history-self-approval-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
