// Spawns the real CLI (`node src/cli/bin.mjs align …`) on the sample work and the Bible gold set.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sample = (f: string) => path.join(root, 'translations/wilson-121617', f);
const bible = (f: string) => path.join(root, '../shared/data/bible-zh-en', f);
let tmp = '';

interface JsonAlignment {
  units: { source: string[]; target: string[] };
  rows: Array<{ source: number[]; target: number[]; score: number; status: string }>;
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'align', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertContract(j: JsonAlignment): void {
  assert.deepEqual(j.rows.flatMap((r) => r.source), [...j.units.source.keys()], 'every source unit once, in order');
  assert.deepEqual(j.rows.flatMap((r) => r.target), [...j.units.target.keys()], 'every target unit once, in order');
  for (const r of j.rows) {
    assert.ok(r.score >= 0 && r.score <= 1);
    assert.equal(r.status, 'auto');
  }
}

describe('parallax align', () => {
  before(() => {
    tmp = mkdtempSync(path.join(tmpdir(), 'parallax-align-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('aligns paragraphs of the sample work: one row per paragraph, the final [...] alone', () => {
    const r = cli(sample('zh-Hans.txt'), sample('wilson-121617.en.txt'), '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as JsonAlignment;
    assertContract(j);
    const body = j.rows.slice(1);
    assert.ok(body.slice(0, -1).every((row) => row.source.length === 1 && row.target.length === 1));
    assert.deepEqual(body.at(-1)?.source, []);
    assert.equal(j.units.target[body.at(-1)?.target[0] ?? -1], '[...]');
  });

  it('aligns sentences inside paragraph rows exactly as sentence-gold.json pairs them', () => {
    interface Gold {
      sentences: Record<'zh' | 'en' | 'enParallax', string[][]>;
      pairs: Record<'en' | 'enParallax', Array<{ paragraph: number; beads: Array<Record<string, number[]>> }>>;
    }
    const gold = JSON.parse(readFileSync(sample('sentence-gold.json'), 'utf8')) as Gold;
    for (const [key, file] of [['en', 'wilson-121617.en.txt'], ['enParallax', 'en-parallax.txt']] as const) {
      const r = cli(sample('zh-Hans.txt'), sample(file), '--units', 'sentences', '--json');
      assert.equal(r.code, 0, r.stderr);
      const j = JSON.parse(r.stdout) as JsonAlignment;
      assertContract(j);
      const got = new Set(j.rows.map((row) => `${row.source.map((u) => j.units.source[u]).join('')}|${row.target.map((u) => j.units.target[u]).join(' ')}`));
      for (const p of gold.pairs[key]) {
        for (const bead of p.beads) {
          const zh = (bead.zh ?? []).map((i) => gold.sentences.zh[p.paragraph]?.[i]).join('');
          const en = (bead[key] ?? []).map((i) => gold.sentences[key][p.paragraph]?.[i]).join(' ');
          assert.ok(got.has(`${zh}|${en}`), `${key} paragraph ${p.paragraph}: ${zh.slice(0, 20)}… ↔ ${en.slice(0, 30)}…`);
        }
      }
    }
  });

  it('takes each line as a unit with --units lines (a Bible slice, Chinese against English)', () => {
    const zh = readFileSync(bible('zh.txt'), 'utf8').split('\n').slice(0, 130);
    const en = readFileSync(bible('en.txt'), 'utf8').split('\n').slice(0, 100);
    writeFileSync(path.join(tmp, 'zh.txt'), zh.join('\n'));
    writeFileSync(path.join(tmp, 'en.txt'), en.join('\n'));
    const r = cli(path.join(tmp, 'zh.txt'), path.join(tmp, 'en.txt'), '--units', 'lines', '--json');
    assert.equal(r.code, 0, r.stderr);
    const j = JSON.parse(r.stdout) as JsonAlignment;
    assertContract(j);
    assert.equal(j.units.source.length, zh.length);
    assert.equal(j.units.target.length, en.length);
  });

  it('prints a readable two-column listing without --json', () => {
    const r = cli(sample('zh-Hans.txt'), sample('en-parallax.txt'));
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /正如苏联大使馆.*│ As the Soviet Embassy/);
    assert.match(r.stdout, /^\d+ rows, \d+ flagged/m);
  });

  it('warns on stderr about identical texts but still aligns', () => {
    const r = cli(sample('en-parallax.txt'), sample('en-parallax.txt'), '--json');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /warning\[ALIGN_IDENTICAL_TEXTS\]/);
    assertContract(JSON.parse(r.stdout) as JsonAlignment);
  });

  it('fails with coded errors', () => {
    const bad = cli(sample('zh-Hans.txt'), sample('en-parallax.txt'), '--units', 'words');
    assert.equal(bad.code, 2, 'a wrong option value is a usage error');
    assert.match(bad.stderr, /^error\[CLI_BAD_VALUE\]: --units "words" is not one of: paragraphs, sentences, lines — /);
    const missing = cli(sample('zh-Hans.txt'), path.join(tmp, 'nope.txt'));
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /^error\[INPUT_NOT_FOUND\]: ".*nope\.txt" does not exist/);
    const usage = cli(sample('zh-Hans.txt'));
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /^error\[CLI_USAGE\]: parallax align needs <translation> — /);
    writeFileSync(path.join(tmp, 'dots.txt'), '...\n\n…\n');
    const empty = cli(path.join(tmp, 'dots.txt'), sample('en-parallax.txt'), '--units', 'lines', '--source-lang', 'zh');
    assert.equal(empty.code, 0, 'punctuation-only text still aligns, flagged');
  });
});
