/** The paragraphs each witness contributes to each aligned row, looked up once. */
import type { WorkAlignment } from '../alignment/types.ts';
import type { Paragraph, Witness, Work } from '../model/work.ts';
import { parseMarks, type Mark } from '../marks/parse-marks.ts';

export interface RowCell {
  readonly witness: Witness;
  readonly paragraphs: readonly Paragraph[];
}

export function paragraphIndex(work: Work): Map<string, Paragraph> {
  const byId = new Map<string, Paragraph>();
  for (const w of work.witnesses) for (const p of w.paragraphs) byId.set(p.id, p);
  return byId;
}

export function cellOf(row: WorkAlignment['rows'][number], witness: Witness, byId: ReadonlyMap<string, Paragraph>): RowCell {
  const ids = row.cells[witness.id] ?? [];
  const paragraphs: Paragraph[] = [];
  for (const id of ids) {
    const p = byId.get(id);
    if (p) paragraphs.push(p);
  }
  return { witness, paragraphs };
}

/**
 * Marks per paragraph for one run of the checks: coverage, numbers and names
 * all read a paragraph's marks, and parsing them once instead of up to four
 * times is a measurable share of a run. Not kept across runs.
 */
export type MarkCache = Map<Paragraph, readonly Mark[]>;

export function marksOf(p: Paragraph, cache?: MarkCache): readonly Mark[] {
  if (!cache) return parseMarks(p.text);
  let marks = cache.get(p);
  if (!marks) cache.set(p, (marks = parseMarks(p.text)));
  return marks;
}

/** True when the paragraph is, or holds, a mark for left-out text (`[...]`, `[Here follow …]`). */
export function marksOmission(p: Paragraph, cache?: MarkCache): boolean {
  return p.kind === 'omission' || marksOf(p, cache).some((m) => m.kind === 'omission');
}
