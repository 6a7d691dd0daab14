/**
 * What the aligner knows about one unit (sentence or paragraph) before it
 * compares: its length in a language-neutral measure and the evidence that
 * survives translation — numbers, proper names, marked punctuation.
 */
import { pinyin } from 'pinyin-pro';
import { foldToSimplified } from '../script/fold-to-simplified.ts';
import { isCjkLang } from '../text/split-sentences.ts';
import { extractQuantities } from '../numbers/extract-quantities.ts';

export interface UnitProfile {
  /** Length in "Latin character equivalents": a CJK character counts CJK_CHAR_WEIGHT. */
  readonly length: number;
  readonly numbers: readonly string[];
  /** Name keys this unit offers (lower-case romanisations of capitalised words mid-sentence). */
  readonly nameKeys: readonly string[];
  /** For Chinese: toneless pinyin syllables of each Han run, to find the other side's names in. */
  readonly pinyinRuns: readonly string[][] | null;
  /** Ids of the names this unit holds, numbered across both texts by linkNames(): the pairs compare these. */
  nameIds: readonly number[];
  /** Counts of question marks, quotation marks and brackets, which translators keep. */
  readonly questions: number;
  readonly quotes: number;
  readonly brackets: number;
  readonly omission: boolean;
}

/**
 * English characters per Chinese character (punctuation included), fitted on
 * the sample work's 98 gold sentence beads (zh-Hans against both English
 * texts): 4.02 characters including spaces.
 */
export const CJK_CHAR_WEIGHT = 4.0;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const CJK_G = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/gu;
const HAN_RUN = /\p{Script=Han}+/gu;

export function unitLength(text: string): number {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  const cjk = collapsed.match(CJK_G)?.length ?? 0;
  return cjk * CJK_CHAR_WEIGHT + (collapsed.length - cjk);
}

