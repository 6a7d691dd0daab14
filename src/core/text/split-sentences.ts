/**
 * Sentence splitting for alignment and display. Chinese and Japanese, in
 * either script, break after 。！？； (also the half-width ｡ of older Big5
 * and Japanese text; a closing quote or bracket, “” or 「」『』, stays with
 * its sentence); other
 * languages break after . ! ? when the next word starts a sentence, except
 * after abbreviations, initials and times (p.m.).
 */

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const CJK_TERMINATORS = new Set(['。', '｡', '！', '？', '；', '!', '?', '…']);
/** Closers that belong to the sentence they follow: “他说：‘走。’” ends after the quotes. */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '】', ']', '"', "'", '»']);

/**
 * Words that end in a period without ending the sentence. Lower-cased, without
 * the final period. "etc" is left out on purpose: it ends sentences as often as not.
 */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt', 'maj', 'adm', 'rev',
  'hon', 'gov', 'sen', 'rep', 'pres', 'messrs', 'mme', 'mlle', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'cf', 'fig',
  'ed', 'eds', 'trans', 'ca', 'approx', 'dept', 'univ', 'inc', 'ltd', 'co', 'corp', 'vs', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'a.m', 'p.m', 'e.g', 'i.e', 'viz', 'op', 'cit', 'ibid',
]);

export function isCjkLang(lang: string): boolean {
  return /^(zh|ja|ko|yue|wuu|cmn|lzh)\b/i.test(lang);
}

export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const cuts = isCjkLang(lang) ? cjkCuts(text) : latinCuts(text);
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    pushTrimmed(spans, text, from, cut);
    from = cut;
  }
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}

function skipClosers(text: string, i: number): number {
  let j = i;
  while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
  return j;
}

function cjkCuts(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!CJK_TERMINATORS.has(text.charAt(i))) continue;
    // A run of terminators (？！, ……) ends one sentence, not several.
    let j = i + 1;
    while (j < text.length && CJK_TERMINATORS.has(text.charAt(j))) j++;
    j = skipClosers(text, j);
    if (j < text.length) cuts.push(j);
    i = j - 1;
  }
  // A period in Latin text embedded in Chinese (rare) is left alone on purpose.
  return cuts;
}

function latinCuts(text: string): number[] {
  const cuts: number[] = [];
  const re = /[.!?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = skipClosers(text, m.index + m[0].length);
    if (!startsSentence(text, end)) continue;
    if (m[0] === '.' && !endsSentenceAt(text, m.index)) continue;
    cuts.push(end);
  }
  return cuts;
}

/** After whitespace, a capital letter, a digit or an opening quote or bracket begins a sentence. */
function startsSentence(text: string, i: number): boolean {
  let j = i;
  if (j >= text.length || !/\s/.test(text.charAt(j))) return false;
  while (j < text.length && /\s/.test(text.charAt(j))) j++;
  while (j < text.length && /["'“‘(\[«]/.test(text.charAt(j))) j++;
  return j < text.length && /[\p{Lu}\p{Lt}\d]/u.test(text.charAt(j));
}

/** False when the period at `dot` closes an abbreviation or an initial rather than a sentence. */
function endsSentenceAt(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0 && !/[\s("“‘[]/.test(text.charAt(s - 1))) s--;
  const word = text.slice(s, dot);
  if (word === '') return true;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // Initials (J. F.), dotted abbreviations (U.S., a.m.): single letters separated by periods.
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && /^\p{L}$/u.test(word.slice(-1)) && (word.length === 1 || word.includes('.'))) {
    // A lone capital is an initial; a lone lower-case letter ("plan b.") is not worth a rule.
    return !(word.length > 1 || /\p{Lu}/u.test(word));
  }
  return true;
}
