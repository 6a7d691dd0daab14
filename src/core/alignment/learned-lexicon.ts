/**
 * Word pairs learned from the text pair itself. The first pass's confident
 * rows are anchors; Chinese character n-grams and English content stems that
 * keep meeting in anchors (and seldom apart) are taken as translations of
 * each other and added to the dictionary for the second pass. This is what
 * a general dictionary lacks: the names of this text (该隐 ↔ Cain, 巴克图 ↔
 * Bakhtu), its period vocabulary, traditional or classical forms. Nothing
 * here knows any one text; the thresholds are counts and ratios.
 */
import { englishContentStems } from '../lexicon/english-stem.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';

/** Rows at least this confident (see row-score.ts) are anchors. */
export const ANCHOR_SCORE = 0.8;
/** Longest Chinese n-gram learned (names are mostly 2–3 characters, some 4). */
const MAX_NGRAM = 4;
/** A pair must meet in at least this many anchors: twice can be chance. */
const MIN_MEETINGS = 3;
/** Dice coefficient a pair needs: meetings against the two words' own anchor counts. */
const MIN_DICE = 0.6;
/** Words in more than this share of anchors are too common to tell rows apart. */
const MAX_SHARE = 0.1;
/** Fewer anchors than this teach nothing reliable. */
const MIN_ANCHORS = 30;

export interface AnchorRow {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
}

/**
 * Character n-grams as numbers, so counting them needs no strings: each
 * distinct character gets a small id (1..CHAR_IDS-1) and an n-gram is its ids
 * in base CHAR_IDS (4 × 13 bits fit a double exactly). Characters beyond the
 * id range (a text of more than 8,191 distinct ones) break n-grams.
 */
const CHAR_IDS = 8192;

class NgramCoder {
  private readonly ids = new Map<number, number>();
  private readonly chars: number[] = [0];

  /** Calls `visit` with the key of every n-gram of 1..MAX_NGRAM Han characters in `text`. */
  each(text: string, visit: (key: number) => void): void {
    let run: number[] = [];
    const flush = (): void => {
      for (let i = 0; i < run.length; i++) {
        let key = 0;
        for (let k = i; k < Math.min(run.length, i + MAX_NGRAM); k++) {
          key = key * CHAR_IDS + (run[k] ?? 0);
          visit(key);
        }
      }
      run = [];
    };
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) code = (text.codePointAt(i++) ?? 0);
      if (!isHan(code)) { flush(); continue; }
      let id = this.ids.get(code);
      if (id === undefined && this.chars.length < CHAR_IDS) {
        id = this.chars.length;
        this.ids.set(code, id);
        this.chars.push(code);
      }
      if (id === undefined) flush();
      else run.push(id);
    }
    flush();
  }

  text(key: number): string {
    const codes: number[] = [];
    for (let k = key; k > 0; k = Math.floor(k / CHAR_IDS)) codes.unshift(this.chars[k % CHAR_IDS] ?? 0);
    return String.fromCodePoint(...codes);
  }
}

/** Han ideographs by code point (unified, extension A, compatibility, the supplementary planes): no regex per character. */
const isHan = (c: number): boolean => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);

/**
 * Dense ids for n-gram keys. Keys beyond 2^31 are heap numbers, which a Map
 * hashes slowly; open addressing over a Float64Array keeps the count cheap.
 */
class KeyIds {
  private keys = new Float64Array(1 << 16).fill(-1);
  private ids = new Int32Array(1 << 16);
  size = 0;

  private static hash(key: number, mask: number): number {
    const low = key % 0x40000000;
    const high = Math.floor(key / 0x40000000);
    return (Math.imul(low ^ Math.imul(high, 0x27d4eb2d), 0x9e3779b1) >>> 0) & mask;
  }

  /** The key's id, given the next free one if new (the caller then grows its arrays). */
  idOf(key: number): number {
    if (this.size * 2 >= this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    let h = KeyIds.hash(key, mask);
    for (;;) {
      const k = this.keys[h] ?? -1;
      if (k === key) return this.ids[h] ?? 0;
      if (k === -1) {
        this.keys[h] = key;
        this.ids[h] = this.size;
        return this.size++;
      }
      h = (h + 1) & mask;
    }
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldIds = this.ids;
    this.keys = new Float64Array(oldKeys.length * 2).fill(-1);
    this.ids = new Int32Array(oldKeys.length * 2);
    const mask = this.keys.length - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] ?? -1;
      if (key === -1) continue;
      let h = KeyIds.hash(key, mask);
      while ((this.keys[h] ?? -1) !== -1) h = (h + 1) & mask;
      this.keys[h] = key;
      this.ids[h] = oldIds[i] ?? 0;
    }
  }
}

/**
 * The base lexicon (or an empty one) with the learned pairs added: a learned
 * n-gram gets the learned stems on top of any senses it had. Returns null
 * when the anchors teach nothing, so the caller can skip a second pass.
 */
