/**
 * All checks (numbers, names, brackets and quotes, coverage) between a
 * generated 2,000-paragraph Chinese original and its two English
 * translations, row by row; the sample work for scale; and, as the same-run
 * baseline, one regex pass over every paragraph (the floor for any check that
 * reads all the text).
 */
import type { WorkAlignment } from '../../src/core/alignment/types.ts';
import { runChecks } from '../../src/core/checks/run-checks.ts';
import { extractQuantities } from '../../src/core/numbers/extract-quantities.ts';
import { findKnownNames } from '../../src/core/names/find-known-names.ts';
import { parseNameList } from '../../src/core/names/name-list.ts';
import type { Work } from '../../src/core/model/work.ts';
import { alignWork } from '../../src/core/alignment/index.ts';
import { loadWorkFolder } from '../../src/core/import/index.ts';
import { readRepoBytes, readRepoText } from '../support/files.ts';
import { generateWork } from '../support/generate-work.ts';
import { ms, ratio, time, type BenchRow } from './bench.ts';

/** Rows 1:1 by paragraph index: the generated witnesses are parallel by construction. */
function oneToOne(work: Work): WorkAlignment {
  const n = work.witnesses[0]?.paragraphs.length ?? 0;
  return {
    witnessIds: work.witnesses.map((w) => w.id),
    rows: Array.from({ length: n }, (_, i) => ({
      cells: Object.fromEntries(work.witnesses.map((w) => [w.id, [w.paragraphs[i]?.id ?? '']])),
      score: 1,
      flagged: false,
    })),
  };
}

export default async function bench(): Promise<BenchRow[]> {
  const names = parseNameList(await readRepoText('translations/names.json'));
  if (!names.ok) throw new Error(names.error.message);
  const work = generateWork({ paragraphs: 2000, wordsPerParagraph: 200 });
  const alignment = oneToOne(work);
  const texts = work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.text, w.lang] as const));
  const chars = texts.reduce((n, [t]) => n + t.length, 0);
  const input = `2,000 rows × 3 witnesses, ${Math.round(chars / 1000)}k characters`;

  let count = 0;
  // Nine runs, not five: on a shared machine a run swings by a third, and the median of nine holds steadier.
  const all = await time(() => {
    count = runChecks(work, alignment, names.value).length;
  }, 9);
  const floor = await time(() => {
    for (const [t] of texts) t.match(/[\p{L}\p{N}]+/gu);
  });
  const numbers = await time(() => {
    for (const [t, lang] of texts) extractQuantities(t, lang);
  });
  const known = await time(() => {
    for (const [t] of texts) findKnownNames(t, names.value);
  });
  // The sample work, as the app loads it: what a person waits for.
  const files = new Map<string, Uint8Array>();
  for (const f of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']) files.set(f, await readRepoBytes(`translations/wilson-121617/${f}`));
  const sample = loadWorkFolder(files);
  if (!sample.ok) throw new Error(sample.error.message);
  const sampleAlignment = alignWork(sample.value);
  let sampleFindings = 0;
  const onSample = await time(() => {
    sampleFindings = runChecks(sample.value, sampleAlignment, names.value).length;
  }, 20);
  return [
    { group: 'checks', name: 'runChecks, sample work', input: `wilson-121617, ${sampleAlignment.rows.length} rows × 3 witnesses, ${sampleFindings} findings`, value: ms(onSample.median) },
    { group: 'checks', name: 'runChecks, all rules', input, value: ms(all.median), baseline: `one regex pass ${ms(floor.median)}`, ratio: ratio(all.median, floor.median), target: '≤ 300 ms' },
    { group: 'checks', name: 'of which extractQuantities', input, value: ms(numbers.median) },
    { group: 'checks', name: 'of which findKnownNames', input, value: ms(known.median) },
    { group: 'checks', name: 'findings on generated text', input, value: `${count.toLocaleString('en')} findings` },
  ];
}
