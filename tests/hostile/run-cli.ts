/**
 * The real CLI (`node src/cli/bin.mjs …`) as a hostile or careless user runs
 * it, with its peak memory measured by GNU time when the machine has it, and
 * the checks every failure must pass: the exit status, exactly one
 * `error[CODE]: what — what to do` line, no stack trace, nothing on stdout.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLE = path.join(ROOT, 'translations/wilson-121617');
const GNU_TIME = '/usr/bin/time';
export const CAN_MEASURE = existsSync(GNU_TIME);

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** Peak resident memory of the CLI process in MB, when measured. */
  readonly peakMb: number | null;
  readonly cpuSeconds: number | null;
}

export function cli(args: readonly string[], opts: { input?: string; timeoutMs?: number } = {}): CliRun {
  const report = path.join(tmpdir(), `px-time-${process.pid}-${Math.random().toString(36).slice(2)}.txt`);
  const command = CAN_MEASURE ? GNU_TIME : process.execPath;
  const argv = CAN_MEASURE ? ['-f', '%M %U %S', '-o', report, process.execPath, 'src/cli/bin.mjs', ...args] : ['src/cli/bin.mjs', ...args];
  const r = spawnSync(command, argv, {
    cwd: ROOT, encoding: 'utf8', timeout: opts.timeoutMs ?? 60_000, maxBuffer: 256 * 1024 * 1024,
    ...(opts.input !== undefined ? { input: opts.input } : {}),
  });
  let peakMb: number | null = null;
  let cpuSeconds: number | null = null;
  if (CAN_MEASURE && existsSync(report)) {
    const [kb, user, sys] = readFileSync(report, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
    peakMb = (kb ?? 0) / 1024;
    cpuSeconds = (user ?? 0) + (sys ?? 0);
    rmSync(report, { force: true });
  }
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', peakMb, cpuSeconds };
}

/** One coded line on stderr, the exit status, no stack, nothing on stdout. */
export function assertRefused(r: CliRun, code: string, exit = 1): void {
  assert.equal(r.code, exit, `exit status for ${code}: ${r.stderr.slice(0, 500)}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `exactly one line on stderr: ${r.stderr.slice(0, 500)}`);
  assert.match(lines[0] ?? '', new RegExp(`^error\\[${code}\\]: .+ — .+$`));
  assert.doesNotMatch(r.stderr, /^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
}

/** Peak memory under `mb`, when the machine can measure it. */
export function assertPeakUnder(r: CliRun, mb: number, what: string): void {
  if (r.peakMb === null) return;
  assert.ok(r.peakMb < mb, `${what}: peak ${r.peakMb.toFixed(0)} MB, bound ${mb} MB`);
}
