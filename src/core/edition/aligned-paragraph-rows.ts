/**
 * Rows of paragraph ids per witness, from the work's alignment. A paragraph
 * the alignment does not mention (a stale alignment after an edit) is never
 * dropped: it gets a row of its own after the row of its predecessor.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import type { Witness } from '../model/work.ts';
import { err, ok, pxError, type Result } from '../result.ts';

export interface IdRow {
  readonly cells: Record<string, string[]>;
  readonly flagged: boolean;
}

export function alignedParagraphRows(witnesses: readonly Witness[], alignment: WorkAlignment): Result<IdRow[]> {
  const known = new Map(witnesses.map((w) => [w.id, new Set(w.paragraphs.map((p) => p.id))]));
  const rows: IdRow[] = [];
  for (const r of alignment.rows) {
    const cells: Record<string, string[]> = {};
    for (const w of witnesses) {
      const ids = r.cells[w.id] ?? [];
      for (const id of ids) {
        if (!known.get(w.id)?.has(id)) {
          return err(pxError('EXPORT_ALIGNMENT_MISMATCH', `The alignment names paragraph "${id}", which witness "${w.id}" does not have`, 'align the work again before exporting'));
        }
      }
      cells[w.id] = [...ids];
    }
    rows.push({ cells, flagged: r.flagged });
  }
  for (const w of witnesses) insertMissing(rows, w);
  return ok(rows);
}

function insertMissing(rows: IdRow[], w: Witness): void {
  const placed = new Set(rows.flatMap((r) => r.cells[w.id] ?? []));
  w.paragraphs.forEach((p, i) => {
    if (placed.has(p.id)) return;
    const prev = w.paragraphs[i - 1]?.id;
    const at = prev === undefined ? -1 : rows.findIndex((r) => (r.cells[w.id] ?? []).includes(prev));
    const cells: Record<string, string[]> = { [w.id]: [p.id] };
    rows.splice(at + 1, 0, { cells, flagged: true });
    placed.add(p.id);
  });
}
