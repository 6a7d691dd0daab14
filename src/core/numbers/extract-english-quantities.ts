/** Quantity candidates in English text, most specific patterns first. */
import type { Candidate } from './extract-quantities.ts';
import { formatDate, formatNumber, formatTime, looksLikeYear, to24Hour } from './extract-quantities.ts';
import { findNumberWordRuns, isOrdinalPhrase, NUMBER_WORDS, parseEnglishNumberWords } from './english-number-words.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const ORD = '(?:st|nd|rd|th)?';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const WORDS = NUMBER_WORDS.source;
const NUM = `(?:${DIGITS}|${WORDS})`;
const MERIDIEM = "(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am\\b|pm\\b|o['’]clock)";

const DAY_MONTH = new RegExp(`\\b(\\d{1,2})${ORD}(?:\\s+of)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`, 'g');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORD}\\b(?:,?\\s+(\\d{4})\\b)?`, 'g');
const TIME_RANGE = new RegExp(`\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*(?:-|–|to|until|till|and)\\s*(\\d{1,2})(?:[:.](\\d{2}))?\\s*${MERIDIEM}`, 'dgi');
const TIME = new RegExp(`\\b(\\d{1,2}|${WORDS})(?:[:.](\\d{2}))?\\s*${MERIDIEM}`, 'gi');
const CLOCK_24 = /\b([01]?\d|2[0-3]):([0-5]\d)\b(?:\s*hours\b)?/g;
const TEMPERATURE = new RegExp(`(minus\\s+|[-−])?\\b(${NUM})\\s*(?:degrees?(?:\\s+(?:Celsius|centigrade|C\\b|Fahrenheit|F\\b))?|°\\s*([CF])\\b)(\\s+below\\s+zero)?`, 'gi');
const PERCENT = new RegExp(`\\b(${NUM})\\s*(?:%|per\\s?cent\\b)`, 'gi');
const NUMBER = new RegExp(`(?<![\\p{L}\\p{N}.,])(${DIGITS})(?![\\p{N}])`, 'gu');

function numberOf(raw: string): number | undefined {
  if (/^\d/.test(raw)) return Number(raw.replace(/,/g, ''));
  return parseEnglishNumberWords(raw);
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function dates(text: string, out: Candidate[]): void {
  DAY_MONTH.lastIndex = 0;
  for (let m = DAY_MONTH.exec(text); m !== null; m = DAY_MONTH.exec(text)) out.push(date(m, Number(m[1]), monthOf(m[2] ?? ''), m[3]));
  MONTH_DAY.lastIndex = 0;
  for (let m = MONTH_DAY.exec(text); m !== null; m = MONTH_DAY.exec(text)) out.push(date(m, Number(m[2]), monthOf(m[1] ?? ''), m[3]));
}

function date(m: RegExpMatchArray, day: number, month: number, year: string | undefined): Candidate {
  const start = m.index ?? 0;
  if (day < 1 || day > 31 || month < 1) return { start, end: start };
  return { start, end: start + m[0].length, quantity: { kind: 'date', value: formatDate(month, day, year ? Number(year) : undefined) } };
}

function afternoon(meridiem: string): boolean | undefined {
  const m = meridiem.toLowerCase();
  if (m.startsWith('p')) return true;
  if (m.startsWith('a')) return false;
  return undefined;
}

function time(start: number, end: number, hourRaw: string, minute: string | undefined, meridiem: string): Candidate {
  const hour = numberOf(hourRaw);
  const min = minute ? Number(minute) : 0;
  if (hour === undefined || hour > 24 || min > 59) return { start, end: start };
  return { start, end, quantity: { kind: 'time', value: formatTime(to24Hour(hour, afternoon(meridiem)), min) } };
}

function times(text: string, out: Candidate[]): void {
  // "from 6 to 8 p.m.": the first hour takes the second one's p.m.
  TIME_RANGE.lastIndex = 0;
  for (let m = TIME_RANGE.exec(text); m !== null; m = TIME_RANGE.exec(text)) {
    const start = m.index ?? 0;
    const firstEnd = (m.indices?.[2] ?? m.indices?.[1])?.[1] ?? start;
    const second = m.indices?.[3]?.[0] ?? start;
    out.push(time(start, firstEnd, m[1] ?? '', m[2], m[5] ?? ''));
    out.push(time(second, start + m[0].length, m[3] ?? '', m[4], m[5] ?? ''));
  }
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m !== null; m = TIME.exec(text)) {
    const start = m.index ?? 0;
    out.push(time(start, start + m[0].length, m[1] ?? '', m[2], m[3] ?? ''));
  }
  CLOCK_24.lastIndex = 0;
  for (let m = CLOCK_24.exec(text); m !== null; m = CLOCK_24.exec(text)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, quantity: { kind: 'time', value: formatTime(Number(m[1]), Number(m[2])) } });
  }
}

function temperatures(text: string, out: Candidate[]): void {
  TEMPERATURE.lastIndex = 0;
  for (let m = TEMPERATURE.exec(text); m !== null; m = TEMPERATURE.exec(text)) {
    const start = m.index ?? 0;
    const n = numberOf(m[2] ?? '');
    if (n === undefined) continue;
    const negative = Boolean(m[1]) || Boolean(m[4]);
    const scale = /fahrenheit|\bF\b/i.test(m[0]) || m[3]?.toUpperCase() === 'F' ? 'F' : 'C';
    out.push({ start, end: start + m[0].length, quantity: { kind: 'temperature', value: `${formatNumber(negative ? -n : n)}°${scale}` } });
  }
}

function percents(text: string, out: Candidate[]): void {
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m !== null; m = PERCENT.exec(text)) {
    const n = numberOf(m[1] ?? '');
    const start = m.index ?? 0;
    if (n !== undefined) out.push({ start, end: start + m[0].length, quantity: { kind: 'percent', value: `${formatNumber(n)}%` } });
  }
}

function numbers(text: string, out: Candidate[]): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const raw = m[1] ?? '';
    const n = numberOf(raw);
    const start = m.index ?? 0;
    if (n === undefined) continue;
    out.push({ start, end: start + raw.length, quantity: { kind: looksLikeYear(n, raw) ? 'year' : 'number', value: formatNumber(n) } });
  }
  for (const run of findNumberWordRuns(text)) {
    const n = parseEnglishNumberWords(run.text);
    if (n === undefined) continue;
    // Small counts and ordinals are rendered freely ("both", "the tenth month"): weak.
    const weak = n < 10 || isOrdinalPhrase(run.text);
    const quantity = weak ? { kind: 'number' as const, value: formatNumber(n), weak: true } : { kind: 'number' as const, value: formatNumber(n) };
    out.push({ start: run.start, end: run.end, quantity });
  }
}

/**
 * Cheap tests that say whether a pattern can match at all: the full patterns
 * embed the number-word alternation and cost ~10× more per character.
 */
const MAY_HAVE_DATE = /Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;
const MAY_HAVE_TIME = /\d\s?[ap]\.?m\b|[ap]\.m\.|o['’]clock|\d:\d/i;
const MAY_HAVE_TEMPERATURE = /degree|°/i;
const MAY_HAVE_PERCENT = /%|per\s?cent/i;

/**
 * The global patterns above run with exec from lastIndex 0, not matchAll:
 * matchAll clones its regex on every call, thousands of times per work. None
 * of them matches the empty string, so the loops end.
 */
export function englishQuantityCandidates(text: string, out: Candidate[] = []): Candidate[] {
  if (MAY_HAVE_DATE.test(text)) dates(text, out);
  if (MAY_HAVE_TIME.test(text)) times(text, out);
  if (MAY_HAVE_TEMPERATURE.test(text)) temperatures(text, out);
  if (MAY_HAVE_PERCENT.test(text)) percents(text, out);
  numbers(text, out);
  return out;
}
