import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { divergenceByRow } from '../../../src/core/diff/row-divergence.ts';
import { loadSample } from '../checks/sample-work.ts';

describe('divergenceByRow', () => {
  it('gives one figure per row between the two English translations, null where neither has text', async () => {
    const { work, alignment } = await loadSample();
    const d = divergenceByRow(work, alignment, 'en-7b', 'en-parallax');
    assert.equal(d.length, alignment.rows.length);
    const body = d.slice(1, 11);
    // Two independent translations of one text: related, far from identical.
    for (const x of body) assert.ok(x !== null && x > 0.2 && x < 0.95, String(x));
    // The archive's closing [...] has no counterpart in the other translation.
    assert.equal(d[11], 1);
    assert.deepEqual(divergenceByRow(work, alignment, 'en-7b', 'en-7b').slice(1, 11), Array(10).fill(0));
    assert.deepEqual(divergenceByRow(work, alignment, 'en-7b', 'nobody'), Array(alignment.rows.length).fill(null));
  });
});
