// Runs component, storage and core tests in Debian's Chromium through
// playwright-core (one browser context per test file, so IndexedDB is isolated).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { playwrightLauncher } from '@web/test-runner-playwright';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';
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

/** Served path → the ES module that re-exports it (see `serve`). */
const BUNDLED_COMMONJS = {
  '/node_modules/saxes/saxes.js': "export { SaxesParser, EVENTS } from './node_modules/saxes/saxes.js';",
  '/node_modules/mammoth/lib/index.js': "export { default } from './node_modules/mammoth/mammoth.browser.js';",
  '/node_modules/jszip/lib/index.js': "export { default } from './node_modules/jszip/dist/jszip.min.js';",
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
    // CommonJS packages whose own CommonJS dependencies the commonjs plugin links wrongly (saxes →
    // xmlchars; jszip and mammoth, which need their browser builds): each is served as one ES module bundled by esbuild.
    const bundled = BUNDLED_COMMONJS[context.path];
    if (bundled) {
      const built = await esbuild.build({
        stdin: { contents: bundled, resolveDir: root, sourcefile: `${context.path}.esm.js` },
        bundle: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent',
      });
      return { body: built.outputFiles[0]?.text ?? '', type: 'js' };
    }
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
