/**
 * All checks between the original and each translation, row by row over a
 * work's alignment. Findings come sorted by row, witness and position.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import type { NameList } from '../names/name-list.ts';
import { originalOf, translationsOf, type Work } from '../model/work.ts';
import { findImbalances } from './check-brackets.ts';
import { findCoverageProblems } from './check-coverage.ts';
import { findInconsistentNames, findNameProblems, type NameCache } from './check-names.ts';
import { findNumberMismatches, type FigureCache } from './check-numbers.ts';
import { compareFindings, type Finding } from './finding.ts';
import { cellOf, paragraphIndex, type MarkCache } from './row-paragraphs.ts';

export function runChecks(work: Work, alignment: WorkAlignment, names?: NameList): Finding[] {
  const original = originalOf(work);
  if (!original) return [];
  const translations = translationsOf(work);
  const byId = paragraphIndex(work);
  const rowOf = new Map<string, number>();
  alignment.rows.forEach((row, r) => {
    for (const ids of Object.values(row.cells)) for (const id of ids) if (!rowOf.has(id)) rowOf.set(id, r);
  });
  const findings: Finding[] = [];
  const figures: FigureCache = new Map();
  const named: NameCache = new Map();
  const marks: MarkCache = new Map();
  alignment.rows.forEach((row, r) => {
    const source = cellOf(row, original, byId);
    for (const p of source.paragraphs) {
      for (const i of findImbalances(p)) findings.push({ ...i, severity: 'warning', row: r, witnessId: original.id });
    }
    for (const translation of translations) {
      const target = cellOf(row, translation, byId);
      for (const p of target.paragraphs) {
        for (const i of findImbalances(p)) findings.push({ ...i, severity: 'warning', row: r, witnessId: translation.id });
      }
      const neighbours = [alignment.rows[r - 1], alignment.rows[r + 1]].flatMap((n) => (n ? [cellOf(n, translation, byId)] : []));
      const coverage = findCoverageProblems(r, source, target, neighbours, marks);
      findings.push(...coverage);
      // An untranslated or empty row would only repeat itself as missing numbers and names.
      if (coverage.length > 0) continue;
      findings.push(...findNumberMismatches(r, source, target, figures, marks));
      if (names) findings.push(...findNameProblems(r, source, target, names, named, marks));
    }
  });
  if (names) for (const t of translations) findings.push(...findInconsistentNames(t, names, rowOf, named, marks));
  return findings.sort(compareFindings);
}
