/**
 * A minimal number matcher for alignment: the values written in a unit, in
 * either script, as comparable strings ('60', '1961', '4' for April). It only
 * needs to make two renderings of one sentence agree; the full quantity
 * extractor (dates, times, units) belongs to the compare area.
 */

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000, 亿: 100000000 };
const ZH_NUMERAL_RUN = /[零〇一二两三四五六七八九十百千万亿]+/g;

const EN_SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  twelfth: 12, twentieth: 20, hundredth: 100, thousandth: 1000,
};
const EN_SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1000000, score: 20 };
const EN_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * 0 and 1 are left out (0 mostly from "6:00"): 一 is part of countless Chinese words (一些, 一定, 统一) and
 * "one" of countless English phrases, so matching it is noise.
 */
function keep(v: number): boolean {
  return Number.isFinite(v) && v > 1;
}

export function parseChineseNumeral(run: string): number {
  // Digit by digit (一九六一) when there is no unit character: years, phone-like numbers.
  if (!/[十百千万亿]/.test(run)) return Number([...run].map((c) => ZH_DIGITS[c] ?? 0).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    const d = ZH_DIGITS[c];
    if (d !== undefined) {
      digit = d;
      continue;
    }
    const unit = ZH_UNITS[c] ?? 1;
    if (unit >= 10000) {
      total = (total + section + digit) * unit;
      section = 0;
    } else {
      section += (digit || 1) * unit;
    }
    digit = 0;
  }
  return total + section + digit;
}

function chineseNumbers(text: string, out: string[]): void {
  for (const m of text.matchAll(ZH_NUMERAL_RUN)) {
    // A lone 一/两/十 inside a word (一些, 两国) is rarely a number worth matching.
    if (m[0].length === 1 && /[一两]/.test(m[0])) continue;
    const v = parseChineseNumeral(m[0]);
    if (keep(v)) out.push(String(v));
  }
}

function englishNumbers(text: string, out: string[]): void {
  const words = text.toLowerCase().match(/[a-z]+|\d[\d,]*(?:\.\d+)?|[.,;:!?]/g) ?? [];
  let value = 0;
  let current = 0;
  let inNumber = false;
  const flush = (): void => {
    if (inNumber && keep(value + current)) out.push(String(value + current));
    value = 0;
    current = 0;
    inNumber = false;
  };
  for (const w of words) {
    if (/^\d/.test(w)) {
      flush();
      const v = Number(w.replace(/,/g, ''));
      if (keep(v)) out.push(String(v));
      continue;
    }
    const month = EN_MONTHS.indexOf(w);
    // "may" is a verb far more often than a month.
    if (month >= 0 && w !== 'may') {
      flush();
      out.push(String(month + 1));
      continue;
    }
    const small = EN_SMALL[w];
    const scale = EN_SCALES[w];
    if (small !== undefined) {
      current += small;
      inNumber = true;
    } else if (scale !== undefined && (inNumber || scale >= 100)) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        value += current;
        current = 0;
      }
      inNumber = true;
    } else if (w === 'and' && inNumber) {
      // "nine hundred and thirty": the number goes on.
    } else {
      flush();
    }
  }
  flush();
}

/** Numeric values in `text`, as strings comparable across scripts; duplicates kept. */
export function numbersInText(text: string): string[] {
  const out: string[] = [];
  chineseNumbers(text, out);
  englishNumbers(text, out);
  return out;
}
