/**
 * Archive dates to ISO 8601: "April 30, 1962", "30 April 1962", "1962-04-30",
 * "1962年4月30日", "一九六二年四月三十日". A date known only to the month or
 * year keeps that precision ("1962-04", "1962"). Returns null for anything else.
 */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?`;
const CN_DIGITS = '〇一二三四五六七八九';
const cnDigit = (c: string | undefined): number => (c === '零' ? 0 : c ? CN_DIGITS.indexOf(c) : 0);

/** The longest date written out ("September 30, 1962", "一九六二年十二月三十一日") is far shorter. */
const MAX_DATE_CHARS = 64;

export function parseIsoDate(input: string): string | null {
  // Called on whole paragraphs (is this closing line a date?): a long one is not a date, and is not scanned.
  if (input.length > MAX_DATE_CHARS * 2) return null;
  const s = input.trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, m[3] ? +m[3] : null);
  m = new RegExp(`^${MONTH} (\\d{1,2}),? (\\d{4})$`, 'i').exec(s);
  if (m) return iso(+m[3]!, monthNumber(m[1]!), +m[2]!);
  m = new RegExp(`^(\\d{1,2}) ${MONTH},? (\\d{4})$`, 'i').exec(s);
  if (m) return iso(+m[3]!, monthNumber(m[2]!), +m[1]!);
  m = new RegExp(`^${MONTH},? (\\d{4})$`, 'i').exec(s);
  if (m) return iso(+m[2]!, monthNumber(m[1]!), null);
  m = /^(\d{4})$/.exec(s);
  if (m) return m[1]!;
  m = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?$/u.exec(s);
  if (m) return iso(+m[1]!, +m[2]!, m[3] ? +m[3] : null);
  m = new RegExp(`^([${CN_DIGITS}零]{4})年([${CN_DIGITS}十]{1,3})月(?:([${CN_DIGITS}十]{1,3})日)?$`, 'u').exec(s);
  if (m) {
    const year = Number([...m[1]!].map((c) => String(cnDigit(c))).join(''));
    return iso(year, chineseNumber(m[2]!), m[3] ? chineseNumber(m[3]) : null);
  }
  return null;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((mo) => mo.startsWith(key)) + 1;
}

/** 一 … 三十一: only what day and month numbers need. */
function chineseNumber(s: string): number {
  const ten = s.indexOf('十');
  if (ten < 0) return cnDigit(s[0]);
  return (ten === 0 ? 1 : cnDigit(s[0])) * 10 + cnDigit(s[ten + 1]);
}

function iso(year: number, month: number, day: number | null): string | null {
  if (month < 1 || month > 12) return null;
  const mm = String(month).padStart(2, '0');
  if (day === null) return `${year}-${mm}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${year}-${mm}-${String(day).padStart(2, '0')}`;
}
