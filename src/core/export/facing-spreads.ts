/**
 * Groups aligned rows into spreads for the facing-pages layout: the original
 * on the left page, the translation on the right, each spread fitting one
 * page on both sides. No print engine keeps two flows in step, so the fit is
 * estimated here from character counts per script against page capacity; a
 * row longer than a page is cut at sentence boundaries into as many parts as
 * it needs, both sides into the same number of parts.
 */
import type { EditionParagraph, EditionRow, Footnote } from '../edition/edition.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { splitParagraphAt } from './split-inlines.ts';

export type Paper = 'a4' | 'letter';

/**
 * Characters per page of the text block at 10.5 pt, line height 1.5: A4 with
 * 20 mm side and 25 mm top/bottom margins is ~46 CJK or ~92 Latin characters
 * a line, 44 lines; Letter a little less. 15% is kept back for the running
 * head, paragraph spacing and ragged lines.
 */
export const PAGE_CAPACITY: Record<Paper, { readonly cjk: number; readonly latin: number }> = {
  a4: { cjk: 1700, latin: 3400 },
  letter: { cjk: 1630, latin: 3300 },
};
/** A paragraph break costs about one line. */
const PARAGRAPH_COST = 1 / 44;
/** Footnotes print smaller (8.5 pt) at the page foot. */
const FOOTNOTE_FACTOR = 0.7;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/gu;

export function textCost(text: string, paper: Paper): number {
  const cap = PAGE_CAPACITY[paper];
  const cjk = text.match(CJK)?.length ?? 0;
  return cjk / cap.cjk + (text.length - cjk) / cap.latin;
}

function paragraphCost(p: EditionParagraph, notes: ReadonlyMap<number, Footnote>, paper: Paper): number {
  const noteText = p.inlines.map((i) => (i.kind === 'text' ? '' : notes.get(i.footnote)?.text ?? '')).join('');
  return textCost(p.text, paper) + FOOTNOTE_FACTOR * textCost(noteText, paper) + PARAGRAPH_COST;
}

export interface SpreadPart {
  readonly row: EditionRow;
  readonly original: readonly EditionParagraph[];
  readonly translation: readonly EditionParagraph[];
  /** Set when the row was cut: part `index` (1-based) of `of`. */
  readonly part?: { readonly index: number; readonly of: number };
}

export interface Spread {
  readonly parts: readonly SpreadPart[];
}

/** Cuts one side's paragraphs into `k` parts of about equal cost, at sentence ends. */
function splitSide(paras: readonly EditionParagraph[], k: number, notes: ReadonlyMap<number, Footnote>, paper: Paper): EditionParagraph[][] {
  const total = paras.reduce((n, p) => n + paragraphCost(p, notes, paper), 0);
  const parts: EditionParagraph[][] = [[]];
  let acc = 0;
  for (const p of paras) {
    let rest = p;
    let consumed = 0;
    for (const s of splitSentences(p.text, p.lang)) {
      acc += textCost(s.text, paper);
      const boundary = parts.length * (total / k);
      if (acc >= boundary && parts.length < k && s.end < p.text.length) {
        const [a, b] = splitParagraphAt(rest, s.end - consumed);
        (parts[parts.length - 1] as EditionParagraph[]).push(a);
        parts.push([]);
        rest = b;
        consumed = s.end;
      }
    }
    (parts[parts.length - 1] as EditionParagraph[]).push(rest);
    acc += PARAGRAPH_COST;
  }
  while (parts.length < k) parts.push([]);
  return parts;
}

/**
 * `firstSpreadReserve`: the share of the first verso taken by the document
 * heading, dateline and source note, which print above the first rows.
 */
export function facingSpreads(rows: readonly EditionRow[], footnotes: readonly Footnote[], paper: Paper, firstSpreadReserve = 0): Spread[] {
  const notes = new Map(footnotes.map((f) => [f.n, f]));
  const cost = (ps: readonly EditionParagraph[]) => ps.reduce((n, p) => n + paragraphCost(p, notes, paper), 0);
  const spreads: Spread[] = [];
  let current: SpreadPart[] = [];
  let left = firstSpreadReserve;
  let right = 0;
  const close = () => {
    if (current.length) spreads.push({ parts: current });
    current = [];
    left = 0;
    right = 0;
  };
  for (const row of rows) {
    const co = cost(row.original.paragraphs);
    // The apparatus prints under the translation, in small type.
    const ct = cost(row.translation.paragraphs) + row.variants.reduce((n, v) => n + FOOTNOTE_FACTOR * textCost(v.text, paper) + PARAGRAPH_COST, 0);
    if (co === 0 && ct === 0) continue;
    if (left + co <= 1 && right + ct <= 1) {
      current.push({ row, original: row.original.paragraphs, translation: row.translation.paragraphs });
      left += co;
      right += ct;
      continue;
    }
    close();
    if (co <= 1 && ct <= 1) {
      current.push({ row, original: row.original.paragraphs, translation: row.translation.paragraphs });
      left = co;
      right = ct;
      continue;
    }
    const k = Math.ceil(Math.max(co, ct) * 1.1);
    const o = splitSide(row.original.paragraphs, k, notes, paper);
    const t = splitSide(row.translation.paragraphs, k, notes, paper);
    for (let i = 0; i < k; i++) {
      current.push({ row, original: o[i] ?? [], translation: t[i] ?? [], part: { index: i + 1, of: k } });
      close();
    }
  }
  close();
  return spreads;
}
