// Spawns the real CLI (`node src/cli/bin.mjs diff …`) on the sample work's two English translations.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (f: string) => path.join(root, 'translations/wilson-121617', f);

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'diff', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonRow { a: number[]; b: number[]; divergence: number; ops: Array<{ op: string; text: string }> }

describe('parallax diff', () => {
  it('aligns two translations paragraph by paragraph and diffs each row', () => {
    const r = cli(sample('en-parallax.txt'), sample('wilson-121617.en.txt'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const { rows } = JSON.parse(r.stdout) as { rows: JsonRow[] };
    const body = rows.filter((row) => row.a.length === 1 && row.b.length === 1 && row.a[0] !== 0);
    assert.equal(body.length, 10);
    const a = readParagraphs('en-parallax.txt');
    for (const row of body) {
      const sideA = row.ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
      assert.equal(sideA, a[row.a[0] ?? 0]);
      assert.ok(row.divergence > 0 && row.divergence < 1);
    }
    // The archive's closing [...] is a row of its own, all inserted.
    const last = rows[rows.length - 1];
    assert.deepEqual(last?.ops, [{ op: 'insert', text: '[...]' }]);
  });

  it('prints deletions and insertions for a person', () => {
    const r = cli(sample('en-parallax.txt'), sample('wilson-121617.en.txt'));
    assert.equal(r.code, 0);
    assert.match(r.stdout, /in the \[-Bakhty and Khorgos-\]\{\+Ba-ke-tu \[sic\] and Huoerguosi \[Horgos\]\+\} areas/);
    assert.match(r.stdout, /rows, \d+ with differences$/m);
    const same = cli(sample('en-parallax.txt'), sample('en-parallax.txt'));
    assert.match(same.stdout, /11 rows, 0 with differences/);
  });

  it('hides punctuation and marks on request', () => {
    const r = cli(sample('en-parallax.txt'), sample('wilson-121617.en.txt'), '--strip-marks');
    assert.match(r.stdout, /in the \[-Bakhty-\]\{\+Ba-ke-tu\+\} and \[-Khorgos-\]\{\+Huoerguosi\+\} areas/);
  });

  it('refuses two languages, with one coded line', () => {
    const r = cli(sample('zh-Hans.txt'), sample('en-parallax.txt'));
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr.trim(), /^error\[CHECK_DIFF_LANGUAGES\]: .+ — .*parallax check/);
    const missing = cli(sample('nope.txt'), sample('en-parallax.txt'));
    assert.match(missing.stderr.trim(), /^error\[INPUT_NOT_FOUND\]/);
  });
});

function readParagraphs(file: string): string[] {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'import', sample(file), '--json'], { cwd: root, encoding: 'utf8' });
  const work = JSON.parse(r.stdout) as { witnesses: Array<{ paragraphs: Array<{ text: string }> }> };
  return work.witnesses[0]?.paragraphs.map((p) => p.text) ?? [];
}
