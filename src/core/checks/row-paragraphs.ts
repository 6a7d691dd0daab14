/** The paragraphs each witness contributes to each aligned row, looked up once. */
import type { WorkAlignment } from '../alignment/types.ts';
import type { Paragraph, Witness, Work } from '../model/work.ts';
import { parseMarks } from '../marks/parse-marks.ts';

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

/** True when the paragraph is, or holds, a mark for left-out text (`[...]`, `[Here follow …]`). */
export function marksOmission(p: Paragraph): boolean {
  return p.kind === 'omission' || parseMarks(p.text).some((m) => m.kind === 'omission');
}
