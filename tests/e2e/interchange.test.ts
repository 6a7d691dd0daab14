/**
 * End to end on the production build: a stable link opens its paragraph's
 * row; "Cite this passage" copies a citation naming the paragraph and its
 * link; "Import a revised version…" reads a returned XLIFF, shows what it
 * would propose, and puts exactly those proposals in the review queue.
 * Screenshots at 1280 and 390 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { toXliff } from '../../src/core/export/to-xliff.ts';
import { loadSampleAlignment, loadSampleWork } from '../core/edition/sample-work.ts';
import { useBuiltApp } from './support/app-under-test.ts';
import { answerNameIfAsked, gridReady } from './support/work-page.ts';
import { screenshot } from './support/browser.ts';

const SAMPLE = 'wilson-121617';
const app = useBuiltApp();



const rowOf = (page: Page, paragraphId: string) => page.locator('px-compare-view').evaluate((el, pid) => {
  const v = el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> } };
  return v.alignment.rows.findIndex((r) => Object.values(r.cells).some((ids) => ids.includes(pid)));
}, paragraphId);

/** The sample's XLIFF with two targets changed, as a translator would send it back. */
async function returnedXliff(): Promise<string> {
  const work = await loadSampleWork();
  const e = buildEdition(work, await loadSampleAlignment(work));
  assert.ok(e.ok);
  return toXliff(e.value).replace('seriously perplexed', 'deeply perplexed').replace('It is not hard to understand', 'It is easy to see');
}

describe('interchange in the app (production build)', () => {
  it('a stable link opens the row of its paragraph, and "Cite this passage" copies its citation', async () => {
    const { context, page, errors } = await app.freshPage(1280, 900);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
    await page.goto(`${app.server.url}#/work/${SAMPLE}/p/en-7b-p9`);
    await gridReady(page);
    const row = await rowOf(page, 'en-7b-p9');
    assert.ok(row > 3, 'the paragraph is well down the document');
    const cell = page.locator(`px-compare-view [data-row="${row}"] [data-witness="en-7b"]`);
    await cell.waitFor();
    assert.ok(await cell.isVisible(), 'its row is on screen');
    await cell.click();
    const cite = page.getByRole('button', { name: 'Cite this passage' });
    await cite.click();
    await page.getByRole('status').filter({ hasText: 'Citation of en-7b-p9 copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.match(copied, /Wilson Center Digital Archive, PRC FMA 118-01764-05, pp\. 39-42\. Translated by 7Brands\. Document wilson-121617, paragraph en-7b-p9 \(Archive translation \(7Brands\)\), Parallax edition as imported\./);
    assert.ok(copied.includes(`${app.server.url}#/work/${SAMPLE}/p/en-7b-p9`.replace(/\/+#/, '/#')) || copied.includes(`#/work/${SAMPLE}/p/en-7b-p9`), copied);
    assert.match(copied, /Accessed \d{1,2} \w+ \d{4}\.$/);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('imports a returned XLIFF as a revised version: the preview, then exactly two proposals in the review queue', async () => {
    const xliff = await returnedXliff();
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      const { context, page, errors } = await app.freshPage(width, height);
      await page.goto(`${app.server.url}#/work/${SAMPLE}`);
      await gridReady(page);
      await page.getByRole('button', { name: 'Import a revised version…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Import a revised version' });
      await dialog.waitFor();
      await dialog.getByLabel('Translation it revises').selectOption({ label: 'Archive translation (7Brands)' });
      await dialog.getByLabel(/Revised file/).setInputFiles({ name: 'wilson-returned.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xliff) });
      await dialog.getByRole('status').filter({ hasText: '2 proposals, 10 unchanged, 0 unmatched' }).waitFor({ timeout: 30_000 });
      const changes = dialog.getByRole('list', { name: 'Proposed changes' }).getByRole('listitem');
      assert.equal(await changes.count(), 2);
      assert.deepEqual(await changes.first().locator('del').allTextContents(), ['seriously']);
      assert.deepEqual(await changes.first().locator('ins').allTextContents(), ['deeply']);
      await screenshot(page, `import-revised-preview-${width}`);
      await dialog.getByRole('button', { name: 'Create 2 proposals' }).click();
      await answerNameIfAsked(page, 'E2E Reviewer');
      await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
      const items = page.locator('px-review-queue li[data-revision]');
      if (width < 600) await page.getByRole('button', { name: 'Panels' }).click();
      await items.nth(1).waitFor({ timeout: 30_000 });
      assert.equal(await items.count(), 2, 'exactly the two proposals wait for review');
      await screenshot(page, `import-revised-queue-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
