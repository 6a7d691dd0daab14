/**
 * Hostile and huge input (`npm run bench -- hostile`): the issue's three
 * targets, each with a baseline measured in the same run on the same input.
 * - `parallax import` of a 200 MB text: peak memory of the real CLI (GNU
 *   time), against a Node process that only reads and decodes the file.
 * - import of a million paragraphs: importFile's median, against decoding
 *   and splitting the same bytes on blank lines; and the CLI end to end.
 * - diff of two 5 MB paragraphs: boundedWordDiff's median, against
 *   diff-match-patch's own diff_main with its 1 s timeout (the model of the bound).
 * Inputs are generated into a temporary folder and removed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import DiffMatchPatch from 'diff-match-patch';
import { boundedWordDiff } from '../../src/core/diff/word-diff.ts';
import { importFile } from '../../src/core/import/index.ts';
import { prng } from '../support/generate-work.ts';
import { median, ms, ratio, time, type BenchRow } from './bench.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WORDS = 'the border crossing soviet chinese government agencies guards residents people statement ministry foreign affairs embassy notice comrade territory authorities situation'.split(' ');

function sentence(rand: () => number): string {
  const n = 8 + Math.floor(rand() * 20);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)] ?? 'the');
  return `${words.join(' ')}.`;
}

/** A plain text of about `bytes`, paragraphs of a few sentences, written in slices (never whole in memory). */
function writeText(file: string, bytes: number): void {
  const rand = prng(200);
  const fd = openSync(file, 'w');
  let written = 0;
  while (written < bytes) {
    const slice: string[] = [];
    for (let k = 0; k < 10_000; k++) slice.push(`${sentence(rand)} ${sentence(rand)} ${sentence(rand)}\n\n`);
    const text = slice.join('');
    if (written + text.length > bytes) break;
    writeSync(fd, text);
    written += text.length;
  }
  closeSync(fd);
}

/** Peak RSS (MB) and CPU seconds of a command, from GNU time. */
function measured(args: readonly string[]): { peakMb: number; cpu: number; wall: number; status: number | null } {
  const report = path.join(tmpdir(), `px-bench-time-${process.pid}.txt`);
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', report, process.execPath, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = performance.now() - t0;
  const [kb, user, sys] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
  rmSync(report, { force: true });
  return { peakMb: (kb ?? 0) / 1024, cpu: (user ?? 0) + (sys ?? 0), wall, status: r.status };
}

async function memoryRows(dir: string): Promise<BenchRow[]> {
  if (!existsSync('/usr/bin/time')) return [{ group: 'hostile', name: 'import 200 MB, peak memory', input: '-', value: 'not measured: /usr/bin/time (GNU time) is not installed' }];
  const file = path.join(dir, 'big.txt');
  // Just under the 200 MB import limit, which is the point: the largest file a person may import.
  writeText(file, 199_000_000);
  const size = readFileSync(file).length / 1_000_000;
  const runs = [0, 1, 2].map(() => measured(['src/cli/bin.mjs', 'import', file, '--lang', 'en']));
  const base = [0, 1, 2].map(() => measured(['-e', `new TextDecoder().decode(require('fs').readFileSync(${JSON.stringify(file)}))`]));
  const peak = median(runs.map((r) => r.peakMb));
  const basePeak = median(base.map((r) => r.peakMb));
  return [{
    group: 'hostile', name: 'parallax import, peak memory (GNU time)', input: `${size.toFixed(0)} MB plain text, ${runs[0]?.status === 0 ? 'imported' : `exit ${runs[0]?.status}`}`,
    value: `${peak.toFixed(0)} MB (${(peak / size).toFixed(1)}× the file; CPU ${median(runs.map((r) => r.cpu)).toFixed(1)} s)`,
    baseline: `read + decode only ${basePeak.toFixed(0)} MB`, ratio: `${(peak / basePeak).toFixed(1)}× the baseline`, target: '≤ 3× the file',
  }];
}

async function millionRows(dir: string): Promise<BenchRow[]> {
  const text = Array.from({ length: 1_000_000 }, (_, i) => `Paragraph ${i} of the text.`).join('\n\n');
  const bytes = new TextEncoder().encode(text);
  const file = path.join(dir, 'million.txt');
  const fd = openSync(file, 'w');
  writeSync(fd, bytes);
  closeSync(fd);
  let count = 0;
  const cpuBefore = process.cpuUsage();
  const core = await time(() => {
    const r = importFile('million.txt', bytes, { lang: 'en' });
    count = r.ok ? (r.value.witnesses[0]?.paragraphs.length ?? 0) : -1;
  }, 3);
  const used = process.cpuUsage(cpuBefore);
  // time() runs once to warm up, then 3 times: 4 calls.
  const coreCpu = (used.user + used.system) / 1000 / 4;
  const base = await time(() => new TextDecoder().decode(bytes).split('\n\n').length, 3);
  const cliRuns = [0, 1, 2].map(() => (existsSync('/usr/bin/time') ? measured(['src/cli/bin.mjs', 'import', file, '--lang', 'en']) : null));
  const cliWall = median(cliRuns.map((r) => r?.wall ?? 0));
  const cliCpu = median(cliRuns.map((r) => r?.cpu ?? 0));
  return [
    { group: 'hostile', name: 'importFile, 1M paragraphs', input: `${(bytes.length / 1e6).toFixed(0)} MB, ${count.toLocaleString('en')} paragraphs`, value: `${ms(core.median)} (CPU ${ms(coreCpu)} a run)`, baseline: `decode + split ${ms(base.median)}`, ratio: ratio(core.median, base.median), target: '≤ 5 s' },
    { group: 'hostile', name: 'parallax import (CLI, end to end), 1M paragraphs', input: 'same file', value: `${ms(cliWall)} wall, CPU ${cliCpu.toFixed(1)} s`, baseline: `importFile ${ms(core.median)}`, ratio: ratio(cliWall, core.median), target: '≤ 5 s' },
  ];
}

function diffRows(): BenchRow[] {
  const rand = prng(5);
  const a: string[] = [];
  const b: string[] = [];
  for (let n = 0; n < 5_000_000;) {
    const s = sentence(rand);
    a.push(s);
    b.push(rand() < 0.02 ? sentence(rand) : s);
    n += s.length + 1;
  }
  const ta = a.join(' ');
  const tb = b.join(' ');
  let coarse = false;
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 3; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    coarse = boundedWordDiff(ta, tb, 'en').coarse;
    runs.push(performance.now() - t0);
    cpu.push(process.cpuUsage(c0).user / 1000);
  }
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 1;
  const baseRuns: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    dmp.diff_cleanupSemantic(dmp.diff_main(ta, tb));
    baseRuns.push(performance.now() - t0);
  }
  const value = median(runs);
  const base = median(baseRuns);
  return [{
    group: 'hostile', name: 'boundedWordDiff, two 5 MB paragraphs (2% of sentences edited)', input: `${(ta.length / 1e6).toFixed(1)} + ${(tb.length / 1e6).toFixed(1)} M characters`,
    value: `${ms(value)} (CPU ${ms(median(cpu))}${coarse ? ', coarse' : ', word-exact'})`, baseline: `dmp diff_main, 1 s timeout, + cleanup ${ms(base)}`, ratio: ratio(value, base), target: '≤ 2 s',
  }];
}

export default async (): Promise<BenchRow[]> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'px-bench-hostile-'));
  try {
    return [...diffRows(), ...(await millionRows(dir)), ...(await memoryRows(dir))];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
