import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignWitnesses, confirmRow, mergeAlignments } from '../../../src/core/alignment/index.ts';
import { originalOf, translationsOf } from '../../../src/core/model/work.ts';
import { confirmedGridRows, pairwiseRowsOf } from '../../../src/ui/controllers/pairwise-rows.ts';
import { loadSampleWork } from '../compare-fixtures.ts';

describe('grid rows ↔ pairwise rows', () => {
  it('maps every grid row to the pairwise rows that hold its paragraphs', async () => {
    const work = await loadSampleWork();
    const original = originalOf(work)!;
    const translations = translationsOf(work);
    const pairwise = translations.map((t) => alignWitnesses(original, t));
    const grid = mergeAlignments(original, translations, pairwise);
    translations.forEach((t, k) => {
      const a = pairwise[k]!;
      const seen: number[] = [];
      grid.rows.forEach((row, r) => {
        const rows = pairwiseRowsOf(grid, r, original, t, a);
        const ids = rows.flatMap((i) => a.rows[i]!.target.map((x) => t.paragraphs[x]!.id));
        for (const id of row.cells[t.id] ?? []) assert.ok(ids.includes(id), `${id} of grid row ${r} is in its pairwise rows`);
        seen.push(...rows);
      });
      assert.deepEqual([...new Set(seen)].sort((x, y) => x - y), a.rows.map((_, i) => i), 'every pairwise row belongs to some grid row');
    });
  });

  it('calls a grid row confirmed only when every translation’s rows in it are', async () => {
    const work = await loadSampleWork();
    const original = originalOf(work)!;
    const translations = translationsOf(work);
    const pairwise = new Map(translations.map((t) => [t.id, alignWitnesses(original, t)]));
    const grid = mergeAlignments(original, translations, translations.map((t) => pairwise.get(t.id)!));
    assert.ok(confirmedGridRows(grid, original, translations, pairwise).every((c) => !c));
    const row = 3;
    for (const t of translations) {
      let a = pairwise.get(t.id)!;
      for (const i of pairwiseRowsOf(grid, row, original, t, a)) {
        const r = confirmRow(a, i);
        assert.ok(r.ok);
        a = r.value.alignment;
      }
      pairwise.set(t.id, a);
      const partial = confirmedGridRows(grid, original, translations, pairwise);
      assert.equal(partial[row], t === translations[translations.length - 1]);
    }
    assert.deepEqual(confirmedGridRows(grid, original, translations, pairwise).map((c, i) => (c ? i : -1)).filter((i) => i >= 0), [row]);
  });
});
