/**
 * Debian Chromium through playwright-core for the end-to-end tests and the
 * render bench, plus the waits they share.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumPath } from '../../support/chromium.mjs';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDir = path.join(repoRoot, 'dist');
export const artifactsDir = path.join(repoRoot, 'test-artifacts');

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}

/** Resolves once a service worker controls the page (after the first visit's install). */
export async function waitForServiceWorker(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout });
}

/** Resolves once the app has opened storage and imported the bundled corpus. */
export async function waitForAppReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['pxReady'] === 'true', undefined, { timeout });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
