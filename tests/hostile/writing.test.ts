// Outputs are written whole or not at all: a full disk, a target that is an input, a folder,
// a device or a missing folder leaves the previous file as it was and no partial or temporary file.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleOfWork, serializeBundle } from '../../src/core/bundle/index.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import { loadSampleWork } from '../core/edition/sample-work.ts';
import { assertRefused, cli, SAMPLE } from './run-cli.ts';

let tmp = '';
before(() => { tmp = mkdtempSync(path.join(tmpdir(), 'px-hostile-write-')); });
after(() => rmSync(tmp, { recursive: true, force: true }));

const leftovers = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

/** A 64 kB tmpfs, if this machine lets us mount one (root in a container that allows it). */
function smallDisk(): { dir: string; release: () => void } | string {
  const dir = path.join(tmp, 'small');
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return `cannot mount a small tmpfs here (${(r.stderr || r.error?.message || 'not permitted').trim()})`;
  return { dir, release: () => void spawnSync('umount', [dir]) };
}

describe('hostile output: a full disk loses nothing', () => {
  it('export onto a 64 kB disk: OUTPUT_DISK_FULL, the previous file intact, no partial or temporary file', (t) => {
    const disk = smallDisk();
    if (typeof disk === 'string') {
      t.skip(disk);
      return;
    }
    try {
      const out = path.join(disk.dir, 'e.html');
      writeFileSync(out, 'GOOD\n');
      // HTML embeds its fonts (over 1 MB); the TEI (~30 kB) meets a disk already filled by another file.
      writeFileSync(path.join(disk.dir, 'filler'), new Uint8Array(40 * 1024));
      for (const format of ['html', 'tei']) {
        assertRefused(cli(['export', SAMPLE, '--format', format, '--out', out]), 'OUTPUT_DISK_FULL');
        assert.equal(readFileSync(out, 'utf8'), 'GOOD\n', `${format}: the previous file is intact`);
        assert.deepEqual(leftovers(disk.dir), [], `${format}: no temporary file left`);
      }
      // A new file on the full disk: nothing at all is left behind.
      const fresh = path.join(disk.dir, 'new.html');
      assertRefused(cli(['export', SAMPLE, '--format', 'html', '--out', fresh]), 'OUTPUT_DISK_FULL');
      assert.deepEqual(readdirSync(disk.dir).sort(), ['e.html', 'filler']);
    } finally {
      disk.release();
    }
  });
});

describe('hostile output: an output never replaces an input', () => {
  it('the bundle itself, by path, through a symlink, through a hard link, through ./ and ../', async () => {
    const bundle = path.join(tmp, 'work.bundle.json');
    writeFileSync(bundle, serializeBundle(bundleOfWork(await loadSampleWork(), { author: 'Test', at: '2026-11-27T00:00:00.000Z', ids: createIdFactory() })));
    const before = readFileSync(bundle);
    symlinkSync(bundle, path.join(tmp, 'link.json'));
    linkSync(bundle, path.join(tmp, 'hard.json'));
    mkdirSync(path.join(tmp, 'sub'));
    for (const out of [bundle, path.join(tmp, 'link.json'), path.join(tmp, 'hard.json'), `${tmp}/./work.bundle.json`, `${tmp}/sub/../work.bundle.json`]) {
      for (const format of ['json', 'html']) assertRefused(cli(['export', bundle, '--format', format, '--out', out]), 'EXPORT_WOULD_OVERWRITE_INPUT');
    }
    assert.deepEqual(readFileSync(bundle), before, 'the bundle, history and all, is unchanged');
    assert.deepEqual(leftovers(tmp), []);
  });

  it('a file of the work folder, or its names list', () => {
    const dir = path.join(tmp, 'folder');
    cpSync(SAMPLE, dir, { recursive: true });
    writeFileSync(path.join(dir, 'names.json'), readFileSync(path.join(SAMPLE, '../names.json')));
    for (const file of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'names.json']) {
      const before = readFileSync(path.join(dir, file));
      assertRefused(cli(['export', dir, '--format', 'md', '--out', path.join(dir, file)]), 'EXPORT_WOULD_OVERWRITE_INPUT');
      assert.deepEqual(readFileSync(path.join(dir, file)), before, file);
    }
  });
});

describe('hostile output: targets that are not files', () => {
  it('a missing folder, a folder, /dev/full, a FIFO: coded, nothing written', () => {
    assertRefused(cli(['export', SAMPLE, '--format', 'md', '--out', path.join(tmp, 'missing', 'x.md')]), 'OUTPUT_FOLDER_MISSING');
    assertRefused(cli(['export', SAMPLE, '--format', 'md', '--out', tmp]), 'OUTPUT_IS_FOLDER');
    assertRefused(cli(['export', SAMPLE, '--format', 'md', '--out', '/dev/full']), 'OUTPUT_NOT_WRITABLE');
    const fifo = path.join(tmp, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    assertRefused(cli(['export', SAMPLE, '--format', 'md', '--out', fifo], { timeoutMs: 20_000 }), 'OUTPUT_NOT_WRITABLE');
  });

  it('a read-only folder (unless running as root, which may write anywhere)', (t) => {
    if (process.getuid?.() === 0) {
      t.skip('root ignores folder permissions');
      return;
    }
    const ro = path.join(tmp, 'ro');
    mkdirSync(ro, { mode: 0o555 });
    assertRefused(cli(['export', SAMPLE, '--format', 'md', '--out', path.join(ro, 'x.md')]), 'OUTPUT_NOT_WRITABLE');
  });

  it('a path with a newline and escape sequences stays on one line, quoted', () => {
    const r = cli(['export', SAMPLE, '--format', 'md', '--out', path.join(tmp, 'no\nsuch\u001b[2J', 'x.md')]);
    assertRefused(r, 'OUTPUT_FOLDER_MISSING');
    assert.match(r.stderr, /"[^"]*no\\nsuch\\x1b\[2J\/x\.md"/);
  });
});
