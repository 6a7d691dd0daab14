/**
 * Figures in the original with no equal in the translation, and the reverse.
 * Vague amounts are never figures; small counts in words (one, 两) may match
 * but are never reported alone (see extract-quantities.ts). Text inside
 * editorial marks is the editor's, so it is masked first.
 */
import { maskMarks } from '../marks/strip-marks.ts';
import { extractQuantities, type Quantity } from '../numbers/extract-quantities.ts';
import type { Finding } from './finding.ts';
import { marksOf, type MarkCache, type RowCell } from './row-paragraphs.ts';
import type { Paragraph } from '../model/work.ts';

export interface Located {
  readonly q: Quantity;
  readonly paragraphId: string;
  /** What must be equal for two figures to match: a date with a year matches its day and its year. */
  readonly key: string;
  readonly group: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Figures per paragraph for one run of the checks: the original's paragraphs
 * meet every translation and are read once.
 */
export type FigureCache = Map<Paragraph, readonly Located[]>;

function locate(cell: RowCell, cache: FigureCache, marks?: MarkCache): Located[] {
  return cell.paragraphs.flatMap((p) => {
    let found = cache.get(p);
    if (!found) {
      found = locateIn(p, cell.witness.lang, marks);
      cache.set(p, found);
    }
    return found;
  });
}

function locateIn(p: Paragraph, lang: string, marks?: MarkCache): Located[] {
  const out: Located[] = [];
  const masked = maskMarks(p.text, marksOf(p, marks));
  for (const q of extractQuantities(masked, lang)) {
    // Masking keeps offsets, so only a masked text needs its excerpts re-read.
    const located = masked === p.text ? q : { ...q, text: p.text.slice(q.start, q.end) };
    if (q.kind === 'date' && !q.value.startsWith('--')) {
      out.push({ q: located, paragraphId: p.id, key: `--${q.value.slice(5)}`, group: 'date' });
      out.push({ q: located, paragraphId: p.id, key: q.value.slice(0, 4), group: 'number' });
    } else {
      out.push({ q: located, paragraphId: p.id, key: q.value, group: q.kind === 'year' ? 'number' : q.kind });
    }
  }
  return out;
}

const MONTH_DAY_KEY = /^--(\d\d)-(\d\d)$/;

/** `--04-24` → `24 April`; other values read as they are. */
export function readableValue(q: Quantity, key: string): string {
  const m = MONTH_DAY_KEY.exec(key);
  if (m) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1] ?? ''}`;
  return key;
}

/**
 * The items of `from` whose key `pool` lacks altogether. Compared as sets, not
 * counts: "forty days and forty nights" for 四十昼夜 names one figure twice.
 */
function unmatched(from: readonly Located[], pool: readonly Located[]): Located[] {
  const keys = new Set(pool.map((p) => p.key));
  return from.filter((item) => !keys.has(item.key));
}

export function findNumberMismatches(row: number, source: RowCell, target: RowCell, cache: FigureCache = new Map(), marks?: MarkCache): Finding[] {
  if (source.paragraphs.length === 0 || target.paragraphs.length === 0) return [];
  const s = locate(source, cache, marks);
  // Only the original's figures are kept: they meet every translation. A
  // translation's paragraph is read once, and keeping its figures to the end
  // of the run only gives the garbage collector more to copy.
  const t = locate(target, new Map(), marks);
  const sourceLeft = unmatched(s.filter((x) => !x.q.weak), t);
  const targetLeft = unmatched(t.filter((x) => !x.q.weak), s);
  const witnessId = target.witness.id;
  const label = target.witness.label;
  const findings: Finding[] = [];
  const paired = new Set<Located>();
  for (const a of sourceLeft) {
    const b = targetLeft.find((x) => x.group === a.group && !paired.has(x));
    // Fields written out in the order a spread of sourceAt gave them: spreading costs more than the check.
    const readable = readableValue(a.q, a.key);
    if (b) {
      paired.add(b);
      findings.push({
        rule: 'number-mismatch', severity: 'error', row, witnessId, paragraphId: b.paragraphId, start: b.q.start, end: b.q.end,
        sourceParagraphId: a.paragraphId, sourceStart: a.q.start, sourceEnd: a.q.end,
        message: `The original has ${readable} (“${a.q.text}”) where ${label} has ${readableValue(b.q, b.key)} (“${b.q.text}”): check the figure.`,
      });
    } else {
      findings.push({
        rule: 'number-mismatch', severity: 'warning', row, witnessId, paragraphId: target.paragraphs[0]?.id,
        sourceParagraphId: a.paragraphId, sourceStart: a.q.start, sourceEnd: a.q.end,
        message: `The original has ${readable} (“${a.q.text}”); ${label} has no ${readable} in this row: check whether it was left out.`,
      });
    }
  }
  for (const b of targetLeft) {
    if (paired.has(b)) continue;
    findings.push({
      rule: 'number-mismatch', severity: 'warning', row, witnessId, paragraphId: b.paragraphId, start: b.q.start, end: b.q.end,
      message: `${label} has ${readableValue(b.q, b.key)} (“${b.q.text}”), which the original does not have in this row: check where it comes from.`,
    });
  }
  return findings;
}
