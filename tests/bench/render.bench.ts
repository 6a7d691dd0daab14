/**
 * Render targets on the production build in headless Chromium:
 * - initial JavaScript: gzipped size of the entry chunk and its static imports
 *   (from dist/.vite/manifest.json), against all JavaScript the build ships;
 * - cold start from the service-worker cache (second visit, network cut):
 *   navigation start → the library shows its works, against the first visit
 *   over the network without a service worker, measured in the same run;
 *   then until the main thread is first idle (the page answers input).
 * Work-view figures (5,000-row first rows, scroll long tasks) belong in
 * `workViewRows` below.
 *
 * Builds the app afresh into a temporary folder (never a stale or shared
 * dist/). Never asserts timing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { median, ms, ratio, type BenchRow } from './bench.ts';
import { launchChromium, repoRoot, waitForServiceWorker } from '../e2e/support/browser.ts';
import { serveStatic } from '../e2e/support/static-server.ts';

const GROUP = 'render';
const RUNS = 5;
const LIBRARY_RENDERED_MARK = 'px-library-rendered';

interface ManifestChunk {
  readonly file: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
}

const gz = (dir: string, file: string): number => gzipSync(readFileSync(path.join(dir, file))).length;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The entry chunk and every chunk it imports statically (what the first paint needs). */
export function initialChunks(manifest: Record<string, ManifestChunk>): string[] {
  const entry = Object.entries(manifest).find(([, c]) => c.isEntry);
  if (!entry) return [];
  const seen = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit(entry[0]);
  return [...seen];
}

function buildApp(): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'parallax-bench-dist-'));
  const r = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', '--outDir', outDir, '--emptyOutDir'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error('vite build failed');
  return outDir;
}

function sizeRows(dir: string): BenchRow[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const initial = initialChunks(manifest);
  const initialBytes = initial.reduce((sum, f) => sum + gz(dir, f), 0);
  const allJs = readdirSync(path.join(dir, 'assets')).filter((f) => f.endsWith('.js')).map((f) => `assets/${f}`);
  const allBytes = allJs.reduce((sum, f) => sum + gz(dir, f), 0);
  return [{
    group: GROUP,
    name: 'initial JavaScript (entry + static imports, gzip)',
    input: `${initial.length} of ${allJs.length} chunks`,
    value: kb(initialBytes),
    baseline: `all JS ${kb(allBytes)}`,
    ratio: `${((initialBytes / allBytes) * 100).toFixed(0)}% of all`,
    target: '≤ 100 KB',
  }];
}

/** ms from navigation start until the library showed its works, read from the app's performance mark. */
async function libraryRenderedAt(page: Page): Promise<number> {
  const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? false, LIBRARY_RENDERED_MARK, { timeout: 30_000 });
  return (await handle.jsonValue()) as number;
}

/** ms from navigation start until the main thread is first idle after the works show: the page answers input. */
function interactiveAt(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now()))));
}

async function coldStartRows(browser: Browser, url: string): Promise<BenchRow[]> {
  const firstVisits: number[] = [];
  const cached: number[] = [];
  const interactive: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    // Baseline: a first visit over the network (no service worker yet, empty IndexedDB).
    const context = await browser.newContext();
    const first = await context.newPage();
    await first.goto(url);
    firstVisits.push(await libraryRenderedAt(first));
    await waitForServiceWorker(first);
    await first.close();
    // Cold start: a new page with the network cut, everything from the SW cache and IndexedDB.
    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(url);
    cached.push(await libraryRenderedAt(page));
    interactive.push(await interactiveAt(page));
    await context.close();
  }
  const value = median(cached);
  const baseline = median(firstVisits);
  return [{
    group: GROUP,
    name: 'cold start from the SW cache, offline → library shows works',
    input: `sample corpus, median of ${RUNS}`,
    value: ms(value),
    baseline: `first visit, network ${ms(baseline)}`,
    ratio: ratio(value, baseline),
    target: '≤ 1 s',
  }, {
    group: GROUP,
    name: 'cold start from the SW cache, offline → main thread idle (interactive)',
    input: `sample corpus, median of ${RUNS}`,
    value: ms(median(interactive)),
    baseline: `works shown ${ms(value)}`,
    target: '≤ 1 s',
  }];
}

/**
 * For the work-view engineer: 5,000-row work, first rows ≤ 1 s; scrolling with
 * no long task > 50 ms. Receives the running browser and the served build.
 */
export async function workViewRows(_browser: Browser, _url: string): Promise<BenchRow[]> {
  return [];
}

export default async function renderBench(): Promise<BenchRow[]> {
  const dir = buildApp();
  const rows = sizeRows(dir);
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    rows.push(...(await coldStartRows(browser, server.url)));
    rows.push(...(await workViewRows(browser, server.url)));
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
