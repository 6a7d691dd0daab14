import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignWork, mergeAlignments } from '../../../src/core/alignment/align-work.ts';
import { alignWitnesses } from '../../../src/core/alignment/align-witnesses.ts';
import type { Alignment } from '../../../src/core/alignment/types.ts';
import { loadWorkFolder } from '../../../src/core/import/index.ts';
import { paragraphId, type Witness, type Work } from '../../../src/core/model/work.ts';
import { readRepoText } from '../../support/files.ts';
import { readSampleFolder } from '../import/sample-folder.ts';

interface ParagraphGold {
  rows: Array<{ zh: number[]; en: number[]; enParallax: number[] }>;
}

async function sampleWork(): Promise<Work> {
  const work = loadWorkFolder(await readSampleFolder());
  assert.ok(work.ok, work.ok ? '' : work.error.message);
  return work.value;
}

/** Ids of body paragraphs (headings are not in the gold file), in order. */
const bodyIds = (w: Witness | undefined): string[] => (w?.paragraphs ?? []).filter((p) => p.kind !== 'heading').map((p) => p.id);

describe('alignWork', () => {
  it('aligns the sample work exactly as paragraph-gold.json, page-broken paragraph and final omission included', async () => {
    const work = await sampleWork();
    const gold = JSON.parse(await readRepoText('translations/wilson-121617/paragraph-gold.json')) as ParagraphGold;
    const alignment = alignWork(work);
    const ids = { zh: 'zh', en: 'en-7b', enParallax: 'en-parallax' } as const;
    assert.deepEqual(alignment.witnessIds, ['zh', 'en-7b', 'en-parallax']);
    const body = Object.fromEntries(Object.entries(ids).map(([k, id]) => [k, bodyIds(work.witnesses.find((w) => w.id === id))])) as Record<keyof typeof ids, string[]>;
    const expected = gold.rows.map((r) => ({
      zh: r.zh.map((i) => body.zh[i]), en: r.en.map((i) => body.en[i]), enParallax: r.enParallax.map((i) => body.enParallax[i]),
    }));
    const isBody = (k: keyof typeof ids) => (id: string) => body[k].includes(id);
    const got = alignment.rows
      .map((r) => ({ zh: (r.cells.zh ?? []).filter(isBody('zh')), en: (r.cells['en-7b'] ?? []).filter(isBody('en')), enParallax: (r.cells['en-parallax'] ?? []).filter(isBody('enParallax')) }))
      .filter((r) => r.zh.length + r.en.length + r.enParallax.length > 0);
    assert.deepEqual(got, expected);
    // The joined page break is one paragraph in one row, and nothing is flagged in a good alignment.
    const broken = work.witnesses.find((w) => w.id === 'en-7b')?.paragraphs.find((p) => p.pageBreaks?.length);
    assert.ok(broken && alignment.rows.some((r) => r.cells['en-7b']?.length === 1 && r.cells['en-7b'][0] === broken.id));
    assert.deepEqual(alignment.rows.filter((r) => r.flagged), []);
  });

  it('every paragraph of every witness is in exactly one row, in order', async () => {
    const work = await sampleWork();
    const alignment = alignWork(work);
    for (const w of work.witnesses) assert.deepEqual(alignment.rows.flatMap((r) => r.cells[w.id] ?? []), w.paragraphs.map((p) => p.id));
  });

  it('joins rows where one translation merges what another keeps apart', () => {
    const witness = (id: string, count: number): Witness => ({
      id, lang: 'en', role: 'translation', label: id, translator: null, provenance: null, preparedForProject: false,
      paragraphs: Array.from({ length: count }, (_, k) => ({ id: paragraphId(id, k + 1), kind: 'text' as const, text: `p${k}` })),
    });
    const original = { ...witness('o', 4), role: 'original' as const };
    const a = witness('a', 4);
    const b = witness('b', 4);
    const row = (source: number[], target: number[], score = 0.9) => ({ source, target, score, status: 'auto' as const });
    // a: 1-1 throughout except an extra paragraph after o2; b: merges o1+o2 into one, splits o3 in two.
    const pa: Alignment = { rows: [row([0], [0]), row([1], [1]), row([], [2], 0.3), row([2, 3], [3])] };
    const pb: Alignment = { rows: [row([0, 1], [0]), row([2], [1, 2]), row([3], [3])] };
    const w = mergeAlignments(original, [a, b], [pa, pb]);
    assert.deepEqual(w.rows.map((r) => [r.cells.o, r.cells.a, r.cells.b]), [
      [['o-p1', 'o-p2'], ['a-p1', 'a-p2'], ['b-p1']],
      [[], ['a-p3'], []],
      [['o-p3', 'o-p4'], ['a-p4'], ['b-p2', 'b-p3', 'b-p4']],
    ]);
    assert.deepEqual(w.rows.map((r) => r.flagged), [false, true, false]);
  });

  it('returns an empty table for a work without an original', async () => {
    const work = await sampleWork();
    assert.deepEqual(alignWork({ ...work, witnesses: work.witnesses.filter((w) => w.role !== 'original') }), { witnessIds: [], rows: [] });
  });

  it('aligns witnesses pairwise at paragraph level with omission paragraphs standing alone', async () => {
    const work = await sampleWork();
    const [zh, en] = [work.witnesses[0], work.witnesses[1]];
    assert.ok(zh && en);
    const a = alignWitnesses(zh, en);
    const last = a.rows.at(-1);
    assert.deepEqual(last?.source, []);
    assert.equal(en.paragraphs[last?.target[0] ?? -1]?.kind, 'omission');
  });
});
