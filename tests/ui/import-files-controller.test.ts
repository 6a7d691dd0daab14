import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
