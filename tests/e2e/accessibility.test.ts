/**
 * WCAG 2.2 A/AA checks with axe-core on the shell's views (library,
 * settings, the shortcuts dialog), in light and dark, wide and narrow. The
 * work view is checked by its own tests; it is excluded here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { useBuiltApp } from './support/app-under-test.ts';
import { screenshot } from './support/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const app = useBuiltApp();

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

async function violations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run({ include: [['px-app']], exclude: [['px-app', 'px-work-view']] }, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  }, TAGS);
}

const describeViolations = (vs: Violation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`).join('\n');

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${colorScheme}`, () => {
    it('library, settings and the shortcuts dialog have no WCAG 2.2 AA violations (1280 and 390 px)', async () => {
      const { context, page } = await app.freshPage(1280, 800, { colorScheme });
      await page.locator('px-library li.work[data-work-id]').first().waitFor();
      const found: Violation[] = [];
      found.push(...(await violations(page)));
      await screenshot(page, `library-${colorScheme}-1280`);
      await page.setViewportSize({ width: 390, height: 844 });
      found.push(...(await violations(page)));
      await page.goto(`${app.server.url}#/settings`);
      await page.locator('px-settings h1').waitFor();
      found.push(...(await violations(page)));
      await screenshot(page, `settings-${colorScheme}-390`);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.keyboard.press('?');
      await page.locator('px-shortcuts-dialog dialog[open]').waitFor();
      found.push(...(await violations(page)));
      await screenshot(page, `shortcuts-${colorScheme}-1280`);
      assert.equal(found.length, 0, describeViolations(found));
      await context.close();
    });
  });
}

describe('visible focus', () => {
  it('draws a focus ring of at least 2 px around the focused control', async () => {
    const { context, page } = await app.freshPage(1280, 800);
    await page.locator('px-library li.work[data-work-id]').first().waitFor();
    const seen = new Set<string>();
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el) return null;
        const s = getComputedStyle(el);
        return { name: `${el.tagName} ${(el.textContent ?? '').trim().slice(0, 30)}`, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
      });
      if (!focus || focus.name.startsWith('BODY')) continue;
      seen.add(focus.name);
      assert.notEqual(focus.style, 'none', `${focus.name} has no focus outline`);
      assert.ok(focus.width >= 2, `${focus.name}: outline ${focus.width}px`);
    }
    assert.ok(seen.size >= 5, `Tab visited ${seen.size} controls`);
    await page.keyboard.press('Tab');
    await screenshot(page, 'focus-ring-1280');
    await context.close();
  });
});
