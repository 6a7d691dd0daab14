import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TEXT_INPUT } from '../../src/core/import/index.ts';
import { freeIdFor, readErrorOf, readFileBytes } from '../../src/ui/import-files-controller.ts';

describe('import files controller', () => {
  it('reads a large file in slices, reporting progress up to its size', async () => {
    const size = 3 * 1024 * 1024 + 17;
    const bytes = new Uint8Array(size).map((_, i) => i % 251);
    const seen: number[] = [];
    const read = await readFileBytes(new Blob([bytes]), (n) => seen.push(n));
    assert.equal(read.length, size);
    assert.equal(read[size - 1], (size - 1) % 251);
    assert.ok(seen.length > 1, 'more than one progress step');
    assert.equal(seen.at(-1), size);
    assert.ok(seen.every((n, i) => i === 0 || n > (seen[i - 1] ?? 0)), 'progress only grows');
  });

  it('reads a small file at once', async () => {
    const seen: number[] = [];
    const read = await readFileBytes(new Blob(['abc']), (n) => seen.push(n));
    assert.deepEqual([...read], [97, 98, 99]);
    assert.deepEqual(seen, [3]);
  });

  it('checks File.size before reading a byte: a file over the limit is refused with its code, unread', async () => {
    const limit = { ...TEXT_INPUT, maxBytes: 1024 };
    const file = new File([new Uint8Array(1025)], 'huge.txt');
    let read = false;
    Object.defineProperty(file, 'arrayBuffer', { value: () => { read = true; return Promise.resolve(new ArrayBuffer(0)); } });
    Object.defineProperty(file, 'stream', { value: () => { read = true; throw new Error('read'); } });
    const e = await readFileBytes(file, () => undefined, limit).then(() => null, (x: unknown) => x);
    assert.equal(read, false, 'nothing was read');
    const coded = readErrorOf('huge.txt', e);
    assert.equal(coded.code, 'IMPORT_TOO_LARGE');
    assert.match(coded.message, /huge\.txt/);
  });

  it('stops a streamed read at the limit when the file turns out longer than its size said', async () => {
    const big = new Uint8Array(600 * 1024);
    const blob = new Blob([big]);
    // A Blob whose size understates its stream (a file that grew while being read).
    Object.defineProperty(blob, 'size', { value: 300 * 1024 });
    const e = await readFileBytes(blob, () => undefined, { ...TEXT_INPUT, maxBytes: 400 * 1024 }).then(() => null, (x: unknown) => x);
    assert.equal(readErrorOf('grown.txt', e).code, 'IMPORT_TOO_LARGE');
  });

  it('finds a free id for a re-import', () => {
    assert.equal(freeIdFor('w', new Set()), 'w');
    assert.equal(freeIdFor('w', new Set(['w'])), 'w-2');
    assert.equal(freeIdFor('w', new Set(['w', 'w-2', 'w-3'])), 'w-4');
  });

  it('codes an unreadable file as UI_FILE_UNREADABLE with its name', () => {
    const e = readErrorOf('gone.txt', new DOMException('The file was removed', 'NotFoundError'));
    assert.equal(e.code, 'UI_FILE_UNREADABLE');
    assert.match(e.message, /gone\.txt.*removed/);
  });
});