/** Sentence-initial and function words that are capitalised without being names. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'as', 'in', 'on', 'at', 'of', 'for', 'to', 'it', 'he', 'she',
  'we', 'they', 'i', 'this', 'that', 'these', 'those', 'there', 'then', 'thus', 'if', 'when', 'after', 'before', 'by',
  'with', 'from', 'not', 'no', 'so', 'all', 'his', 'her', 'their', 'our', 'my', 'your', 'its']);

/** Capitalised words that do not begin a sentence (a capital there proves nothing), as lower-case keys. */
function latinNameKeys(text: string): string[] {
  const keys: string[] = [];
  for (const m of text.matchAll(/\p{Lu}[\p{L}'’]*(?:-\p{L}+)*/gu)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m.index === 0 || /[.!?:;"“]\s*$|^\s*$/.test(before)) continue;
    const key = m[0].toLowerCase().replace(/[^a-z]/g, '');
    if (key.length >= 3 && !NOT_NAMES.has(key)) keys.push(key);
  }
  return keys;
}

/**
 * Toneless pinyin of each Han run in each text, read character by character
 * from one pinyin() call over the distinct characters: the library's cost
 * grows with the text it is given, and a book has a few thousand distinct
 * characters in hundreds of thousands. Names, the only use, are
 * transliterations, read with each character's common reading anyway.
 */
function pinyinOfRuns(texts: readonly string[]): string[][][] {
  // Read in simplified script: pinyin-pro's single-character readings of traditional forms differ (長 → chang, 长 → zhang in 部长).
  const runs = texts.map((t) => [...foldToSimplified(t).matchAll(HAN_RUN)].map((m) => m[0]));
  const distinct = [...new Set(runs.flat().join(''))];
  // Separated by newlines, which come back as entries of their own: character k is at 2k.
  const syllables = distinct.length ? pinyin(distinct.join('\n'), { toneType: 'none', type: 'array', v: true }) : [];
  const reading = new Map<string, string>();
  if (syllables.length === 2 * distinct.length - 1) distinct.forEach((c, k) => reading.set(c, syllables[2 * k] ?? c));
  else for (const c of distinct) reading.set(c, pinyin(c, { toneType: 'none', v: true }));
  return runs.map((rs) => rs.map((r) => Array.from(r, (c) => reading.get(c) ?? c)));
}

/**
 * Gives every unit of both texts the ids of the names it holds: a Latin
 * unit its own keys; a Chinese unit each key whose letters equal the pinyin
 * of a run of 1–4 of its characters (巴克图 → baketu ↔ Ba-ke-tu). Only keys
 * of the other text are looked for, growing a run only while it is still a
 * prefix of some key, so no unit builds a set of all its syllable runs.
 */
export function linkNames(a: readonly UnitProfile[], b: readonly UnitProfile[]): void {
  const ids = new Map<string, number>();
  const prefixes = new Set<string>();
  for (const u of [...a, ...b]) {
    for (const k of u.nameKeys) {
      if (ids.has(k)) continue;
      ids.set(k, ids.size);
      for (let e = 1; e <= k.length; e++) prefixes.add(k.slice(0, e));
    }
  }
  for (const u of [...a, ...b]) {
    if (u.pinyinRuns) u.nameIds = ids.size ? namesInPinyin(u.pinyinRuns, ids, prefixes) : [];
    else u.nameIds = u.nameKeys.map((k) => ids.get(k) ?? -1);
  }
}

function namesInPinyin(runs: readonly string[][], ids: ReadonlyMap<string, number>, prefixes: ReadonlySet<string>): number[] {
  const found: number[] = [];
  for (const syllables of runs) {
    for (let i = 0; i < syllables.length; i++) {
      let key = '';
      for (let k = i; k < Math.min(syllables.length, i + 4); k++) {
        key += (syllables[k] ?? '').toLowerCase();
        if (!prefixes.has(key)) break;
        const id = ids.get(key);
        if (id !== undefined && key.length >= 3) found.push(id);
      }
    }
  }
  return found;
}

function count(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

export function profileUnit(text: string, lang: string, omission = false): UnitProfile {
  return profileUnits([text], lang, omission ? new Set([0]) : undefined)[0] as UnitProfile;
}

export function profileUnits(texts: readonly string[], lang: string, omissions?: ReadonlySet<number>): UnitProfile[] {
  const cjk = isCjkLang(lang) || CJK.test(texts.join('').slice(0, 200));
  const runs = cjk ? pinyinOfRuns(texts) : [];
  return texts.map((text, u) => profileOne(text, lang, cjk ? (runs[u] ?? []) : null, omissions?.has(u) ?? false));
}

/**
 * Values of the numbers, dates and times in a unit, comparable across
 * scripts (the compare area's extractor). Weak ones (one, 两, 一段) are left
 * out: translations drop and add them freely, so they would only add noise.
 */
function quantityValues(text: string, lang: string): string[] {
  return extractQuantities(text, lang).filter((q) => !q.weak).map((q) => q.value);
}

function profileOne(text: string, lang: string, pinyinRuns: readonly string[][] | null, omission: boolean): UnitProfile {
  const nameKeys = pinyinRuns ? [] : latinNameKeys(text);
  return {
    length: unitLength(text),
    numbers: quantityValues(text, pinyinRuns ? 'zh' : lang),
    nameKeys,
    pinyinRuns,
    nameIds: [],
    questions: count(text, /[?？]/g),
    quotes: count(text, /[“”"«»「」『』]/g),
    brackets: count(text, /[()（）]/g),
    omission,
  };
}

/**
 * Several units read as one: the coarse pass aligns blocks of units with the
 * same machinery. Names are left out there: lengths and numbers place blocks
 * well enough, and name sets of whole blocks are costly to build.
 */
export function mergeProfiles(parts: readonly UnitProfile[]): UnitProfile {
  return {
    length: parts.reduce((s, p) => s + p.length, 0),
    numbers: parts.flatMap((p) => p.numbers),
    nameKeys: [],
    pinyinRuns: null,
    nameIds: [],
    questions: parts.reduce((s, p) => s + p.questions, 0),
    quotes: parts.reduce((s, p) => s + p.quotes, 0),
    brackets: parts.reduce((s, p) => s + p.brackets, 0),
    omission: parts.length > 0 && parts.every((p) => p.omission),
  };
}
