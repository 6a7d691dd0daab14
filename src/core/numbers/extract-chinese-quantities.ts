/** Quantity candidates in Chinese text (Chinese numerals and Arabic figures), most specific first. */
import type { Candidate } from './extract-quantities.ts';
import { formatDate, formatNumber, formatTime, looksLikeYear, to24Hour } from './extract-quantities.ts';
import { asciiDigits, CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';

const N = `[${CHINESE_NUMERAL_CHARS}]+(?:[.．][0-9０-９]+)?`;

/**
 * A global pattern behind a lookahead for the characters any of its matches
 * can start with: the same matches, but the engine turns most positions away
 * on one class test instead of trying every alternative (and lookbehind)
 * there, ~1.3–1.5× faster on Chinese text. `first` is class syntax (ranges
 * allowed) and must cover the first character of every alternative.
 */
function startingWith(first: string, source: string): RegExp {
  return new RegExp(`(?=[${first}])(?:${source})`, 'g');
}

const DIGIT = '[〇零一二三四五六七八九两]';
const NOT_AFTER_NUMERAL = `(?<![${CHINESE_NUMERAL_CHARS}])`;

/**
 * Text that looks numeric but is not a figure: vague amounts (数百, 数以万计,
 * 成千上万, 三四代 "three or four", 七八十 "seventy or eighty"), idioms
 * (十分 "very", 万一 "in case", 千万 "by all means", 万国 "all nations",
 * 千方百计) and weekdays (星期一). Claimed first so no later pattern reads them.
 */
const NOT_A_FIGURE = startingWith('数几成上星周〇零一二三四五六七八九两十百千万', [
    `[数几][十百千万亿]+`, `数以[十百千万亿]+计`, `成[百千]上[千万]`, `上[百千万](?=[人名个次])`,
    `${NOT_AFTER_NUMERAL}${DIGIT}${DIGIT}(?![${CHINESE_NUMERAL_CHARS}])`, `${NOT_AFTER_NUMERAL}${DIGIT}${DIGIT}[十百千万](?![${CHINESE_NUMERAL_CHARS}])`,
    `${NOT_AFTER_NUMERAL}(?:十分(?!钟)|万分|万一|一一|千万|万国|万物|万民|千方百计|百般|百姓|万岁)`,
    `星期[一二三四五六日天]`, `周[一二三四五六日]`,
].join('|'));

/** Words that count things: a single-digit numeral before one of them is a (weak) count. */
const COUNTER = /(?:个|人|名|位|次|回|天|日|月|年|岁|周|小时|分钟|秒|公里|千米|公尺|米|里|公斤|千克|斤|吨|度|辆|架|艘|台|件|条|批|处|座|所|家|份|项|段|张|本|倍|国|户|支|把|道|起|封|只|头|匹|元|美元|卢布|股|层)/y;

const PERIOD = '(上午|下午|晚上|晚间|早上|早晨|清晨|凌晨|中午|午后|傍晚|夜里|夜间|深夜|晚)';
const AFTERNOON = /下午|晚上|晚间|午后|傍晚|夜里|夜间|深夜|晚/;
const MORNING = /上午|早上|早晨|清晨|凌晨/;
const TIME = startingWith(`上下晚早清凌中午傍夜深${CHINESE_NUMERAL_CHARS}`, `${PERIOD}?(${N})(时|点钟|点)(?:(${N})分|(半)|整)?`);
const RANGE_NEXT = new RegExp(`^\\s*(?:至|到|—|－|-|~|～)\\s*${PERIOD}?(${N})(时|点钟|点)(?:(${N})分|(半)|整)?`, 'd');
const DATE = startingWith(CHINESE_NUMERAL_CHARS, `(?:(${N})年)?(${N})月(${N})[日号]`);
const TEMPERATURE = startingWith(`零负摄华${CHINESE_NUMERAL_CHARS}`, `(零下|负)?(?:摄氏|华氏)(零下)?(${N})度|(零下|负)?(${N})(?:摄氏度|℃|°C|°F)|零下(${N})度`);
const PERCENT = startingWith(CHINESE_NUMERAL_CHARS, `百分之(${N})|(${N})[%％]`);
const YEAR = startingWith(CHINESE_NUMERAL_CHARS, `(${N})年`);
const NUMBER = new RegExp(N, 'g');
const ANY_NUMERAL = new RegExp(`[${CHINESE_NUMERAL_CHARS}]`);

function value(raw: string | undefined): number | undefined {
  return raw === undefined ? undefined : parseChineseNumeral(raw.replace('．', '.'));
}

function notFigures(text: string, out: Candidate[]): void {
  NOT_A_FIGURE.lastIndex = 0;
  for (let m = NOT_A_FIGURE.exec(text); m !== null; m = NOT_A_FIGURE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
}

function dates(text: string, out: Candidate[]): void {
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m !== null; m = DATE.exec(text)) {
    const month = value(m[2]);
    const day = value(m[3]);
    if (!month || !day || month > 12 || day > 31) continue;
    out.push({ start: m.index, end: m.index + m[0].length, quantity: { kind: 'date', value: formatDate(month, day, value(m[1])) } });
  }
}

function clock(period: string | undefined, hourRaw: string, unit: string, minuteRaw: string | undefined, half: string | undefined, after: string): { hour: number; minute: number } | undefined {
  const hour = value(hourRaw);
  if (hour === undefined || hour > 24) return undefined;
  // 点 is also "point" (这一点): a clock hour only with a period word, 钟, or minutes.
  // 一时 is also "for a moment": one o'clock needs a period word or minutes.
  if (unit === '时' && hour === 1 && !period && !minuteRaw && !half) return undefined;
  if (unit === '点' && !period && !minuteRaw && !half && !/^\s*(?:至|到|—|－|-|~|～)/.test(after)) return undefined;
  const minute = half ? 30 : (value(minuteRaw) ?? 0);
  if (minute > 59) return undefined;
  return { hour, minute };
}

function pm(period: string | undefined): boolean | undefined {
  if (!period) return undefined;
  if (AFTERNOON.test(period)) return true;
  if (MORNING.test(period)) return false;
  return undefined;
}

function times(text: string, out: Candidate[]): void {
  TIME.lastIndex = 0;
  for (let m = TIME.exec(text); m !== null; m = TIME.exec(text)) {
    const end = m.index + m[0].length;
    const first = clock(m[1], m[2] ?? '', m[3] ?? '', m[4], m[5], text.slice(end));
    if (!first) continue;
    const afternoon = pm(m[1]);
    out.push({ start: m.index, end, quantity: { kind: 'time', value: formatTime(to24Hour(first.hour, afternoon), first.minute) } });
    // 下午六时至八时: the second hour takes the first one's 下午.
    const next = RANGE_NEXT.exec(text.slice(end));
    if (!next) continue;
    const second = clock(next[1] ?? m[1], next[2] ?? '', next[3] ?? '', next[4], next[5], '');
    if (!second) continue;
    const start = end + (next.indices?.[1]?.[0] ?? next.indices?.[2]?.[0] ?? 0);
    out.push({ start, end: end + next[0].length, quantity: { kind: 'time', value: formatTime(to24Hour(second.hour, pm(next[1]) ?? afternoon), second.minute) } });
  }
}

function temperatures(text: string, out: Candidate[]): void {
  TEMPERATURE.lastIndex = 0;
  for (let m = TEMPERATURE.exec(text); m !== null; m = TEMPERATURE.exec(text)) {
    const n = value(m[3] ?? m[5] ?? m[6]);
    if (n === undefined) continue;
    const negative = Boolean(m[1] || m[2] || m[4] || m[6]);
    const scale = /华氏|°F/.test(m[0]) ? 'F' : 'C';
    out.push({ start: m.index, end: m.index + m[0].length, quantity: { kind: 'temperature', value: `${formatNumber(negative ? -n : n)}°${scale}` } });
  }
}

function percents(text: string, out: Candidate[]): void {
  PERCENT.lastIndex = 0;
  for (let m = PERCENT.exec(text); m !== null; m = PERCENT.exec(text)) {
    const n = value(m[1] ?? m[2]);
    if (n !== undefined) out.push({ start: m.index, end: m.index + m[0].length, quantity: { kind: 'percent', value: `${formatNumber(n)}%` } });
  }
}

function years(text: string, out: Candidate[]): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    const raw = asciiDigits(m[1] ?? '');
    const n = value(raw);
    // 一九六一年 or 1961年 is a year; 三年 is a count of years, left to the numbers pass.
    if (n === undefined || !(looksLikeYear(n, raw) || (/^[〇零一二三四五六七八九]{4}$/.test(raw) && n >= 1000))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, quantity: { kind: 'year', value: String(n) } });
  }
}

