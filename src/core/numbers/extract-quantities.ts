/**
 * Numbers, dates, times, temperatures and percentages in English or Chinese,
 * with values normalised so the two scripts compare: 六十 and 60 are '60',
 * 一九六一年 and 1961 are '1961', 四月二十四日 and 24 April are '--04-24',
 * 下午六时 and 6:00 p.m. are '18:00', 摄氏五度 and five degrees Celsius are '5°C',
 * in simplified or traditional script (下午六時, 攝氏五度, 兩萬, 壹拾伍).
 *
 * Vague amounts (hundreds, tens of thousands, 数以万计, 数百人) are not
 * figures and are not returned. Small counts written as words (one, two, 两国,
 * 一段) are returned with `weak: true`: they may match, but a checker must not
 * report them missing, since translations drop and add them freely.
 */
import { isUnspacedLanguage } from '../diff/tokenize-words.ts';
import { chineseQuantityCandidates } from './extract-chinese-quantities.ts';
import { englishQuantityCandidates } from './extract-english-quantities.ts';
import { foldNumeralScript } from './fold-numerals.ts';

export type QuantityKind = 'number' | 'year' | 'date' | 'time' | 'temperature' | 'percent';

export interface Quantity {
  readonly kind: QuantityKind;
  /** '60', '3.5', '1961', '--04-24' or '1962-04-30', '18:00', '5°C', '-5°C', '5%'. */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** A small count in words (one, 两): matches, but is never worth reporting alone. */
  readonly weak?: boolean;
}

/**
 * A candidate from one pattern. Patterns run from the most specific (dates)
 * to the least (bare numbers); a span already claimed is not claimed again,
 * and `block` spans claim text that only looks numeric (十分 "very").
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly quantity?: Omit<Quantity, 'start' | 'end' | 'text'>;
}

export function extractQuantities(text: string, lang: string): Quantity[] {
  // Chinese text may hold Arabic figures, English text no Chinese numerals: the
  // Chinese patterns read both.
  // Traditional and financial numerals are read on a folded copy of the same
  // length, so the offsets found there are offsets of the text.
  const passes = isUnspacedLanguage(lang) ? chineseQuantityCandidates(foldNumeralScript(text)) : englishQuantityCandidates(text);
  // One flag per character: checking a candidate costs its length, not the
  // number already claimed. The buffer is reused: allocating one per text
  // costs more than the whole scan of a short paragraph.
  const claimed = claimBuffer(text.length);
  const out: Quantity[] = [];
  for (const c of passes) {
    if (c.end <= c.start || isClaimed(claimed, c.start, c.end)) continue;
    claimed.fill(1, c.start, c.end);
    const q = c.quantity;
    if (!q) continue;
    // Built field by field, not spread: a spread of these small objects costs
    // more than finding them (same fields, same order).
    const piece = text.slice(c.start, c.end);
    out.push(q.weak === undefined
      ? { kind: q.kind, value: q.value, start: c.start, end: c.end, text: piece }
      : { kind: q.kind, value: q.value, weak: q.weak, start: c.start, end: c.end, text: piece });
  }
  return out.sort((a, b) => a.start - b.start);
}

let buffer = new Uint8Array(4096);

function claimBuffer(length: number): Uint8Array {
  if (buffer.length < length) buffer = new Uint8Array(Math.max(length, buffer.length * 2));
  buffer.fill(0, 0, length);
  return buffer;
}

function isClaimed(claimed: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (claimed[i]) return true;
  return false;
}

export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(6)));
}

export function formatTime(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export function formatDate(month: number, day: number, year?: number): string {
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return year === undefined ? `--${md}` : `${year}-${md}`;
}

/** 12-hour clock to 24: 6 p.m. → 18, 12 a.m. → 0, 12 p.m. → 12. */
export function to24Hour(hour: number, afternoon: boolean | undefined): number {
  if (afternoon === undefined) return hour;
  if (afternoon) return hour < 12 ? hour + 12 : hour;
  return hour === 12 ? 0 : hour;
}

/** Whether a year-like figure is read as a year: 1000–2199 without separators. */
export function looksLikeYear(n: number, raw: string): boolean {
  return Number.isInteger(n) && n >= 1000 && n < 2200 && /^\d{4}$/.test(raw);
}
