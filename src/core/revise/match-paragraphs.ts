/**
 * Two versions of one text in one language → which paragraph became which.
 * Paragraphs left exactly as they were, and found once on each side, anchor
 * the match (patience diff: the longest run of such anchors in order, by
 * longest increasing subsequence, O(n log n)); between two anchors, the old
 * and new paragraphs are paired in order by word overlap, so an edited
 * paragraph is a change, and a paragraph with nothing in common is an
 * addition or a removal. A Myers diff over paragraphs was tried first and
 * took 1.5 s on 5,000 paragraphs with half of them edited.
 */
import { isCjkLang } from '../text/split-sentences.ts';

export type ParagraphMatch =
  | { readonly kind: 'same'; readonly old: number; readonly new: number }
  | { readonly kind: 'changed'; readonly old: number; readonly new: number }
  | { readonly kind: 'removed'; readonly old: number }
  | { readonly kind: 'added'; readonly new: number };

/** Below this share of common words two paragraphs are different paragraphs, not versions of one. */
const MIN_SIMILARITY = 0.3;
/** Gaps larger than this (old × new paragraphs) are paired in order instead of by a full table. */
const MAX_GAP_CELLS = 250_000;

function tokenSet(text: string, cjk: boolean): Set<string> {
  const lower = text.toLowerCase();
  return new Set(cjk ? lower.replace(/\s+/g, '') : lower.match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const t of a) if (b.has(t)) common++;
  return (2 * common) / (a.size + b.size);
}

interface Sides {
  readonly oldNorm: readonly string[];
  readonly newNorm: readonly string[];
  readonly oldSet: (i: number) => Set<string>;
  readonly newSet: (j: number) => Set<string>;
}

function pairGap(sides: Sides, o0: number, o1: number, n0: number, n1: number, out: ParagraphMatch[]): void {
  // Equal ends of a gap are the same paragraphs (texts that occur more than once are no anchors).
  while (o0 < o1 && n0 < n1 && sides.oldNorm[o0] === sides.newNorm[n0]) out.push({ kind: 'same', old: o0++, new: n0++ });
  const tail: ParagraphMatch[] = [];
  while (o1 > o0 && n1 > n0 && sides.oldNorm[o1 - 1] === sides.newNorm[n1 - 1]) tail.push({ kind: 'same', old: --o1, new: --n1 });
  pairInOrder(sides, o0, o1, n0, n1, out);
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k] as ParagraphMatch);
}

/** Old paragraphs [o0, o1) against new [n0, n1): an order-keeping pairing that maximises overlap. */
function pairInOrder(sides: Sides, o0: number, o1: number, n0: number, n1: number, out: ParagraphMatch[]): void {
  const { oldSet, newSet } = sides;
  const m = o1 - o0;
  const n = n1 - n0;
  if (m === 0 || n === 0 || m * n > MAX_GAP_CELLS) {
    for (let i = 0; i < Math.max(m, n); i++) {
      if (i < m && i < n && similarity(oldSet(o0 + i), newSet(n0 + i)) >= MIN_SIMILARITY) out.push({ kind: 'changed', old: o0 + i, new: n0 + i });
      else {
        if (i < m) out.push({ kind: 'removed', old: o0 + i });
        if (i < n) out.push({ kind: 'added', new: n0 + i });
      }
    }
    return;
  }
  // score[i][j]: best total similarity pairing old[o0..o0+i) with new[n0..n0+j).
  const w = n + 1;
  const score = new Float64Array((m + 1) * w);
  const sim = new Float64Array(m * n);
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) sim[i * n + j] = similarity(oldSet(o0 + i), newSet(n0 + j));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const s = sim[(i - 1) * n + (j - 1)] as number;
      const pair = s >= MIN_SIMILARITY ? (score[(i - 1) * w + (j - 1)] as number) + s : -1;
      score[i * w + j] = Math.max(pair, score[(i - 1) * w + j] as number, score[i * w + (j - 1)] as number);
    }
  }
  const back: ParagraphMatch[] = [];
  let i = m;
  let j = n;
  while (i > 0 || j > 0) {
    const s = i > 0 && j > 0 ? (sim[(i - 1) * n + (j - 1)] as number) : 0;
    if (i > 0 && j > 0 && s >= MIN_SIMILARITY && score[i * w + j] === (score[(i - 1) * w + (j - 1)] as number) + s) {
      back.push({ kind: 'changed', old: o0 + i - 1, new: n0 + j - 1 });
      i--; j--;
    } else if (j > 0 && (i === 0 || score[i * w + j] === score[i * w + (j - 1)])) {
      // Walking backwards, additions first: forwards, a removal then comes before the addition that replaces it.
      back.push({ kind: 'added', new: n0 + j - 1 });
      j--;
    } else {
      back.push({ kind: 'removed', old: o0 + i - 1 });
      i--;
    }
  }
  for (let k = back.length - 1; k >= 0; k--) out.push(back[k] as ParagraphMatch);
}

/** Pairs (old, new) of texts found exactly once on each side, the longest run of them in order on both. */
function anchors(oldNorm: readonly string[], newNorm: readonly string[]): Array<[number, number]> {
  const count = (xs: readonly string[]) => {
    const m = new Map<string, number>();
    xs.forEach((x, i) => m.set(x, m.has(x) ? -1 : i));
    return m;
  };
  const inOld = count(oldNorm);
  const inNew = count(newNorm);
  const pairs: Array<[number, number]> = [];
  oldNorm.forEach((t, i) => {
    const j = inNew.get(t);
    if (j !== undefined && j >= 0 && inOld.get(t) === i) pairs.push([i, j]);
  });
  // Longest increasing subsequence of the new positions (patience sorting with back links).
  const tops: number[] = [];
  const back = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tops.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((pairs[tops[mid] as number] as [number, number])[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) back[k] = tops[lo - 1] as number;
    tops[lo] = k;
  });
  const out: Array<[number, number]> = [];
  for (let k = tops.length ? (tops[tops.length - 1] as number) : -1; k >= 0; k = back[k] as number) out.push(pairs[k] as [number, number]);
  return out.reverse();
}

export function matchParagraphs(oldTexts: readonly string[], newTexts: readonly string[], lang: string): ParagraphMatch[] {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const oldNorm = oldTexts.map(norm);
  const newNorm = newTexts.map(norm);
  const cjk = isCjkLang(lang);
  // Word sets are made only for paragraphs that land in a gap.
  const lazy = (texts: readonly string[]) => {
    const cache = new Map<number, Set<string>>();
    return (i: number) => {
      let s = cache.get(i);
      if (!s) cache.set(i, (s = tokenSet(texts[i] ?? '', cjk)));
      return s;
    };
  };
  const sides: Sides = { oldNorm, newNorm, oldSet: lazy(oldNorm), newSet: lazy(newNorm) };
  const out: ParagraphMatch[] = [];
  let o = 0;
  let n = 0;
  for (const [i, j] of anchors(oldNorm, newNorm)) {
    pairGap(sides, o, i, n, j, out);
    out.push({ kind: 'same', old: i, new: j });
    o = i + 1;
    n = j + 1;
  }
  pairGap(sides, o, oldTexts.length, n, newTexts.length, out);
  return out;
}
