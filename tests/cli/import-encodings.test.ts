// `parallax import` on the encodings archives hold, through the real CLI (Node's TextDecoder completed by the CLI).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = path.join(root, 'tests/fixtures');
const sample = path.join(root, 'translations/wilson-121617');
let tmp = '';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'import', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Paragraphs { witnesses: Array<{ lang: string; paragraphs: Array<{ text: string }> }> }

function texts(...args: string[]): string[] {
  const r = cli(...args, '--json');
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  return (JSON.parse(r.stdout) as Paragraphs).witnesses.flatMap((w) => w.paragraphs.map((p) => p.text));
}

function errorLine(...args: string[]): string {
  const r = cli(...args);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  return lines[0] ?? '';
}

/** A copy of a fixture under the name of its UTF-8 twin, so the works are comparable. */
function renamed(fixture: string, name: string): string {
  const file = path.join(tmp, name);
  cpSync(path.join(fixtures, fixture), file);
  return file;
}

before(() => { tmp = mkdtempSync(path.join(tmpdir(), 'px-encodings-')); });
after(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('parallax import, encodings', () => {
  it('imports the Windows-1252 archive export identically to the UTF-8 one', () => {
    const utf8 = texts(path.join(sample, 'wilson-121617.en.txt'));
    assert.deepEqual(texts(renamed('wilson-121617.en.windows-1252.txt', 'wilson-121617.en.txt')), utf8);
    assert.ok(utf8.some((t) => t.includes('—')));
  });

  it('imports Big5-HKSCS Cantonese identically to its UTF-8 text', () => {
    const utf8 = texts(path.join(fixtures, 'hk-cantonese.txt'));
    assert.deepEqual(texts(renamed('hk-cantonese.big5-hkscs.txt', 'hk-cantonese.txt')), utf8);
    assert.ok(utf8.some((t) => t.includes('我哋嚟咗香港')));
  });

  it('imports Big5 and GB18030 identically when told the encoding with --encoding', () => {
    const big5 = renamed('zh-Hant.big5.txt', 'zh-Hant.txt');
    assert.deepEqual(texts(big5, '--encoding', 'big5'), texts(big5));
    assert.deepEqual(texts(renamed('zh-Hans.gb18030.txt', 'zh-Hans.txt'), '--encoding', 'GB18030'), texts(path.join(sample, 'zh-Hans.txt')));
  });

  it('refuses a Big5 file given as GB18030, naming the encoding it reads as', () => {
    const line = errorLine(renamed('zh-Hant.big5.txt', 'zh-Hant.txt'), '--encoding', 'gb18030');
    assert.match(line, /^error\[IMPORT_ENCODING_MISMATCH\]: \S*zh-Hant\.txt is declared gb18030, but its bytes read as big5 \(100%\).* — correct the encoding to big5/);
  });

  it('refuses a work folder whose work.json declares a Big5 file GB18030', () => {
    const dir = path.join(tmp, 'mislabelled');
    cpSync(sample, dir, { recursive: true });
    cpSync(path.join(fixtures, 'zh-Hant.big5.txt'), path.join(dir, 'zh-Hans.txt'));
    const manifest = JSON.parse(readFileSync(path.join(dir, 'work.json'), 'utf8')) as { witnesses: Array<Record<string, unknown>> };
    manifest.witnesses[0] = { ...manifest.witnesses[0], encoding: 'gb18030' };
    writeFileSync(path.join(dir, 'work.json'), JSON.stringify(manifest));
    assert.match(errorLine(dir), /^error\[IMPORT_ENCODING_MISMATCH\]: zh-Hans\.txt is declared gb18030/);
  });

  it('asks for --encoding when the statistics cannot tell, and then imports', () => {
    const file = path.join(tmp, 'note.txt');
    writeFileSync(file, Buffer.from('Café crème, naïve façade déjà vu.', 'latin1'));
    assert.match(errorLine(file), /^error\[IMPORT_ENCODING_UNSURE\]: \S*note\.txt could be in windows-1252 \(\d+%\) or .* — name the encoding \(--encoding windows-1252/);
    assert.deepEqual(texts(file, '--encoding', 'latin1'), ['Café crème, naïve façade déjà vu.']);
  });
});
