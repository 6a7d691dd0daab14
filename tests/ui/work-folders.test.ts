import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupWorkFolders } from '../../src/ui/work-folders.ts';

const f = (name: string) => new File(['x'], name);
const chosen = (...paths: string[]) => paths.map((path) => ({ file: f(path.split('/').pop() ?? path), path }));

describe('groupWorkFolders', () => {
  it('takes every file under a folder holding work.json as one work, by relative path', () => {
    const { folders, singles } = groupWorkFolders(chosen('w/work.json', 'w/zh.txt', 'w/sub/en.txt', 'loose.txt'));
    assert.equal(folders.length, 1);
    assert.equal(folders[0]?.folder, 'w');
    assert.deepEqual([...(folders[0]?.files.keys() ?? [])].sort(), ['sub/en.txt', 'work.json', 'zh.txt']);
    assert.deepEqual(singles.map((s) => s.path), ['loose.txt']);
  });

  it('treats work.json chosen with its texts (no folder) as one work', () => {
    const { folders, singles } = groupWorkFolders(chosen('work.json', 'zh.txt', 'en.txt'));
    assert.equal(folders.length, 1);
    assert.equal(folders[0]?.folder, '');
    assert.equal(folders[0]?.files.size, 3);
    assert.deepEqual(singles, []);
  });

  it('keeps two work folders apart, a nested one claiming its own files, and imports files without work.json singly', () => {
    const { folders, singles } = groupWorkFolders(chosen('a/work.json', 'a/t.txt', 'a/b/work.json', 'a/b/u.txt', 'c/v.txt'));
    assert.deepEqual(folders.map((x) => x.folder).sort(), ['a', 'a/b']);
    assert.deepEqual([...(folders.find((x) => x.folder === 'a')?.files.keys() ?? [])].sort(), ['t.txt', 'work.json']);
    assert.deepEqual([...(folders.find((x) => x.folder === 'a/b')?.files.keys() ?? [])].sort(), ['u.txt', 'work.json']);
    assert.deepEqual(singles.map((s) => s.path), ['c/v.txt'], 'with its folder, for pairing');
  });
});
