/**
 * Reads Chinese numerals, with or without Arabic digits: 六十 → 60,
 * 二十四 → 24, 一九六一 → 1961 (read digit by digit), 三万五千 → 35000,
 * 两 → 2, 〇/零 as zero, 3万 → 30000, 廿五 → 25, 卅 → 30. Traditional and
 * financial forms (萬, 兩, 壹拾伍) are folded to these first (fold-numerals.ts).
 */

const DIGIT: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const LARGE_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 亿: 1e8 };
/** 廿 "twenty" and 卅 "thirty", in dates above all (廿五日 "the 25th"): a digit and 十 in one character. */
const TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };

/** Characters a Chinese number may be written with (Arabic and full-width digits included). */
export const CHINESE_NUMERAL_CHARS = '0-9０-９〇零一二三四五六七八九十百千万亿两廿卅卌';

/** Full-width digits to ASCII. */
export function asciiDigits(s: string): string {
  // Most numerals have no full-width digit: answer them without a replace and its callback.
  if (!hasFullWidthDigit(s)) return s;
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
}

function hasFullWidthDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return true;
  }
  return false;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (DIGIT[s.charAt(i)] === undefined) return false;
  return true;
}

export function parseChineseNumeral(raw: string): number | undefined {
  const s = asciiDigits(raw);
  if (!s) return undefined;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  // 一九六一, 二〇〇〇: digits without units are read one by one.
  if (s.length > 1 && allDigits(s)) {
    let n = 0;
    for (let i = 0; i < s.length; i++) n = n * 10 + (DIGIT[s.charAt(i)] ?? 0);
    return n;
  }
  let total = 0;
  let section = 0;
  let current = 0;
  // Read character by character (no regex, no arrays: this runs for every numeral of a text).
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      let j = i + 1;
      while (j < s.length && /[0-9.]/.test(s.charAt(j))) j++;
      current = Number(s.slice(i, j));
      i = j - 1;
      continue;
    }
    const digit = DIGIT[c];
    if (digit !== undefined) {
      current = digit;
      continue;
    }
    const tens = TENS[c];
    if (tens !== undefined) {
      section += tens;
      current = 0;
      continue;
    }
    const small = SMALL_UNIT[c];
    if (small !== undefined) {
      // 十 alone is ten, 十五 is fifteen: a unit without a digit before counts once.
      section += (current || 1) * small;
      current = 0;
      continue;
    }
    const large = LARGE_UNIT[c];
    if (large === undefined) return undefined;
    // 亿 scales everything before it; 万 only the part since the last 亿 (一亿二千万).
    const part = section + current || 1;
    total = large === 1e8 ? (total + section + current || 1) * large : total + part * large;
    section = current = 0;
  }
  return total + section + current;
}
