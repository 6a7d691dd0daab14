/**
 * Recompute an alignment after edits: confirmed rows stay as they are, and
 * each stretch of unconfirmed rows between them is aligned again over
 * exactly the units it covers.
 */
import { alignUnits, type AlignUnitsFullOptions } from './align-units.ts';
import type { Alignment, AlignmentRow } from './types.ts';

function subset(all: ReadonlySet<number> | undefined, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const u of all ?? []) if (u >= from && u < to) out.add(u - from);
  return out;
}

function realignStretch(stretch: readonly AlignmentRow[], source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): AlignmentRow[] {
  const s = stretch.flatMap((r) => r.source);
  const t = stretch.flatMap((r) => r.target);
  const s0 = Math.min(...s, Infinity);
  const t0 = Math.min(...t, Infinity);
  const s1 = s.length ? Math.max(...s) + 1 : s0;
  const t1 = t.length ? Math.max(...t) + 1 : t0;
  const fromS = Number.isFinite(s0) ? s0 : 0;
  const fromT = Number.isFinite(t0) ? t0 : 0;
  const sub = alignUnits(source.slice(fromS, s.length ? s1 : fromS), target.slice(fromT, t.length ? t1 : fromT), {
    ...opts,
    sourceOmissions: subset(opts.sourceOmissions, fromS, s1),
    targetOmissions: subset(opts.targetOmissions, fromT, t1),
  });
  return sub.rows.map((r) => ({ ...r, source: r.source.map((u) => u + fromS), target: r.target.map((u) => u + fromT) }));
}

export function realign(alignment: Alignment, source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): Alignment {
  const rows: AlignmentRow[] = [];
  let stretch: AlignmentRow[] = [];
  const flush = (): void => {
    if (stretch.length) rows.push(...realignStretch(stretch, source, target, opts));
    stretch = [];
  };
  for (const row of alignment.rows) {
    if (row.status === 'confirmed') {
      flush();
      rows.push(row);
    } else {
      stretch.push(row);
    }
  }
  flush();
  return { rows };
}
