// Spawns the real CLI (`node src/cli/bin.mjs check …`) on the sample work.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (f: string) => path.join(root, 'translations/wilson-121617', f);
let tmp = '';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'check', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding { rule: string; severity: string; row: number; source: number[]; target: number[]; message: string }

describe('parallax check', () => {
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'parallax-check-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('lists the archive translation’s name variants as info, with the rows of parallax align', () => {
    const r = cli(sample('zh-Hans.txt'), sample('wilson-121617.en.txt'), '--json');
    assert.equal(r.code, 0);
    const { findings } = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    assert.deepEqual(findings.map((f) => [f.rule, f.severity, f.source, f.target]), [
      ['name-variant', 'info', [3], [4]], ['name-variant', 'info', [3], [4]], ['name-variant', 'info', [4], [5]],
      ['name-variant', 'info', [5], [6]], ['name-variant', 'info', [8], [9]], ['name-variant', 'info', [8], [9]], ['name-variant', 'info', [8], [9]],
    ]);
    const align = spawnSync(process.execPath, ['src/cli/bin.mjs', 'align', sample('zh-Hans.txt'), sample('wilson-121617.en.txt'), '--json'], { cwd: root, encoding: 'utf8' });
    const rows = (JSON.parse(align.stdout) as { rows: Array<{ source: number[]; target: number[] }> }).rows;
    for (const f of findings) assert.deepEqual({ source: rows[f.row]?.source, target: rows[f.row]?.target }, { source: f.source, target: f.target });
  });

  it('exits 0 with findings, and prints them for a person', () => {
    const edited = readFileSync(sample('en-parallax.txt'), 'utf8').replace('60-kilometre', '50-kilometre');
    writeFileSync(path.join(tmp, 'edited.txt'), edited);
    const r = cli(sample('zh-Hans.txt'), path.join(tmp, 'edited.txt'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /error\s+number-mismatch\s+The original has 60 \(“六十”\) where .* has 50/);
    assert.match(r.stdout, /1 findings: 1 errors, 0 warnings, 0 info/);
    const clean = cli(sample('zh-Hans.txt'), sample('en-parallax.txt'), '--json');
    assert.deepEqual(JSON.parse(clean.stdout), { findings: [] });
  });

  it('reads a names list given on the command line', () => {
    writeFileSync(path.join(tmp, 'names.json'), JSON.stringify({ format: 'parallax.names', version: 1, entries: [{ id: 'bakhty', kind: 'place', canonical: 'Ba-ke-tu', variants: ['Bakhty'] }] }));
    const r = cli(sample('zh-Hans.txt'), sample('en-parallax.txt'), '--names', path.join(tmp, 'names.json'), '--json');
    const { findings } = JSON.parse(r.stdout) as { findings: JsonFinding[] };
    assert.ok(findings.some((f) => f.rule === 'name-variant' && /“Bakhty” is a known variant of Ba-ke-tu/.test(f.message)));
  });

  it('fails with one coded line when it cannot read its input', () => {
    writeFileSync(path.join(tmp, 'bad.json'), '{');
    for (const [code, args] of [
      ['INPUT_NOT_FOUND', [path.join(tmp, 'missing.txt'), sample('en-parallax.txt')]],
      ['INPUT_NOT_FOUND', [sample('zh-Hans.txt'), sample('en-parallax.txt'), '--names', path.join(tmp, 'missing.json')]],
      ['CHECK_NAMES_NOT_JSON', [sample('zh-Hans.txt'), sample('en-parallax.txt'), '--names', path.join(tmp, 'bad.json')]],
      ['CLI_UNKNOWN_OPTION', [sample('zh-Hans.txt'), sample('en-parallax.txt'), '--nope']],
    ] as const) {
      const r = cli(...args);
      assert.equal(r.code, code.startsWith('CLI_') ? 2 : 1, code);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trim(), new RegExp(`^error\\[${code}\\]: .+ — .+$`));
    }
    const usage = cli(sample('zh-Hans.txt'));
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^error\[CLI_USAGE\]: parallax check needs <translation> — /);
  });
});
