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
