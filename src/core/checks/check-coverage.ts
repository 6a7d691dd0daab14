/**
 * Whether each original paragraph was translated at all: an empty
 * translation, the original copied unchanged, or an original paragraph with
 * no counterpart and no [...] to say it was left out.
 */
import type { Finding } from './finding.ts';
import { marksOmission, type MarkCache, type RowCell } from './row-paragraphs.ts';

const HAN = /\p{Script=Han}/gu;
const ANY_HAN = /\p{Script=Han}/u;
const LETTER = /[\p{L}\p{N}]/gu;
/** Share of the translation written in the original's script above which it is "largely untranslated". */
const UNTRANSLATED_SHARE = 0.5;

function hasText(cell: RowCell, marks?: MarkCache): boolean {
  return cell.paragraphs.some((p) => p.text.trim() !== '' && !marksOmission(p, marks));
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

export function findCoverageProblems(row: number, source: RowCell, target: RowCell, neighbours: readonly RowCell[], marks?: MarkCache): Finding[] {
  if (!hasText(source, marks)) return [];
  const witnessId = target.witness.id;
  const first = source.paragraphs[0];
  const where = first ? { sourceParagraphId: first.id } : {};
  if (target.paragraphs.length === 0) {
    if (neighbours.some((c) => c.paragraphs.some((p) => marksOmission(p, marks)))) return [];
    return [{
      rule: 'omission-unmarked', severity: 'warning', row, witnessId, ...where,
      message: `The original's paragraph ${source.paragraphs.map((p) => p.id).join(', ')} has no counterpart in ${target.witness.label}, and no [...] marks an omission. Translate it, mark it [...], or fix the alignment.`,
    }];
  }
  if (target.paragraphs.every((p) => p.text.trim() === '')) {
    return [{ rule: 'empty-translation', severity: 'error', row, witnessId, paragraphId: target.paragraphs[0]?.id, ...where, message: `The translation of this paragraph is empty in ${target.witness.label}.` }];
  }
  const sourceRaw = source.paragraphs.map((p) => p.text).join(' ');
  const targetRaw = target.paragraphs.map((p) => p.text).join(' ');
  // Whitespace aside, a copy has about the same length: compare only then.
  const similar = Math.abs(sourceRaw.length - targetRaw.length) <= 0.2 * sourceRaw.length;
  if (similar && source.witness.lang !== target.witness.lang && squash(sourceRaw) === squash(targetRaw)) {
    return [{ rule: 'untranslated', severity: 'error', row, witnessId, paragraphId: target.paragraphs[0]?.id, ...where, message: `${target.witness.label} repeats the original here word for word: this paragraph is not translated yet.` }];
  }
  if (/^zh/i.test(source.witness.lang) && !/^(zh|ja)/i.test(target.witness.lang) && ANY_HAN.test(targetRaw)) {
    const letters = targetRaw.match(LETTER)?.length ?? 0;
    const han = targetRaw.match(HAN)?.length ?? 0;
    if (letters > 0 && han / letters > UNTRANSLATED_SHARE) {
      return [{ rule: 'untranslated', severity: 'warning', row, witnessId, paragraphId: target.paragraphs[0]?.id, ...where, message: `${Math.round((100 * han) / letters)}% of this paragraph in ${target.witness.label} is still in Chinese characters: it looks untranslated.` }];
    }
  }
  return [];
}
