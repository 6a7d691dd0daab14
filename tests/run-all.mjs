// Runs every suite (Node, Chromium, end to end on the built app) and ends
// with one plain line `N passed, N failed` summing them all, for CI.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumProblem } from './support/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), 'parallax-test-'));
const only = process.argv[2]; // optional: node | browser | e2e

function filesUnder(dir, keep) {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter(keep)
    .sort();
}

function readCounts(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

function run(name, cmd, args, countsFile, env = {}) {
  console.log(`\n== ${name} ==`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const counts = readCounts(countsFile);
  // A suite that crashed before counting is one failure, never a silent pass.
  if (!counts) return { passed: 0, failed: 1 };
  if (r.status !== 0 && counts.failed === 0) counts.failed = 1;
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

const nodeTests = filesUnder('tests', (f) =>
  f.endsWith('.test.ts') && !f.endsWith('.browser.test.ts') &&
  !f.startsWith(path.join('tests', 'ui')) && !f.startsWith(path.join('tests', 'e2e')) &&
  !(f.startsWith(path.join('tests', 'storage')) && !f.endsWith('.node.test.ts')));
const e2eTests = filesUnder('tests/e2e', (f) => f.endsWith('.test.ts'));

const totals = { passed: 0, failed: 0 };
function add(c) {
  totals.passed += c.passed;
  totals.failed += c.failed;
}

const problem = chromiumProblem();

if (!only || only === 'node') {
  const counts = path.join(work, 'node.json');
  add(run('node', process.execPath, [
    '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./tests/support/node-counting-reporter.mjs', `--test-reporter-destination=${counts}`,
    ...nodeTests,
  ], counts));
}

if (problem && only !== 'node') {
  console.error(`\n${problem}`);
  add({ passed: 0, failed: 1 });
} else {
  if (!only || only === 'browser') {
    const counts = path.join(work, 'browser.json');
    add(run('chromium', process.execPath, [path.join(root, 'node_modules/@web/test-runner/dist/bin.js'), '--config', 'tests/web-test-runner.config.mjs'], counts, { WTR_COUNTS_FILE: counts }));
  }
  if ((!only || only === 'e2e') && e2eTests.length > 0) {
    console.log('\n== build for end-to-end tests ==');
    const b = spawnSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    if (b.status !== 0) add({ passed: 0, failed: 1 });
    else {
      const counts = path.join(work, 'e2e.json');
      add(run('e2e', process.execPath, [
        '--import', 'tsx', '--test', '--test-concurrency=1',
        '--test-reporter=spec', '--test-reporter-destination=stdout',
        '--test-reporter=./tests/support/node-counting-reporter.mjs', `--test-reporter-destination=${counts}`,
        ...e2eTests,
      ], counts));
    }
  }
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
