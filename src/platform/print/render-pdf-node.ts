/**
 * Print HTML → PDF headless: Playwright drives the system Chromium, pagedjs
 * lays out the pages (running heads, page-foot footnotes, page X of Y), and
 * only after its `after` hook has fired — and the result has been checked for
 * pages and the last row — does Chromium print. Node only (CLI, tests).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { err, ok, pxError, type Result } from '../../core/result.ts';
import { CHROMIUM_ARGS, chromiumMissing, chromiumPath } from './chromium-launch.ts';
import { verifyRendered, type RenderCheck } from './verify-rendered.ts';

export interface RenderedPdf {
  readonly pdf: Uint8Array;
  readonly check: RenderCheck;
  readonly layoutMs: number;
}

export interface RenderPdfOptions {
  /** Layout budget; pagedjs takes ~10 s for 300 pages, ~65 s for 1,000. */
  readonly timeoutMs?: number;
  readonly chromePath?: string;
}

const DEFAULT_TIMEOUT_MS = 180_000;

async function pagedPolyfill(): Promise<string> {
  // The package exports no path to its polyfill build; find it next to the CommonJS entry (lib/index.cjs).
  const entry = createRequire(import.meta.url).resolve('pagedjs');
  return readFile(path.join(path.dirname(entry), '..', 'dist', 'paged.polyfill.js'), 'utf8');
}

export async function renderPdf(html: string, opts: RenderPdfOptions = {}): Promise<Result<RenderedPdf>> {
  const executablePath = opts.chromePath ?? chromiumPath();
  const missing = chromiumMissing(executablePath);
  if (missing) return err(missing);
  const { chromium } = await import('playwright-core');
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  } catch (e) {
    return err(pxError('EXPORT_CHROMIUM_FAILED', `Chromium at ${executablePath} did not start: ${String((e as Error).message).split('\n')[0]}`, 'check the binary runs (chromium --version) or set CHROME_PATH'));
  }
  try {
    const page = await browser.newPage();
    // Nothing in an edition needs the network; a request would mean hostile or broken input.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    // tsx keeps function names with a `__name` helper; functions sent to the page need it there too.
    await page.evaluate('window.__name = (f) => f');
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const started = Date.now();
    await page.evaluate(() => {
      const w = window as unknown as { PagedConfig: unknown; __pxLayoutDone: boolean };
      w.__pxLayoutDone = false;
      w.PagedConfig = { auto: true, after: () => { w.__pxLayoutDone = true; } };
    });
    await page.addScriptTag({ content: await pagedPolyfill() });
    try {
      await page.waitForFunction(() => (window as unknown as { __pxLayoutDone: boolean }).__pxLayoutDone === true, undefined, { timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS, polling: 250 });
    } catch {
      return err(pxError('EXPORT_LAYOUT_TIMEOUT', `Page layout did not finish within ${Math.round((opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)} s`, 'export a smaller selection, or raise the timeout'));
    }
    const layoutMs = Date.now() - started;
    const check = (await page.evaluate(`(${verifyRendered.toString()})(document)`)) as RenderCheck;
    if (check.pages === 0 || !check.lastRowPresent) {
      return err(pxError('EXPORT_TRUNCATED', `The printed edition is incomplete: ${check.pages} page(s), last paragraph ${check.lastParagraphId || '(none)'} ${check.lastRowPresent ? 'present' : 'missing'}`, 'do not use this PDF; report the problem with the exported HTML (--format html)'));
    }
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return ok({ pdf: new Uint8Array(pdf), check, layoutMs });
  } finally {
    await browser.close();
  }
}
