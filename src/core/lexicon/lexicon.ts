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

/**
 * Function words (in both scripts) whose dictionary senses are grammar or unrelated homographs
 * (的 "taxi", 了 "to finish"): they say nothing about a translation.
 */
const FUNCTION_WORDS = new Set([...'的了是在和与就都也把被将对而之其这那个们你我他她它又还着过所于以为呢吗吧啊则并因如等此乃亦即且或及已曾很更最便从向给让使由得地',
  // The same words in traditional script.
  ...'與將對這個們還著過於為爲嗎則並從給讓']);

/** Greedy longest-match segmentation of the Han runs of `text` into dictionary words. */
export function segmentWithLexicon(text: string, lexicon: Lexicon, compounds = new Map<string, Int32Array>()): Int32Array[] {
  const glosses: Int32Array[] = [];
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    let i = 0;
    while (i < run.length) {
      let step = 1;
      for (let len = Math.min(lexicon.maxWordLength, run.length - i); len >= 1; len--) {
        const word = run.slice(i, i + len);
        const hit = lexicon.entries.get(word);
        if (hit) {
          if (len === 1 && !FUNCTION_WORDS.has(word)) glosses.push(hit);
          if (len > 1) {
            let senses = compounds.get(word);
            if (!senses) {
              senses = withCharacterSenses(word, hit, lexicon);
              compounds.set(word, senses);
            }
            glosses.push(senses);
          }
          step = len;
          break;
        }
      }
      i += step;
    }
  }
  return glosses;
}

/**
 * A compound also matches through its characters' senses: 分开 is glossed
 * "separate", but the English may say "divide", a sense of 分.
 */
