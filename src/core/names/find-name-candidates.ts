/**
 * Names the authority list does not know yet, found by their shape:
 * in English, capitalised words that do not open a sentence and hyphenated
 * pinyin syllables (`Ma-er-guo-fu`); in Chinese, runs of the characters used
 * to transliterate foreign names (`马尔果夫`) and names joined by `·`.
 */
import { isUnspacedLanguage } from '../diff/tokenize-words.ts';
import { parseMarks } from '../marks/parse-marks.ts';
import { foldToSimplified } from '../script/fold-to-simplified.ts';

export interface NameCandidate {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Capitalised words that are titles, calendar words or pronouns, never names by themselves. */
const NOT_NAMES = new Set(
  ('I A An The This That These Those It He She We They Our Their His Her In On At As For From By With Of To And But Or If ' +
    'Comrade Comrades Mr Mrs Ms Dr Major General Colonel Vice Minister Ministers Ambassador Chairman Premier President Secretary ' +
    'Government Embassy Ministry Foreign Affairs Republic Union People Statement Note Translation Document Side Appendix ' +
    'January February March April May June July August September October November December ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday Celsius Fahrenheit').split(' '),
);

const CAPITALISED_RUN = /\p{Lu}[\p{L}'’]*(?:-\p{L}+)*(?: \p{Lu}[\p{L}'’]*(?:-\p{L}+)*)*/gu;
const HYPHENATED = /\b\p{L}+(?:-\p{L}+){2,}\b/gu;
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ue|ui|un|uo|ve|a|e|i|o|u|v)$/i;

/** Characters of the standard transliteration tables (新华社译名), enough for person and place names. */
const TRANSLITERATION = '阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂杜顿多厄鄂俄恩尔法菲费芬丰佛弗夫福甫盖甘冈戈哥格根贡古瓜圭果哈海汉豪赫亨洪胡华霍基吉加贾杰捷金喀卡凯坎康考柯科克肯库夸奎拉莱兰朗劳勒雷蕾里利连列林琳卢鲁伦罗洛马玛迈麦曼芒梅蒙米明莫默姆木穆纳奈南瑙内尼涅宁纽努诺帕潘庞佩彭皮珀普奇契恰乔切钦琼萨塞赛桑瑟森沙莎尚舍什施斯松苏索塔泰坦汤唐特滕提图吐托瓦万旺威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹';
const HAN_NAME = new RegExp(`[${TRANSLITERATION}]{3,}(?:·[${TRANSLITERATION}]{2,})*`, 'gu');

function sentenceInitial(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).replace(/["'“‘(\s]+$/u, '');
  return before === '' || /[.!?:;]$/.test(before);
}

function englishCandidates(text: string): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    // Split the run on words that are not names (Major General Margov → Margov).
    let offset = m.index;
    for (const word of m[0].split(/( )/)) {
      const start = offset;
      offset += word.length;
      if (!word.trim() || NOT_NAMES.has(word.replace(/['’]s$/, '')) || sentenceInitial(text, start)) continue;
      const last = out[out.length - 1];
      if (last && text.slice(last.end, start) === ' ') {
        const joined = text.slice(last.start, offset);
        out[out.length - 1] = { start: last.start, end: offset, text: joined };
      } else {
        out.push({ start, end: offset, text: word });
      }
    }
  }
  for (const m of text.matchAll(HYPHENATED)) {
    if (!m[0].split('-').every((s) => PINYIN_SYLLABLE.test(s))) continue;
    if (out.some((c) => c.start <= m.index && c.end >= m.index + m[0].length)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Traditional text is searched folded to simplified (霍爾果斯 as 霍尔果斯), one character for one, and reported as written. */
function chineseCandidates(text: string): NameCandidate[] {
  return [...foldToSimplified(text).matchAll(HAN_NAME)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: text.slice(m.index, m.index + m[0].length) }));
}

export function findNameCandidates(text: string, lang: string): NameCandidate[] {
  return isUnspacedLanguage(lang) ? chineseCandidates(text) : englishCandidates(text);
}

/** Candidates that no known name already covers, outside editorial marks (a gloss is the editor's). */
export function unknownCandidates(text: string, lang: string, known: ReadonlyArray<{ readonly start: number; readonly end: number }>): NameCandidate[] {
  const marks = text.includes('[') || text.includes('［') || text.includes('〔') ? parseMarks(text) : [];
  const covered = (c: NameCandidate, spans: ReadonlyArray<{ start: number; end: number }>): boolean => spans.some((k) => c.start < k.end && k.start < c.end);
  return findNameCandidates(text, lang).filter((c) => !covered(c, known) && !covered(c, marks));
}
