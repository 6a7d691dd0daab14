// Huge input runs in linear time and bounded memory, or is refused at once with its limit:
// a million paragraphs, a million lines that join into one, more paragraphs than the limit,
// two 5 MB paragraphs to diff. Times are CPU seconds (the machine is shared) with wide margins;
// the benchmark (npm run bench -- hostile) reports the real figures.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { prng } from '../support/generate-work.ts';
import { assertPeakUnder, assertRefused, cli } from './run-cli.ts';

let tmp = '';
before(() => { tmp = mkdtempSync(path.join(tmpdir(), 'px-hostile-huge-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

function assertCpuUnder(r: { cpuSeconds: number | null }, seconds: number, what: string): void {
  if (r.cpuSeconds !== null) assert.ok(r.cpuSeconds < seconds, `${what}: ${r.cpuSeconds.toFixed(1)} s of CPU, bound ${seconds} s`);
}

describe('hostile input: huge', () => {
  it('a million short paragraphs import in linear time', () => {
    const file = path.join(tmp, 'million.txt');
    writeFileSync(file, Array.from({ length: 1_000_000 }, (_, i) => `Paragraph ${i} of the text.`).join('\n\n'));
    const r = cli(['import', file, '--lang', 'en'], { timeoutMs: 90_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1000000 paragraphs/);
    assertCpuUnder(r, 20, '1M paragraphs');
    assertPeakUnder(r, 1500, '1M paragraphs');
  });

  it('a million lower-case lines that the page-break repair joins: linear, then refused as one over-long paragraph', () => {
    const file = path.join(tmp, 'joined.txt');
    writeFileSync(file, `Start\n\n${Array.from({ length: 1_000_000 }, (_, i) => `word ${i} and`).join('\n\n')}`);
    const r = cli(['import', file, '--lang', 'en'], { timeoutMs: 90_000 });
    assertRefused(r, 'IMPORT_PARAGRAPH_TOO_LONG');
    assertCpuUnder(r, 20, '1M joins');
  });

  it('more paragraphs than the limit: refused before they are built', () => {
    const file = path.join(tmp, 'too-many.txt');
    writeFileSync(file, 'p\n'.repeat(2_100_000));
    const r = cli(['import', file, '--lang', 'en'], { timeoutMs: 90_000 });
    assertRefused(r, 'IMPORT_TOO_MANY_PARAGRAPHS');
    assertCpuUnder(r, 20, 'too many');
  });

  it('align and diff of more units than the alignment limit: refused at once, not left to exhaust memory', () => {
    const file = path.join(tmp, 'many.txt');
    writeFileSync(file, Array.from({ length: 300_000 }, (_, i) => `Line ${i}.`).join('\n\n'));
    for (const command of ['align', 'diff', 'check']) {
      const r = cli([command, file, file, ...(command === 'diff' ? ['--lang', 'en'] : ['--source-lang', 'en', '--target-lang', 'en'])], { timeoutMs: 90_000 });
      assertRefused(r, 'ALIGN_TOO_LARGE');
      assertCpuUnder(r, 20, command);
    }
  });

  it('two 5 MB paragraphs diff in bounded time', () => {
    const rand = prng(14);
    const words = 'the border crossing soviet chinese government agencies guards residents people statement ministry'.split(' ');
    const sentence = () => `${Array.from({ length: 8 + Math.floor(rand() * 20) }, () => words[Math.floor(rand() * words.length)]).join(' ')}.`;
    const a: string[] = [];
    const b: string[] = [];
    for (let n = 0; n < 5_000_000;) {
      const s = sentence();
      a.push(s);
      b.push(rand() < 0.02 ? sentence() : s);
      n += s.length + 1;
    }
    writeFileSync(path.join(tmp, 'a.txt'), a.join(' '));
    writeFileSync(path.join(tmp, 'b.txt'), b.join(' '));
    const r = cli(['diff', path.join(tmp, 'a.txt'), path.join(tmp, 'b.txt'), '--lang', 'en', '--exit-code'], { timeoutMs: 90_000 });
    assert.equal(r.code, 1, `--exit-code: the texts differ (${r.stderr})`);
    assert.match(r.stdout, /1 rows, 1 with differences/);
    assertCpuUnder(r, 20, 'diff 2 × 5 MB');
    assertPeakUnder(r, 1500, 'diff 2 × 5 MB');
  });
});
