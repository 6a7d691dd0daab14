/**
 * Chinese as archives hold it, on the production build: a file whose encoding
 * cannot be told is asked about (each reading previewed) and imported as
 * chosen; a Big5 file of the traditional twin (the project's Chinese rendering
 * converted with OpenCC, not the archive's) imports without a question as a
 * zh-Hant witness, drawn in the self-hosted Noto Serif TC, at 1280 and 390 px.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { repoRoot, screenshot } from './support/browser.ts';

const app = useBuiltApp();
const BIG5 = path.join(repoRoot, 'tests/fixtures/zh-Hant.big5.txt');

async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer } | string): Promise<void> {
  await page.getByLabel('Choose files to import').setInputFiles(file);
}

/** The font that actually draws a text: the first family of its computed font-family that the document has loaded. */
function fontOf(page: Page, selector: string): Promise<{ family: string; loaded: boolean; lang: string | null }> {
  return page.locator(selector).first().evaluate(async (el) => {
    await document.fonts.ready;
    const family = getComputedStyle(el).fontFamily.split(',')[0]?.trim().replace(/^["']|["']$/g, '') ?? '';
    const sample = (el.textContent ?? '').slice(0, 20);
    await document.fonts.load(`16px "${family}"`, sample);
    return { family, loaded: document.fonts.check(`16px "${family}"`, sample), lang: el.closest('[lang]')?.getAttribute('lang') ?? null };
  });
}

describe('traditional Chinese and unsure encodings (production build)', () => {
  for (const [width, height] of [[1280, 900], [390, 844]] as const) {
    it(`asks which encoding, then imports; Big5 arrives as zh-Hant in Noto Serif TC (${width} px)`, async () => {
      const { context, page, errors } = await app.freshPage(width, height);
      await importFile(page, { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Café crème, naïve façade déjà vu.', 'latin1') });
      const dialog = page.getByRole('dialog', { name: 'Which encoding is “note.txt” in?' });
      await dialog.waitFor();
      const western = dialog.getByRole('radio', { name: /Western European \(Windows-1252, ISO-8859-1\) — \d+% likely/ });
      assert.ok(await western.isChecked(), 'the likeliest reading is chosen');
      assert.match(await dialog.innerText(), /Café crème, naïve façade déjà vu\./);
      assert.ok((await dialog.getByRole('radio').count()) >= 2);
      await screenshot(page, `encoding-picker-${width}`);
      await dialog.getByRole('button', { name: 'Import with this encoding' }).click();
      await page.locator('px-library li.work[data-work-id="note"]').waitFor();

      await importFile(page, { name: 'zh-Hant.txt', mimeType: 'text/plain', buffer: readFileSync(BIG5) });
      await page.locator('px-library li.work[data-work-id="zh-Hant"]').waitFor();
      assert.equal(await dialog.count() > 0 ? await dialog.isVisible() : false, false, 'no question for a Big5 file');
      await page.goto(`${app.server.url}#/work/zh-Hant`);
      const cell = page.locator('px-compare-view .text[lang="zh-Hant"]');
      await cell.first().waitFor({ timeout: 30_000 });
      assert.match(await cell.first().innerText(), /蘇聯/);
      const font = await fontOf(page, 'px-compare-view .text[lang="zh-Hant"]');
      assert.deepEqual(font, { family: 'Noto Serif TC', loaded: true, lang: 'zh-Hant' });
      await screenshot(page, `zh-Hant-work-${width}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
});