function withCharacterSenses(word: string, senses: Int32Array, lexicon: Lexicon): Int32Array {
  const ids = [...senses];
  for (const c of word) {
    if (FUNCTION_WORDS.has(c)) continue;
    for (const id of (lexicon.entries.get(c) ?? []).slice(0, CHARACTER_SENSES)) if (!ids.includes(id)) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** Senses taken from each character of a compound: the first ones are the common ones. */
const CHARACTER_SENSES = 6;

interface ChineseUnit {
  readonly words: readonly Int32Array[];
  /** Every sense id of every word, deduplicated. */
  readonly anyGloss: Int32Array;
}

function chineseUnit(text: string, lexicon: Lexicon, compounds: Map<string, Int32Array>): ChineseUnit {
  const words = segmentWithLexicon(text, lexicon, compounds);
  const anyGloss = new Set<number>();
  for (const w of words) for (const id of w) anyGloss.add(id);
  return { words, anyGloss: Int32Array.from(anyGloss) };
}

function englishUnit(text: string, lexicon: Lexicon): Int32Array {
  const ids: number[] = [];
  for (const stem of englishContentStems(text)) {
    const id = lexicon.stemIds.get(stem);
    if (id !== undefined) ids.push(id);
  }
  return Int32Array.from(ids);
}

/** 32-bit words needed for a bit set over `count` words (at least one). */
export function maskWords(count: number): number {
  return Math.max(1, Math.ceil(count / 32));
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Counts matched words of a pair with two stamp arrays over the stem
 * vocabulary instead of hash sets: the DP asks for hundreds of thousands of
 * pairs, and a stamp write or read is far cheaper than a Set lookup.
 */
class PairMatcher {
  private readonly inEnglish: Int32Array;
  private readonly inChinese: Int32Array;
  private stamp = 0;

  constructor(vocabulary: number) {
    this.inEnglish = new Int32Array(vocabulary);
    this.inChinese = new Int32Array(vocabulary);
    this.wordStamp = new Int32Array(vocabulary);
    this.slotOf = new Int32Array(vocabulary);
  }

  /** Words of one Chinese unit that have a translation among English units en[e0..e1). */
  chineseMatched(zh: ChineseUnit, en: readonly Int32Array[], e0: number, e1: number): number {
    const stamp = ++this.stamp;
    for (let e = e0; e < e1; e++) for (const id of en[e] ?? []) this.inEnglish[id] = stamp;
    let n = 0;
    for (const w of zh.words) {
      for (const id of w) {
        if (this.inEnglish[id] === stamp) {
          n++;
          break;
        }
      }
    }
    return n;
  }

  /** Tokens of one English unit that translate a word among Chinese units zh[z0..z1). */
  englishMatched(en: Int32Array, zh: readonly ChineseUnit[], z0: number, z1: number): number {
    const stamp = ++this.stamp;
    for (let z = z0; z < z1; z++) for (const id of zh[z]?.anyGloss ?? []) this.inChinese[id] = stamp;
    let n = 0;
    for (const id of en) if (this.inChinese[id] === stamp) n++;
    return n;
  }

  /** Which Chinese unit the word tables below describe, so a run of pairs with one Chinese unit stamps it once. */
  private current: ChineseUnit | null = null;
  private currentStamp = 0;
  /** Mask words (32 words each) of the current Chinese unit. */
  private currentWords = 1;
  private readonly wordStamp: Int32Array;
  /** For each sense id of the current unit, its slot in `slotBits`. */
  private readonly slotOf: Int32Array;
  /** Per slot, a bit set over the current unit's words: which words carry that sense. */
  private slotBits = new Uint32Array(1024);

  private stampChinese(zh: ChineseUnit): void {
    const stamp = ++this.stamp;
    const width = maskWords(zh.words.length);
    this.current = zh;
    this.currentStamp = stamp;
    this.currentWords = width;
    let slots = 0;
    zh.words.forEach((w, k) => {
      for (const id of w) {
        if (this.wordStamp[id] !== stamp) {
          this.wordStamp[id] = stamp;
          this.slotOf[id] = slots++;
          if (slots * width > this.slotBits.length) {
            const grown = new Uint32Array(Math.max(slots * width, this.slotBits.length * 2));
            grown.set(this.slotBits);
            this.slotBits = grown;
          }
          this.slotBits.fill(0, (slots - 1) * width, slots * width);
        }
        const at = (this.slotOf[id] ?? 0) * width + (k >> 5);
        this.slotBits[at] = ((this.slotBits[at] ?? 0) | (1 << (k & 31))) >>> 0;
      }
    });
  }

  /**
   * One pair, as bit sets of which words matched: the Chinese unit's words at
   * out[zhAt..], the English unit's tokens at out[enAt..], maskWords() words
   * each. A bead's matches over several units are then an OR of its pairs'
   * sets. Returns the matched count of the pair.
   */
  masks(zh: ChineseUnit, en: Int32Array, out: Uint32Array, zhAt: number, enAt: number): number {
    if (this.current !== zh) this.stampChinese(zh);
    const stamp = this.currentStamp;
    const width = this.currentWords;
    out.fill(0, zhAt, zhAt + width);
    out.fill(0, enAt, enAt + maskWords(en.length));
    for (let k = 0; k < en.length; k++) {
      const id = en[k] ?? 0;
      if (this.wordStamp[id] !== stamp) continue;
      const slot = (this.slotOf[id] ?? 0) * width;
      for (let w = 0; w < width; w++) out[zhAt + w] = ((out[zhAt + w] ?? 0) | (this.slotBits[slot + w] ?? 0)) >>> 0;
      out[enAt + (k >> 5)] = ((out[enAt + (k >> 5)] ?? 0) | (1 << (k & 31))) >>> 0;
    }
    let n = 0;
    for (let w = 0; w < width; w++) n += popcount(out[zhAt + w] ?? 0);
    for (let w = 0; w < maskWords(en.length); w++) n += popcount(out[enAt + w] ?? 0);
    return n;
  }
}

export interface LexicalEvidence {
  /** Words of source unit s with a translation among target units [t0, t1). */
  readonly sourceMatched: (s: number, t0: number, t1: number) => number;
  /** Words of target unit t with a translation among source units [s0, s1). */
  readonly targetMatched: (t: number, s0: number, s1: number) => number;
  readonly sourceWords: (u: number) => number;
  readonly targetWords: (u: number) => number;
  /**
   * Bit sets of the matched words of one pair, written at out[at..]: first
   * the source unit's maskWords(sourceWords(s)) words, then the target
   * unit's maskWords(targetWords(t)); returns the matched count.
   */
  readonly pairMasks: (s: number, t: number, out: Uint32Array, at: number) => number;
}


/**
 * Evidence for a Chinese–English pair of texts in either direction; for any
 * other pair of languages, no evidence (every score 0).
 */
export function lexicalEvidence(lexicon: Lexicon, source: readonly string[], sourceLang: string, target: readonly string[], targetLang: string): LexicalEvidence {
  const zhSource = isCjkLang(sourceLang) && !isCjkLang(targetLang);
  const zhTarget = isCjkLang(targetLang) && !isCjkLang(sourceLang);
  if (!zhSource && !zhTarget) {
    return { sourceMatched: () => 0, targetMatched: () => 0, sourceWords: () => 0, targetWords: () => 0, pairMasks: () => 0 };
  }
  const zhTexts = zhSource ? source : target;
  const enTexts = zhSource ? target : source;
  const compounds = new Map<string, Int32Array>();
  const zh = zhTexts.map((t) => chineseUnit(t, lexicon, compounds));
  const en = enTexts.map((t) => englishUnit(t, lexicon));
  const matcher = new PairMatcher(lexicon.stemIds.size);
  const zhWords = (u: number): number => zh[u]?.words.length ?? 0;
  const enWords = (u: number): number => en[u]?.length ?? 0;
  const none = new Int32Array(0);
  const noWords: ChineseUnit = { words: [], anyGloss: none };
  return zhSource
    ? {
        sourceMatched: (s, t0, t1) => matcher.chineseMatched(zh[s] ?? noWords, en, t0, t1),
        targetMatched: (t, s0, s1) => matcher.englishMatched(en[t] ?? none, zh, s0, s1),
        sourceWords: zhWords,
        targetWords: enWords,
        pairMasks: (s, t, out, at) => matcher.masks(zh[s] ?? noWords, en[t] ?? none, out, at, at + maskWords(zhWords(s))),
      }
    : {
        sourceMatched: (s, t0, t1) => matcher.englishMatched(en[s] ?? none, zh, t0, t1),
        targetMatched: (t, s0, s1) => matcher.chineseMatched(zh[t] ?? noWords, en, s0, s1),
        sourceWords: enWords,
        targetWords: zhWords,
        pairMasks: (s, t, out, at) => matcher.masks(zh[t] ?? noWords, en[s] ?? none, out, at + maskWords(enWords(s)), at),
      };
}
