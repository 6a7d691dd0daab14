/**
 * End to end on the production build, at 1280 and 390 px, by role and name:
 * two texts imported together become one work with two aligned texts; a
 * translation is added; importing again offers update, keep both or cancel
 * and each does what it says; the HTML (print layout) export completes and
 * downloads, and a second export works; the print preview fits a phone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { answerNameIfAsked } from './support/work-page.ts';
import { repoRoot, screenshot } from './support/browser.ts';

const app = useBuiltApp();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A/AA violations (axe-core) of the library with its open dialog. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; help: string }> }> } }).axe;
    const r = await axe.run({ include: [['px-app']], exclude: [['px-app', 'px-work-view']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help}`);
  });
}
const SAMPLE = 'wilson-121617';
const sampleFile = (name: string) => readFile(path.join(repoRoot, 'translations', SAMPLE, name));

/** The sample's Chinese rendering and its second English translation, under a user's own file names. */
async function userTexts(enText?: string) {
  return [
    { name: 'x.zh.txt', mimeType: 'text/plain', buffer: await sampleFile('zh-Hans.txt') },
    { name: 'x.en.txt', mimeType: 'text/plain', buffer: enText === undefined ? await sampleFile('en-parallax.txt') : Buffer.from(enText) },
  ];
}


const workRow = (page: Page, id: string) => page.locator(`px-library li.work[data-work-id="${id}"]`);

async function importTogether(page: Page, files: Awaited<ReturnType<typeof userTexts>>, shot?: string): Promise<void> {
  await page.locator('px-import-drop input.files').setInputFiles(files);
  const pairing = page.getByRole('dialog', { name: 'Import as one work?' });
  await pairing.waitFor();
  if (shot) {
    await screenshot(page, shot);
    assert.deepEqual(await violations(page), [], 'the pairing dialog');
  }
  assert.equal(await pairing.getByRole('radio', { name: /x\.zh\.txt/ }).isChecked(), true, 'the Chinese text is the original by default');
  await pairing.getByRole('button', { name: 'Import as one work' }).click();
}

