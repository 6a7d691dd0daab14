/** Steps on the built app's work view that several end-to-end files take the same way. */
import type { Page } from 'playwright-core';

/** The grid shows rows and no translation is still being aligned. */
export async function gridReady(page: Page): Promise<void> {
  await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
  await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 60_000 });
}

/** Answers the editor-name question if the app asks it (the first signed write of a fresh browser). */
export async function answerNameIfAsked(page: Page, name = 'E2E Editor'): Promise<void> {
  const input = page.locator('px-editor-name-dialog input#editor-name');
  try {
    await input.waitFor({ state: 'visible', timeout: 3000 });
  } catch {
    return;
  }
  await input.fill(name);
  await input.press('Enter');
}

/**
 * Opens the first long paragraph of `witnessId` in the editor, appends `added`
 * and proposes it; returns the grid row and the paragraph id it edited.
 */
export async function proposeAppended(page: Page, witnessId: string, added: string): Promise<{ row: number; pid: string }> {
  const target = await page.locator('px-compare-view').evaluate((el, w) => {
    const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> }; textOf(r: number, w: string): string };
    const row = v.alignment.rows.findIndex((r, i) => (r.cells[w]?.length ?? 0) > 0 && v.textOf(i, w).length > 300);
    return { row, pid: v.alignment.rows[row]?.cells[w]?.[0] ?? '' };
  }, witnessId);
  if (target.row < 0) throw new Error(`no long paragraph of ${witnessId} to edit`);
  await page.locator(`px-compare-view [data-row="${target.row}"] [data-witness="${witnessId}"]`).click();
  await page.keyboard.press('Enter');
  const area = page.locator('px-compare-view px-edit-paragraph textarea');
  await area.waitFor();
  await area.press('End');
  await area.pressSequentially(added);
  await page.locator('px-compare-view px-edit-paragraph button', { hasText: 'Propose' }).click();
  return target;
}
