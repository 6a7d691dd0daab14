/**
 * Two versions of one text in one language → which paragraph became which.
 * Paragraphs left exactly as they were anchor the match (a Myers diff over
 * paragraphs, each distinct text coded as one character); between two
 * anchors, the old and new paragraphs are paired in order by word overlap,
 * so an edited paragraph is a change, and a paragraph with nothing in common
 * is an addition or a removal.
 */
import DiffMatchPatch from 'diff-match-patch';
import { isCjkLang } from '../text/split-sentences.ts';
import { myersDiff } from '../diff/myers-diff.ts';

export type ParagraphMatch =
  | { readonly kind: 'same'; readonly old: number; readonly new: number }
  | { readonly kind: 'changed'; readonly old: number; readonly new: number }
  | { readonly kind: 'removed'; readonly old: number }
  | { readonly kind: 'added'; readonly new: number };

/** Below this share of common words two paragraphs are different paragraphs, not versions of one. */
const MIN_SIMILARITY = 0.3;
/** Gaps larger than this (old × new paragraphs) are paired in order instead of by a full table. */
const MAX_GAP_CELLS = 250_000;
/** Code units from here on stand for paragraphs; below is left alone, surrogates are skipped. */
const FIRST_CODE = 0x100;

function codeParagraphs(oldTexts: readonly string[], newTexts: readonly string[]): [string, string] | null {
  const codes = new Map<string, string>();
  const code = (t: string): string | null => {
    let c = codes.get(t);
    if (c === undefined) {
      let n = FIRST_CODE + codes.size;
      if (n >= 0xd800) n += 0x800;
      if (n > 0xffff) return null;
      c = String.fromCharCode(n);
      codes.set(t, c);
    }
    return c;
  };
  let a = '';
  let b = '';
  for (const t of oldTexts) { const c = code(t); if (c === null) return null; a += c; }
  for (const t of newTexts) { const c = code(t); if (c === null) return null; b += c; }
  return [a, b];
}

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

/** Old paragraphs [o0, o1) against new [n0, n1): an order-keeping pairing that maximises overlap. */
function pairGap(oldSets: readonly Set<string>[], newSets: readonly Set<string>[], o0: number, o1: number, n0: number, n1: number, out: ParagraphMatch[]): void {
  const m = o1 - o0;
  const n = n1 - n0;
  if (m === 0 || n === 0 || m * n > MAX_GAP_CELLS) {
    for (let i = 0; i < Math.max(m, n); i++) {
      if (i < m && i < n && similarity(oldSets[o0 + i] as Set<string>, newSets[n0 + i] as Set<string>) >= MIN_SIMILARITY) out.push({ kind: 'changed', old: o0 + i, new: n0 + i });
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
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) sim[i * n + j] = similarity(oldSets[o0 + i] as Set<string>, newSets[n0 + j] as Set<string>);
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

export function matchParagraphs(oldTexts: readonly string[], newTexts: readonly string[], lang: string): ParagraphMatch[] {
  const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
  const oldNorm = oldTexts.map(norm);
  const newNorm = newTexts.map(norm);
  const cjk = isCjkLang(lang);
  const oldSets = oldNorm.map((t) => tokenSet(t, cjk));
  const newSets = newNorm.map((t) => tokenSet(t, cjk));
  const out: ParagraphMatch[] = [];
  const coded = codeParagraphs(oldNorm, newNorm);
  if (!coded) {
    pairGap(oldSets, newSets, 0, oldTexts.length, 0, newTexts.length, out);
    return out;
  }
  let o = 0;
  let n = 0;
  let gapO = 0;
  let gapN = 0;
  for (const [op, text] of myersDiff(coded[0], coded[1])) {
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      pairGap(oldSets, newSets, gapO, o, gapN, n, out);
      for (let k = 0; k < text.length; k++) out.push({ kind: 'same', old: o + k, new: n + k });
      o += text.length;
      n += text.length;
      gapO = o;
      gapN = n;
    } else if (op === DiffMatchPatch.DIFF_DELETE) o += text.length;
    else n += text.length;
  }
  pairGap(oldSets, newSets, gapO, o, gapN, n, out);
  return out;
}
