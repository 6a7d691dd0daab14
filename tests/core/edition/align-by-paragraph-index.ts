/**
 * TEST-ONLY: rows 1:1 by paragraph index (row i holds paragraph i of every
 * witness). For generated works, whose witnesses are parallel by
 * construction; real works go through alignWork.
 */
import type { WorkAlignment } from '../../../src/core/alignment/types.ts';
import type { Work } from '../../../src/core/model/work.ts';

export function alignByParagraphIndex(work: Work): WorkAlignment {
  const n = Math.max(0, ...work.witnesses.map((w) => w.paragraphs.length));
  const rows: WorkAlignment['rows'] = [];
  for (let i = 0; i < n; i++) {
    const cells: Record<string, string[]> = {};
    for (const w of work.witnesses) {
      const p = w.paragraphs[i];
      cells[w.id] = p ? [p.id] : [];
    }
    rows.push({ cells, score: 1, flagged: false });
  }
  return { witnessIds: work.witnesses.map((w) => w.id), rows };
}
