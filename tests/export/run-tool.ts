/**
 * Runs the command-line validators and PDF tools the export tests need
 * (jing, xmllint, epubcheck, poppler, unzip). A missing tool FAILS the test
 * with what to install: CI installs them (.ci/run), so a skip would hide a
 * broken pipeline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.ts';
import { nodeIo, type CommandIo } from '../../src/cli/io.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SCHEMAS = path.join(ROOT, 'tests/export/schemas');
export const SAMPLE = path.join(ROOT, 'translations/wilson-121617');

const PACKAGE_OF: Record<string, string> = {
  jing: 'jing', xmllint: 'libxml2-utils', java: 'default-jre-headless (for epubcheck)', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils',
  pdffonts: 'poppler-utils', pdftoppm: 'poppler-utils', unzip: 'unzip',
};

export interface ToolResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function tool(cmd: string, args: readonly string[], input?: string): ToolResult {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...(input !== undefined ? { input } : {}) });
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`${cmd} is not installed: apt-get install -y ${PACKAGE_OF[cmd] ?? cmd}`);
  }
  return { status: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Debian ships epubcheck as a bare jar linked from /usr/bin; run it through java. */
export function epubcheck(file: string): ToolResult {
  let jar = '/usr/share/java/epubcheck.jar';
  try {
    jar = realpathSync('/usr/bin/epubcheck');
  } catch {
    throw new Error('epubcheck is not installed: apt-get install -y epubcheck');
  }
  return tool('java', ['-jar', jar, file]);
}

export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'px-export-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
}

/** Runs `parallax …` in process, capturing what it prints. */
export async function cli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let errText = '';
  const io: CommandIo = { ...nodeIo, out: (t) => { out += t + '\n'; }, err: (t) => { errText += t + '\n'; } };
  const saved: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(env)) { saved[k] = process.env[k]; process.env[k] = v; }
  try {
    const code = await main(args, io);
    return { code, out, err: errText };
  } finally {
    for (const [k, v] of Object.entries(saved)) { if (v === undefined) delete process.env[k]; else process.env[k] = v; }
  }
}