describe('a folder without work.json (production build)', () => {
  it('is offered as one work: the gold set’s zh.txt and en.txt, its README and licences left out', async () => {
    const { context, page, errors } = await app.freshPage(1280, 900);
    await page.locator('px-import-drop input.folder').setInputFiles(path.join(repoRoot, '..', 'shared', 'data', 'bible-zh-en'));
    const pairing = page.getByRole('dialog', { name: 'Import as one work?' });
    await pairing.waitFor({ timeout: 60_000 });
    assert.equal(await pairing.getByRole('radio', { name: /^zh\.txt/ }).isChecked(), true, 'the Chinese text is the original');
    // Proposed: the two texts; the README, licences and alignment files left out.
    assert.equal(await pairing.getByRole('checkbox', { name: 'Include README.md' }).isChecked(), false);
    assert.equal(await pairing.getByRole('checkbox', { name: 'Include LICENSE.bible-corpus-CC0-1.0.txt' }).isChecked(), false);
    assert.equal(await pairing.getByRole('checkbox', { name: 'Include en.txt' }).isChecked(), true);
    // The person can change that: include gold.align, then think better of it.
    await pairing.getByRole('checkbox', { name: 'Include gold.align' }).check();
    await pairing.getByText('These 3 texts').waitFor();
    await pairing.getByRole('checkbox', { name: 'Include gold.align' }).uncheck();
    await screenshot(page, 'import-folder-pairing-1280');
    await pairing.getByRole('button', { name: 'Import as one work' }).click();
    const row = workRow(page, 'bible-zh-en');
    await row.waitFor({ timeout: 120_000 });
    const texts = await row.locator('px-witness-list li').allInnerTexts();
    assert.equal(texts.length, 2, texts.join(' | '));
    assert.match(texts[0] ?? '', /zh\.txt.*original/s);
    assert.match(texts[1] ?? '', /en\.txt.*translation/s);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

for (const [width, height] of [[1280, 900], [390, 844]] as const) {
  describe(`import and export at ${width} px (production build)`, () => {
    it('x.zh.txt + x.en.txt imported together: one work with two aligned texts; then Add a translation', async () => {
      const { context, page, errors } = await app.freshPage(width, height);
      await importTogether(page, await userTexts(), `import-pairing-question-${width}`);
      const row = workRow(page, 'x');
      await row.waitFor();
      await row.locator('px-witness-list li').nth(1).waitFor();
      assert.equal(await row.locator('px-witness-list li').count(), 2);
      // Add a translation: the archive's own English export, under a name without a language tag.
      const chooser = page.waitForEvent('filechooser');
      await row.getByRole('button', { name: /^Add a translation to / }).click();
      await (await chooser).setFiles({ name: 'x.7brands.txt', mimeType: 'text/plain', buffer: await sampleFile('wilson-121617.en.txt') });
      await row.locator('px-witness-list li').nth(2).waitFor();
      assert.match(await row.locator('.identity').innerText(), /^3 texts/);
      // Replace a text: the English by a new version; the change is a revision, said in the notice.
      await row.getByRole('button', { name: /^Replace a text of / }).click();
      const replace = page.getByRole('dialog', { name: /^Replace a text of / });
      await replace.getByRole('radio', { name: /^x\.en\.txt/ }).check();
      const en = (await sampleFile('en-parallax.txt')).toString('utf8');
      await replace.getByLabel('New version (a text file)').setInputFiles({ name: 'x.en.txt', mimeType: 'text/plain', buffer: Buffer.from(en.replace(/\n\n/, ' One more sentence.\n\n')) });
      await screenshot(page, `replace-text-${width}`);
      assert.deepEqual(await violations(page), [], 'the replace dialog');
      await replace.getByRole('button', { name: 'Replace the text' }).click();
      await answerNameIfAsked(page);
      await page.locator('px-notifier').getByText(/^Replaced .* 1 paragraph changed/).waitFor({ timeout: 20_000 });
      // Open it: the original and both translations side by side, aligned.
      await row.getByRole('link').first().click();
      await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
      await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 30_000 });
      const grid = await page.locator('px-compare-view').evaluate((el) => {
        const rows = (el as unknown as { alignment: { rows: Array<{ cells: Record<string, string[]> }> } }).alignment.rows;
        return { witnesses: Object.keys(rows[0]?.cells ?? {}), paired: rows.filter((r) => (r.cells['zh']?.length ?? 0) > 0 && (r.cells['en']?.length ?? 0) > 0).length };
      });
      assert.deepEqual(grid.witnesses.sort(), ['en', 'en-2', 'zh']);
      assert.ok(grid.paired >= 10, `${grid.paired} rows pair the Chinese with the English`);
      if (width >= 1024) {
        const headers = await page.locator('px-compare-view [role="columnheader"] px-witness-header').evaluateAll((els) =>
          els.map((e) => (e as unknown as { witness: { id: string } }).witness.id));
        assert.equal(headers[0], 'zh', 'the Chinese is the original, first');
      }
      await screenshot(page, `import-pairing-work-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('importing the same texts again offers update, keep both or cancel, and each does what it says', async () => {
      const { context, page, errors } = await app.freshPage(width, height);
      await importTogether(page, await userTexts());
      await workRow(page, 'x').waitFor();
      const again = page.getByRole('dialog', { name: /is already in the library/ });
      // Cancel: nothing added.
      await importTogether(page, await userTexts());
      await again.waitFor();
      await screenshot(page, `reimport-question-${width}`);
      assert.deepEqual(await violations(page), [], 'the re-import dialog');
      await again.getByRole('button', { name: 'Cancel' }).click();
      await again.waitFor({ state: 'hidden' });
      assert.equal(await page.locator('px-library li.work[data-work-id^="x"]').count(), 1);
      // Keep both: a second work, distinctly named.
      await importTogether(page, await userTexts());
      await again.getByRole('button', { name: 'Keep both' }).click();
      await workRow(page, 'x-2').waitFor();
      assert.match(await workRow(page, 'x-2').locator('.identity').innerText(), /x-2$/);
      assert.match(await workRow(page, 'x-2').locator('h3').innerText(), /\(copy 2\)$/);
      // Update: the changed paragraph becomes a revision of the first work.
      const en = (await sampleFile('en-parallax.txt')).toString('utf8');
      await importTogether(page, await userTexts(en.replace(/\n\n/, ' A sentence added in the new version.\n\n')));
      await again.getByRole('button', { name: 'Update the work' }).click();
      await answerNameIfAsked(page);
      await page.locator('px-notifier').getByText(/^Updated .* 1 paragraph changed/).waitFor({ timeout: 20_000 });
      assert.equal(await page.locator('px-library li.work[data-work-id^="x"]').count(), 2);
      await screenshot(page, `reimport-updated-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    it('HTML (print layout) export completes and downloads; a second export works; the print preview fits', async () => {
      const { context, page, errors } = await app.freshPage(width, height);
      await page.goto(`${app.server.url}#/work/${SAMPLE}`);
      await page.locator('px-compare-view [role="row"][data-row="1"]').waitFor({ timeout: 30_000 });
      await page.locator('px-work-view .aligning-status').waitFor({ state: 'detached', timeout: 30_000 });
      const dialog = page.getByRole('dialog', { name: 'Export' });
      const exportAs = async (format: RegExp): Promise<string> => {
        await page.getByRole('button', { name: 'Export', exact: true }).click();
        await dialog.getByRole('radio', { name: format }).check();
        const download = page.waitForEvent('download', { timeout: 60_000 });
        await dialog.getByRole('button', { name: 'Download' }).click();
        return readFile(await (await download).path() ?? '', 'utf8');
      };
      const started = Date.now();
      const html = await exportAs(/^HTML/);
      const ms = Date.now() - started;
      assert.match(html, /^<!DOCTYPE html>/i);
      assert.ok(html.includes('巴克图') && html.includes('Ba-ke-tu'));
      assert.ok((html.match(/data:font\/woff2;base64,/g) ?? []).length > 0, 'the fonts travel inside the file');
      console.log(`# HTML export at ${width} px: ${ms} ms, ${html.length} bytes`);
      const md = await exportAs(/^Markdown/);
      assert.ok(md.includes('Ba-ke-tu') && md.includes('p.m.'), 'Markdown reads as prose');
      const again = await exportAs(/^HTML/);
      assert.equal(again.length > 0, true);
      // The print preview: laid out and fitted to the width of the screen.
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await dialog.getByRole('radio', { name: /^PDF/ }).check();
      await dialog.getByRole('button', { name: 'Open print preview' }).click();
      const preview = page.getByRole('dialog', { name: 'Print preview' });
      await preview.getByRole('button', { name: 'Save as PDF' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
      const fit = await page.locator('px-export-menu iframe.print-preview').evaluate((f) => {
        const frame = f as HTMLIFrameElement;
        const page1 = frame.contentDocument?.querySelector('.pagedjs_page');
        return { frame: frame.clientWidth, page: page1?.getBoundingClientRect().width ?? 0 };
      });
      assert.ok(fit.page > 0 && fit.page <= fit.frame, `a page (${fit.page} px) fits the frame (${fit.frame} px)`);
      await screenshot(page, `print-preview-${width}`);
      await preview.getByRole('button', { name: 'Close' }).click();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
