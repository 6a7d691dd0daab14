/**
 * N-way alignment of a work: each translation is aligned to the original,
 * and the pairwise alignments are merged into one table keyed by the
 * original. A row ends only where every translation's alignment has a row
 * boundary, so no translation's paragraph is ever split across rows.
 */
import { originalOf, translationsOf, type Witness, type Work } from '../model/work.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { alignWitnesses } from './align-witnesses.ts';
import { FLAG_THRESHOLD, type Alignment, type WorkAlignment } from './types.ts';

type NwayRow = WorkAlignment['rows'][number];

/** Positions in the original (0..n) where this alignment has a row boundary. */
function cutsOf(a: Alignment, n: number): Set<number> {
  const cuts = new Set<number>([0, n]);
  let pos = 0;
  for (const row of a.rows) {
    if (row.source.length > 0) pos = (row.source.at(-1) ?? pos) + 1;
    cuts.add(pos);
  }
  return cuts;
}

/** Merge pairwise alignments (all keyed by the same original) into N-way rows. */
export function mergeAlignments(original: Witness, translations: readonly Witness[], pairwise: readonly Alignment[]): WorkAlignment {
  const n = original.paragraphs.length;
  const cutSets = pairwise.map((a) => cutsOf(a, n));
  const common = [...Array(n + 1).keys()].filter((p) => cutSets.every((c) => c.has(p)));
  // Segments between common cuts; standalone rows (no original paragraph) at a common cut get rows of their own.
  const segmentOf = new Int32Array(n);
  common.forEach((c, k) => {
    const next = common[k + 1] ?? n;
    for (let p = c; p < next; p++) segmentOf[p] = k;
  });
  const segments: NwayRow[] = common.slice(0, -1).map((c, k) => ({
    cells: {
      [original.id]: original.paragraphs.slice(c, common[k + 1] ?? n).map((p) => p.id),
      ...Object.fromEntries(translations.map((t) => [t.id, [] as string[]])),
    },
    score: 1,
    flagged: false,
  }));
  const standalone = new Map<number, NwayRow>();
  const blankRow = (): NwayRow => ({
    cells: { [original.id]: [], ...Object.fromEntries(translations.map((t) => [t.id, [] as string[]])) },
    score: 1,
    flagged: false,
  });
  pairwise.forEach((a, w) => {
    const tr = translations[w];
    if (!tr) return;
    let pos = 0;
    for (const row of a.rows) {
      const ids = row.target.map((t) => tr.paragraphs[t]?.id ?? '');
      let target: NwayRow | undefined;
      if (row.source.length > 0) {
        pos = (row.source.at(-1) ?? pos) + 1;
        target = segments[segmentOf[row.source[0] ?? 0] ?? 0];
      } else if (common.includes(pos)) {
        target = standalone.get(pos) ?? blankRow();
        standalone.set(pos, target);
      } else {
        target = segments[segmentOf[pos] ?? 0];
      }
      if (!target) continue;
      target.cells[tr.id]?.push(...ids);
      target.score = Math.min(target.score, row.score);
    }
  });
  const rows: NwayRow[] = [];
  common.forEach((c, k) => {
    const lone = standalone.get(c);
    if (lone) rows.push(lone);
    const seg = segments[k];
    if (seg) rows.push(seg);
  });
  for (const r of rows) r.flagged = r.score < FLAG_THRESHOLD;
  return { witnessIds: [original.id, ...translations.map((t) => t.id)], rows };
}

export function alignWork(work: Work, opts: { lexicon?: Lexicon } = {}): WorkAlignment {
  const original = originalOf(work);
  if (!original) return { witnessIds: [], rows: [] };
  const translations = translationsOf(work);
  return mergeAlignments(original, translations, translations.map((t) => alignWitnesses(original, t, opts)));
}