/**
 * Figures a translation may well render another way, so they may match but are
 * never reported alone: ordinals (第十四 "the fourteenth"), a month or a day
 * on its own (十月 "the tenth month", "October"; 初十 "the tenth day").
 */
function looselyRendered(text: string, start: number, end: number): boolean {
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  return before === '第' || before === '初' || after === '月' || after === '日' || after === '号';
}

const UNITS = '十百千万亿';
const startsWithAsciiDigit = (s: string): boolean => s.charCodeAt(0) >= 0x30 && s.charCodeAt(0) <= 0x39;

function numbers(text: string, out: Candidate[]): void {
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const raw = asciiDigits(m[0]);
    const n = value(raw);
    if (n === undefined) continue;
    const start = m.index;
    const end = start + m[0].length;
    COUNTER.lastIndex = end;
    const counted = COUNTER.test(text);
    if (looselyRendered(text, start, end)) {
      out.push({ start, end, quantity: { kind: 'number', value: formatNumber(n), weak: true } });
    } else if (startsWithAsciiDigit(raw)) {
      out.push({ start, end, quantity: { kind: looksLikeYear(n, raw) ? 'year' : 'number', value: formatNumber(n) } });
    } else if (raw.length === 1 && UNITS.includes(raw)) {
      // A unit alone is rarely a figure one must find in a translation (百倍 "a
      // hundredfold"), but 十幅 may well be "ten curtains": weak, so it can match.
      out.push({ start, end, quantity: { kind: 'number', value: formatNumber(n), weak: true } });
    } else if (n < 10 && raw.length === 1) {
      if (counted) out.push({ start, end, quantity: { kind: 'number', value: formatNumber(n), weak: true } });
    } else {
      out.push({ start, end, quantity: { kind: 'number', value: formatNumber(n) } });
    }
  }
}

/**
 * The global patterns are run with exec from lastIndex 0, not matchAll: matchAll
 * clones its regex on every call, which cost more than the scan of a short
 * paragraph. None of them can match the empty string, so the loops end.
 */

/** Each pattern needs one of these characters: skip the pattern when the text has none. */
const NEEDS = {
  dates: /月/,
  times: /[时点]/,
  temperatures: /度|℃|°/,
  percents: /[%％]|百分之/,
  years: /年/,
};

export function chineseQuantityCandidates(text: string, out: Candidate[] = []): Candidate[] {
  if (!ANY_NUMERAL.test(text)) return out;
  notFigures(text, out);
  if (NEEDS.dates.test(text)) dates(text, out);
  if (NEEDS.times.test(text)) times(text, out);
  if (NEEDS.temperatures.test(text)) temperatures(text, out);
  if (NEEDS.percents.test(text)) percents(text, out);
  if (NEEDS.years.test(text)) years(text, out);
  numbers(text, out);
  return out;
}
