// `parallax check`, `align` and `diff` on the traditional twin in Big5 and the archive
// export in Windows-1252: the same output as on the UTF-8 files, and --*-encoding respected.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (f: string) => path.join(root, 'translations/wilson-121617', f);
const fixture = (f: string) => path.join(root, 'tests/fixtures', f);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function ok(...args: string[]): string {
  const r = cli(...args);
  assert.equal(r.stderr, '', r.stderr);
  assert.equal(r.code, 0);
  return r.stdout;
}

describe('encodings in check, align and diff', () => {
  it('checks the Big5 twin against the Windows-1252 export with the findings of the UTF-8 originals', () => {
    const utf8 = JSON.parse(ok('check', sample('zh-Hans.txt'), sample('wilson-121617.en.txt'), '--json')) as { findings: unknown[] };
    const encoded = JSON.parse(ok('check', fixture('zh-Hant.big5.txt'), fixture('wilson-121617.en.windows-1252.txt'), '--json')) as { findings: unknown[] };
    assert.ok(utf8.findings.length > 0);
    assert.deepEqual(encoded.findings, utf8.findings);
    const named = JSON.parse(ok('check', fixture('zh-Hant.big5.txt'), fixture('wilson-121617.en.windows-1252.txt'), '--source-encoding', 'big5-hkscs', '--target-encoding', 'cp1252', '--json')) as { findings: unknown[] };
    assert.deepEqual(named.findings, utf8.findings);
  });

  it('refuses a --source-encoding the bytes contradict', () => {
    const r = cli('check', fixture('zh-Hant.big5.txt'), sample('wilson-121617.en.txt'), '--source-encoding', 'gb18030');
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error\[IMPORT_ENCODING_MISMATCH\]: .*zh-Hant\.big5\.txt is declared gb18030, but its bytes read as big5/);
  });

  it('aligns the Big5 twin by sentences to the rows of the simplified text', () => {
    const rows = (out: string) => (JSON.parse(out) as { rows: Array<{ source: number[]; target: number[] }> }).rows.map((r) => `${r.source}→${r.target}`);
    const simplified = rows(ok('align', sample('zh-Hans.txt'), sample('en-parallax.txt'), '--units', 'sentences', '--json'));
    assert.deepEqual(rows(ok('align', fixture('zh-Hant.big5.txt'), sample('en-parallax.txt'), '--units', 'sentences', '--source-encoding', 'big5', '--json')), simplified);
  });

  it('diffs the Windows-1252 export against its UTF-8 self as identical', () => {
    const out = JSON.parse(ok('diff', fixture('wilson-121617.en.windows-1252.txt'), sample('wilson-121617.en.txt'), '--json')) as { rows: Array<{ divergence: number }> };
    assert.ok(out.rows.length > 5 && out.rows.every((r) => r.divergence === 0));
  });
});
