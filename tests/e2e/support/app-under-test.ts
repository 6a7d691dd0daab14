/**
 * The setup every end-to-end file on the production build shares: `dist/`
 * must exist, a static server serves it and one Chromium runs for the file's
 * tests, both started in `before` and closed in `after`. Call `useBuiltApp()`
 * at the top level of a test file; its accessors are valid inside tests.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { distDir, launchChromium, waitForAppReady } from './browser.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export interface FreshPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught page errors, collected from the first navigation on. */
  readonly errors: string[];
}

export interface FreshPageOptions {
  readonly colorScheme?: 'light' | 'dark';
}

export interface BuiltApp {
  readonly server: StaticServer;
  readonly browser: Browser;
  /** A new browser context at this viewport, on the app's start page once the app is ready. */
  freshPage(width?: number, height?: number, options?: FreshPageOptions): Promise<FreshPage>;
}

export function useBuiltApp(): BuiltApp {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;

  before(async () => {
    assert.ok(existsSync(path.join(distDir, 'index.html')), 'dist/ is missing: run `npx vite build` first (npm test does)');
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const app: BuiltApp = {
    get server(): StaticServer {
      if (!server) throw new Error('the static server is not running: use it inside a test');
      return server;
    },
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running: use it inside a test');
      return browser;
    },
    async freshPage(width = 1280, height = 800, options: FreshPageOptions = {}): Promise<FreshPage> {
      const context = await app.browser.newContext({ viewport: { width, height }, ...options });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(app.server.url);
      await waitForAppReady(page);
      return { context, page, errors };
    },
  };
  return app;
}
