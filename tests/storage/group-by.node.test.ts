import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { groupBy } from '../../src/storage/group-by.ts';

describe('groupBy', () => {
  it('groups by key and keeps the order of records within a group', () => {
    const records = [{ p: 'a', n: 1 }, { p: 'b', n: 2 }, { p: 'a', n: 3 }];
    const groups = groupBy(records, (r) => r.p);
    assert.deepEqual([...groups.keys()], ['a', 'b']);
    assert.deepEqual(groups.get('a')?.map((r) => r.n), [1, 3]);
    assert.equal(groupBy([], (r: { p: string }) => r.p).size, 0);
  });
});
