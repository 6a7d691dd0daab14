/**
 * Chinese text as the numeral patterns read it: traditional characters folded
 * to simplified (萬 → 万, 兩 → 两, 時 → 时, 攝 → 摄) and financial numerals
 * (壹貳參… 壹贰叁…, used on cheques, contracts and receipts) to the common
 * ones, one character for one so every offset stays an offset of the text.
 *
 * Several financial numerals are also ordinary words: 陆 in 大陆 "mainland",
 * 伍 in 队伍 "troops", 拾 in 收拾 "tidy", 参 in 参加 "take part". They are read
 * as numerals only in a run of two or more (伍佰, 壹拾伍), or alone when the
 * character means nothing else (壹 贰 叁 柒 捌 玖).
 */
import { foldToSimplified } from '../script/fold-to-simplified.ts';

const FINANCIAL: Readonly<Record<string, string>> = {
  壹: '一', 贰: '二', 叁: '三', 参: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
};
const ONLY_NUMERALS = new Set([...'壹贰叁柒捌玖']);
/** A run of financial numerals, with the zero and the large units they are written with (壹万贰仟, 壹仟零伍). */
const FINANCIAL_RUN = /[壹贰叁参肆伍陆柒捌玖拾佰仟零〇万亿]+/g;
const ANY_FINANCIAL = /[壹贰叁参肆伍陆柒捌玖拾佰仟]/;

/** Two financial numerals together, one that means nothing else, or one with 万/亿 (伍万). */
function readsAsNumerals(run: string): boolean {
  let financial = 0;
  for (const c of run) {
    if (ONLY_NUMERALS.has(c)) return true;
    if (FINANCIAL[c]) financial++;
  }
  return financial >= 2 || (financial === 1 && /[万亿]/.test(run));
}

export function foldNumeralScript(text: string): string {
  const simplified = foldToSimplified(text);
  if (!ANY_FINANCIAL.test(simplified)) return simplified;
  return simplified.replace(FINANCIAL_RUN, (run) => {
    if (!readsAsNumerals(run)) return run;
    let out = '';
    for (const c of run) out += FINANCIAL[c] ?? c;
    return out;
  });
}
