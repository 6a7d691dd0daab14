// Inputs that must never be read without bound: devices, pipes, links out of the work folder,
// files larger than their kind's limit. Each is generated here (sparse files use no disk).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertPeakUnder, assertRefused, cli, SAMPLE } from './run-cli.ts';

let tmp = '';
before(() => { tmp = mkdtempSync(path.join(tmpdir(), 'px-hostile-read-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

/** A sparse file of `bytes`: its size says huge, the disk holds nothing. */
function sparse(name: string, bytes: number, head = ''): string {
  const file = path.join(tmp, name);
  writeFileSync(file, head);
  truncateSync(file, bytes);
  return file;
}

/** A copy of the sample work folder with work.json edited. */
function folder(name: string, edit: (m: { witnesses: Array<Record<string, unknown>> }) => void): string {
  const dir = path.join(tmp, name);
  cpSync(SAMPLE, dir, { recursive: true });
  const m = JSON.parse(readFileSync(path.join(dir, 'work.json'), 'utf8'));
  edit(m);
  writeFileSync(path.join(dir, 'work.json'), JSON.stringify(m));
  return dir;
}

describe('hostile input: only regular files are read', () => {
  it('/dev/zero and /dev/urandom: refused at once, memory flat', () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const r = cli(['import', device]);
      assertRefused(r, 'INPUT_NOT_REGULAR_FILE');
      assertPeakUnder(r, 300, device);
    }
  });

  it('a FIFO: refused without waiting for a writer', () => {
    const fifo = path.join(tmp, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = cli(['import', fifo], { timeoutMs: 20_000 });
    assertRefused(r, 'INPUT_NOT_REGULAR_FILE');
  });

  it('a folder where a file belongs (work.json, a witness file), in import and export', () => {
    const dir = path.join(tmp, 'dir-manifest');
    mkdirSync(path.join(dir, 'work.json'), { recursive: true });
    assertRefused(cli(['import', dir]), 'INPUT_NOT_REGULAR_FILE');
    assertRefused(cli(['export', dir, '--format', 'md', '--out', path.join(tmp, 'x.md')]), 'INPUT_NOT_REGULAR_FILE');
    const witnessDir = folder('dir-witness', () => undefined);
    rmSync(path.join(witnessDir, 'zh-Hans.txt'));
    mkdirSync(path.join(witnessDir, 'zh-Hans.txt'));
    assertRefused(cli(['import', witnessDir]), 'INPUT_NOT_REGULAR_FILE');
  });
});

describe('hostile input: nothing outside the work folder', () => {
  it('a symlink in the folder to /etc/passwd, to /dev/zero, or to a file beside the folder', () => {
    for (const [name, target] of [['passwd', '/etc/passwd'], ['zero', '/dev/zero'], ['beside', path.join(tmp, 'beside.txt')]] as const) {
      writeFileSync(path.join(tmp, 'beside.txt'), 'A text outside the folder.\n');
      const dir = folder(`link-${name}`, () => undefined);
      rmSync(path.join(dir, 'en-parallax.txt'));
      symlinkSync(target, path.join(dir, 'en-parallax.txt'));
      const r = cli(['import', dir]);
      assertRefused(r, 'INPUT_OUTSIDE_FOLDER');
      assertPeakUnder(r, 300, name);
    }
  });

  it('a work.json that names ../ or an absolute path', () => {
    writeFileSync(path.join(tmp, 'outside.txt'), 'Outside.\n');
    for (const file of ['../outside.txt', '/etc/hostname', 'sub/../../outside.txt']) {
      const dir = folder(`escape-${file.replace(/\W/g, '')}`, (m) => { m.witnesses[2]!['file'] = file; });
      const r = cli(['import', dir]);
      assert.equal(r.code, 1, `${file}: ${r.stderr}`);
      assert.match(r.stderr, /^error\[(INPUT_OUTSIDE_FOLDER|IMPORT_WORK_MALFORMED)\]: /);
      assert.doesNotMatch(r.stdout + r.stderr, /root:|Outside\./, 'nothing of the outside file is shown');
    }
  });

  it('a symlink inside the folder to another file of the folder is fine', () => {
    const dir = folder('link-inside', () => undefined);
    rmSync(path.join(dir, 'en-parallax.txt'));
    symlinkSync(path.join(dir, 'wilson-121617.en.txt'), path.join(dir, 'en-parallax.txt'));
    const r = cli(['import', dir, '--json']);
    assert.equal(r.code, 0, r.stderr);
  });
});

describe('hostile input: sizes are checked before reading', () => {
  it('a 2.2 GB text, a 1.5 GB text: IMPORT_TOO_LARGE at once, memory flat, in import, diff and check', () => {
    const huge = sparse('huge.txt', 2_200_000_000);
    const big = sparse('big.txt', 1_500_000_000);
    for (const args of [['import', huge], ['import', big], ['diff', big, path.join(SAMPLE, 'en-parallax.txt')], ['check', path.join(SAMPLE, 'zh-Hans.txt'), huge]]) {
      const r = cli(args);
      assertRefused(r, 'IMPORT_TOO_LARGE');
      assertPeakUnder(r, 300, args.join(' '));
    }
  });

  it('a TEI file over the TEI limit', () => {
    const tei = path.join(tmp, 'big.tei.xml');
    writeFileSync(tei, `<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">${' '.repeat(51_000_000)}</TEI>\n`);
    assertRefused(cli(['import', tei]), 'IMPORT_TEI_TOO_LARGE');
    assertRefused(cli(['export', tei, '--format', 'md', '--out', path.join(tmp, 'tei.md')]), 'IMPORT_TEI_TOO_LARGE');
  });

  it('a names list over its limit, given or beside the work', () => {
    const names = sparse('names.json', 20_000_000, '{"format":"parallax.names","version":1,"entries":[');
    const r = cli(['check', path.join(SAMPLE, 'zh-Hans.txt'), path.join(SAMPLE, 'wilson-121617.en.txt'), '--names', names]);
    assertRefused(r, 'CHECK_NAMES_TOO_LARGE');
    assertPeakUnder(r, 400, 'names');
    const dir = folder('names-beside', () => undefined);
    sparse(path.relative(tmp, path.join(dir, 'names.json')), 20_000_000);
    assertRefused(cli(['export', dir, '--format', 'md', '--out', path.join(tmp, 'n.md')]), 'CHECK_NAMES_TOO_LARGE');
  });

  it('a work.json of many megabytes', () => {
    const dir = folder('big-manifest', () => undefined);
    truncateSync(path.join(dir, 'work.json'), 50_000_000);
    assertRefused(cli(['import', dir]), 'IMPORT_WORK_MALFORMED');
  });

  it('standard input is capped too', () => {
    const r = cli(['import', '-', '--lang', 'en'], { input: 'A line of text.\n\n'.repeat(50) });
    assert.equal(r.code, 0, r.stderr);
  });
});
