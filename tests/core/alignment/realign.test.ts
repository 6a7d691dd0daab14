import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { confirmRow, mergeWithNext } from '../../../src/core/alignment/edit-alignment.ts';
import { realign } from '../../../src/core/alignment/realign.ts';
import { goldParagraphs } from './sample-cases.ts';

const opts = { sourceLang: 'zh-Hans', targetLang: 'en' };

describe('realign', () => {
  it('keeps confirmed rows exactly and re-aligns only the unconfirmed stretches', async () => {
    const g = await goldParagraphs();
    const auto = alignUnits(g.zh, g.en, opts);
    // A person deliberately joins rows 3 and 4 (a merge is confirmed), then the alignment is recomputed.
    const merged = mergeWithNext(auto, 3);
    assert.ok(merged.ok);
    const again = realign(merged.value.alignment, g.zh, g.en, opts);
    assert.deepEqual(again.rows[3], merged.value.alignment.rows[3], 'the confirmed row survives');
    assert.deepEqual(again.rows.filter((r) => r.status === 'auto').map((r) => [r.source, r.target]),
      auto.rows.filter((_, k) => k !== 3 && k !== 4).map((r) => [r.source, r.target]), 'the rest aligns as before');
    assert.deepEqual(again.rows.flatMap((r) => r.source), [...g.zh.keys()]);
    assert.deepEqual(again.rows.flatMap((r) => r.target), [...g.en.keys()]);
  });

  it('re-aligns a stretch whose rows were wrong, between confirmed rows', async () => {
    const g = await goldParagraphs();
    const correct = alignUnits(g.zh, g.en, opts);
    // A stale alignment: rows 2..5 shifted by one on the target side; rows 0–1 and 6–9 confirmed.
    const stale = correct.rows.map((r, k) => ({ ...r, status: k < 2 || k > 5 ? ('confirmed' as const) : ('auto' as const) }));
    const shifted = [...stale.slice(0, 2), { ...stale[2]!, target: [2, 3] }, { ...stale[3]!, target: [4] }, { ...stale[4]!, target: [5] }, { ...stale[5]!, target: [] }, ...stale.slice(6)];
    const fixed = realign({ rows: shifted }, g.zh, g.en, opts);
    assert.deepEqual(fixed.rows.map((r) => [r.source, r.target]), correct.rows.map((r) => [r.source, r.target]));
  });

  it('changes nothing when every row is confirmed', async () => {
    const g = await goldParagraphs();
    let a = alignUnits(g.zh, g.en, opts);
    for (let k = 0; k < a.rows.length; k++) {
      const r = confirmRow(a, k);
      assert.ok(r.ok);
      a = r.value.alignment;
    }
    assert.deepEqual(realign(a, g.zh, g.en, opts), a);
  });
});
