/**
 * A compact zh→en lexicon (headword → English content-word stems) and the
 * alignment evidence it gives: how many words of a Chinese unit have a
 * translation in an English unit, and the other way round.
 */
import { isCjkLang } from '../text/split-sentences.ts';
import { englishContentStems } from './english-stem.ts';

export interface Lexicon {
  /** Chinese headword → ids of English stems that translate it. */
  readonly entries: ReadonlyMap<string, Int32Array>;
  readonly stemIds: ReadonlyMap<string, number>;
  readonly maxWordLength: number;
}

/** Parses the compact format: one entry a line, `headword<TAB>stem stem …`; `#` lines are comments. */
export function parseLexicon(text: string): Lexicon {
  const stemIds = new Map<string, number>();
  const entries = new Map<string, Int32Array>();
  let maxWordLength = 1;
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    if (tab <= 0) continue;
    const head = line.slice(0, tab);
    const ids: number[] = [];
    for (const stem of line.slice(tab + 1).split(' ')) {
      if (stem === '') continue;
      let id = stemIds.get(stem);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(stem, id);
      }
      ids.push(id);
    }
    if (ids.length === 0) continue;
    entries.set(head, Int32Array.from(ids));
    maxWordLength = Math.max(maxWordLength, head.length);
  }
  return { entries, stemIds, maxWordLength };
}

/** Greedy longest-match segmentation of the Han runs of `text` into dictionary words. */
export function segmentWithLexicon(text: string, lexicon: Lexicon): Int32Array[] {
  const glosses: Int32Array[] = [];
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    let i = 0;
    while (i < run.length) {
      let step = 1;
      for (let len = Math.min(lexicon.maxWordLength, run.length - i); len >= 1; len--) {
        const hit = lexicon.entries.get(run.slice(i, i + len));
        if (hit) {
          glosses.push(hit);
          step = len;
          break;
        }
      }
      i += step;
    }
  }
  return glosses;
}

interface ChineseUnit {
  readonly words: readonly Int32Array[];
  readonly anyGloss: ReadonlySet<number>;
}

function chineseUnit(text: string, lexicon: Lexicon): ChineseUnit {
  const words = segmentWithLexicon(text, lexicon);
  const anyGloss = new Set<number>();
  for (const w of words) for (const id of w) anyGloss.add(id);
  return { words, anyGloss };
}

function englishUnit(text: string, lexicon: Lexicon): number[] {
  const ids: number[] = [];
  for (const stem of englishContentStems(text)) {
    const id = lexicon.stemIds.get(stem);
    if (id !== undefined) ids.push(id);
  }
  return ids;
}

export interface LexicalEvidence {
  /** Matched words on both sides for a source/target pair. */
  readonly score: (s: number, t: number) => number;
  readonly sourceWords: (u: number) => number;
  readonly targetWords: (u: number) => number;
}

function matches(zh: ChineseUnit, en: readonly number[], enSet: ReadonlySet<number>): number {
  let n = 0;
  for (const w of zh.words) {
    for (const id of w) {
      if (enSet.has(id)) {
        n++;
        break;
      }
    }
  }
  for (const id of en) if (zh.anyGloss.has(id)) n++;
  return n;
}

/**
 * Evidence for a Chinese–English pair of texts in either direction; for any
 * other pair of languages, no evidence (every score 0).
 */
export function lexicalEvidence(lexicon: Lexicon, source: readonly string[], sourceLang: string, target: readonly string[], targetLang: string): LexicalEvidence {
  const zhSource = isCjkLang(sourceLang) && !isCjkLang(targetLang);
  const zhTarget = isCjkLang(targetLang) && !isCjkLang(sourceLang);
  if (!zhSource && !zhTarget) return { score: () => 0, sourceWords: () => 0, targetWords: () => 0 };
  const zhTexts = zhSource ? source : target;
  const enTexts = zhSource ? target : source;
  const zh = zhTexts.map((t) => chineseUnit(t, lexicon));
  const en = enTexts.map((t) => englishUnit(t, lexicon));
  const enSets = en.map((ids) => new Set(ids));
  const zhWords = (u: number): number => zh[u]?.words.length ?? 0;
  const enWords = (u: number): number => en[u]?.length ?? 0;
  const pair = (z: number, e: number): number => {
    const a = zh[z];
    const b = en[e];
    const bs = enSets[e];
    return a && b && bs ? matches(a, b, bs) : 0;
  };
  return zhSource
    ? { score: pair, sourceWords: zhWords, targetWords: enWords }
    : { score: (s, t) => pair(t, s), sourceWords: enWords, targetWords: zhWords };
}
