import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createIdFactory, idTime } from '../../src/core/ids.ts';

describe('createIdFactory', () => {
  it('makes 26-character ids that sort by creation time', () => {
    let t = 1_700_000_000_000;
    const next = createIdFactory(() => t);
    const a = next();
    t += 5;
    const b = next();
    assert.equal(a.length, 26);
    assert.ok(a < b);
    assert.equal(idTime(a), 1_700_000_000_000);
    assert.equal(idTime(b), 1_700_000_000_005);
  });

  it('stays monotonic within one millisecond and when the clock steps back', () => {
    let t = 1_700_000_000_000;
    const next = createIdFactory(() => t);
    const ids = [next(), next(), next()];
    t -= 1000;
    ids.push(next());
    const sorted = [...ids].sort();
    assert.deepEqual(ids, sorted);
    assert.equal(new Set(ids).size, ids.length);
  });
});
