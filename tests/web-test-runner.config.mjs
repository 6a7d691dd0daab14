// Runs component, storage and core tests in Debian's Chromium through
// playwright-core (one browser context per test file, so IndexedDB is isolated).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromiumArgs, chromiumPath } from './support/chromium.mjs';
import { countingReporter } from './support/counting-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = path.resolve(root, '..', 'shared');
const commonjs = fromRollup(rollupCommonjs);

/** Core tests import node:test / node:assert; in the browser they get shims. */
const BROWSER_SHIMS = {
  'node:test': '/tests/support/node-test.browser.ts',
  'node:assert/strict': '/tests/support/node-assert.browser.ts',
  'node:assert': '/tests/support/node-assert.browser.ts',
};

const shims = {
  name: 'parallax-browser-shims',
  resolveImport({ source }) {
    if (source in BROWSER_SHIMS) return BROWSER_SHIMS[source];
    if (/\/support\/files\.ts$/.test(source)) return '/tests/support/files.browser.ts';
    return undefined;
  },
  /** chardet's package.json maps its file-system module to a browser stub; the commonjs plugin does not read that map. */
  transform(context) {
    if (!context.path.includes('/node_modules/chardet/lib/index.js')) return undefined;
    return { body: String(context.body).replace('require("./fs/node")', 'require("./fs/browser")') };
  },
  /** Serves ../shared (corpus, gold set) under /__shared/ for fixture reads, and repository files byte for byte under /__bytes/. */
  async serve(context) {
    // Repository files as base64 under /__bytes/: the server reads any mostly-ASCII
    // body as UTF-8 text and re-encodes it (a Windows-1252 0x97 became EF BF BD).
    if (context.path.startsWith('/__bytes/')) {
      const file = path.resolve(root, decodeURIComponent(context.path.slice('/__bytes/'.length)));
      if (!file.startsWith(root)) return undefined;
      try {
        return { body: (await readFile(file)).toString('base64'), type: 'text/plain' };
      } catch {
        return undefined;
      }
    }
    if (!context.path.startsWith('/__shared/')) return undefined;
    const file = path.resolve(shared, decodeURIComponent(context.path.slice('/__shared/'.length)));
    if (!file.startsWith(shared)) return undefined;
    try {
      return { body: await readFile(file), type: 'application/octet-stream' };
    } catch {
      return undefined;
    }
  },
};

const groups = [...(process.env.WTR_FILES ? [process.env.WTR_FILES] : [
  'tests/core/**/*.test.ts',
  'tests/storage/**/*.test.ts',
  'tests/ui/**/*.test.ts',
  'tests/platform/**/*.browser.test.ts',
]), '!tests/**/*.node.test.ts']; // *.node.test.ts run in Node (run-all.mjs), never in the browser

export default {
  rootDir: root,
  files: groups,
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  plugins: [
    shims,
    commonjs({ include: /node_modules\/(diff-match-patch|chardet)\//, strictRequires: false }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: path.join(root, 'tsconfig.json') }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), countingReporter(process.env.WTR_COUNTS_FILE)],
};