export function learnFromAnchors(
  zhTexts: readonly string[], enTexts: readonly string[], rows: readonly AnchorRow[], base: Lexicon | undefined,
): { lexicon: Lexicon; learned: number } | null {
  const anchors = rows.filter((r) => r.score >= ANCHOR_SCORE && r.source.length > 0 && r.target.length > 0);
  if (anchors.length < MIN_ANCHORS) return null;
  // Which anchor last counted each id (1-based), so an n-gram or stem counts once per anchor.
  const zhLast: number[] = [];
  const enLast: number[] = [];
  // Ids for n-grams and stems, with their anchor counts (each counted once per anchor).
  const coder = new NgramCoder();
  const zhIds = new KeyIds();
  const zhKeys: number[] = [];
  const enIds = new Map<string, number>();
  const zhCount: number[] = [];
  const enCount: number[] = [];
  const beadZh: number[][] = [];
  const beadEn: number[][] = [];
  anchors.forEach((a, bead) => {
    const z: number[] = [];
    const visit = (key: number): void => {
      const id = zhIds.idOf(key);
      if (id === zhKeys.length) { zhKeys.push(key); zhCount.push(0); zhLast.push(0); }
      if (zhLast[id] === bead + 1) return;
      zhLast[id] = bead + 1;
      zhCount[id] = (zhCount[id] ?? 0) + 1;
      z.push(id);
    };
    for (const u of a.source) coder.each(zhTexts[u] ?? '', visit);
    const e: number[] = [];
    for (const u of a.target) {
      for (const stem of englishContentStems(enTexts[u] ?? '')) {
        let id = enIds.get(stem);
        if (id === undefined) { id = enIds.size; enIds.set(stem, id); enCount.push(0); enLast.push(0); }
        if (enLast[id] === bead + 1) continue;
        enLast[id] = bead + 1;
        enCount[id] = (enCount[id] ?? 0) + 1;
        e.push(id);
      }
    }
    beadZh.push(z);
    beadEn.push(e);
  });
  const maxCount = Math.max(MIN_MEETINGS, Math.floor(MAX_SHARE * anchors.length));
  const usable = (c: number | undefined): boolean => c !== undefined && c >= MIN_MEETINGS && c <= maxCount;
  // Per usable n-gram, the anchors it is in; its meetings with each stem counted in a dense array.
  const postings = new Map<number, number[]>();
  beadZh.forEach((z, k) => {
    for (const x of z) {
      if (!usable(zhCount[x])) continue;
      const list = postings.get(x);
      if (list) list.push(k);
      else postings.set(x, [k]);
    }
  });
  // Each anchor's stems sorted by count: an n-gram of count cx only meets stems whose count allows the Dice it needs.
  const beadStems = beadEn.map((e) => Int32Array.from(e.filter((y) => usable(enCount[y]))).sort((a, b) => (enCount[a] ?? 0) - (enCount[b] ?? 0)));
  const ratio = MIN_DICE / (2 - MIN_DICE);
  const meetings = new Int32Array(enIds.size);
  const touched: number[] = [];
  const enWords = [...enIds.keys()];
  const learnedStems = new Map<string, string[]>();
  let learned = 0;
  for (const [x, beads] of postings) {
    const cx = zhCount[x] ?? 0;
    const lo = cx * ratio;
    const hi = cx / ratio;
    for (const k of beads) {
      const stems = beadStems[k] ?? new Int32Array(0);
      let i = 0;
      while (i < stems.length && (enCount[stems[i] ?? 0] ?? 0) < lo) i++;
      for (; i < stems.length; i++) {
        const y = stems[i] ?? 0;
        if ((enCount[y] ?? 0) > hi) break;
        if (meetings[y] === 0) touched.push(y);
        meetings[y] = (meetings[y] ?? 0) + 1;
      }
    }
    for (const y of touched) {
      const c = meetings[y] ?? 0;
      meetings[y] = 0;
      if (c < MIN_MEETINGS || (2 * c) / (cx + (enCount[y] ?? 0)) < MIN_DICE) continue;
      const g = coder.text(zhKeys[x] ?? 0);
      const list = learnedStems.get(g) ?? [];
      list.push(enWords[y] ?? '');
      learnedStems.set(g, list);
      learned++;
    }
    touched.length = 0;
  }
  if (learned === 0) return null;
  // Copies (~40 ms for CC-CEDICT): a map layered over the base would cost more in the segmenter's lookups.
  const stemIds = new Map(base?.stemIds ?? []);
  const entries = new Map(base?.entries ?? []);
  let maxWordLength = base?.maxWordLength ?? 1;
  for (const [g, stems] of learnedStems) {
    const ids = new Set(entries.get(g) ?? []);
    for (const s of stems) {
      let id = stemIds.get(s);
      if (id === undefined) {
        id = stemIds.size;
        stemIds.set(s, id);
      }
      ids.add(id);
    }
    entries.set(g, Int32Array.from(ids));
    maxWordLength = Math.max(maxWordLength, g.length);
  }
  return { lexicon: { entries, stemIds, maxWordLength }, learned };
}
