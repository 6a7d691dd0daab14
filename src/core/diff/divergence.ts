/**
 * How far two renderings of one row drift apart, for the heat-map:
 * 0 = the same words, 1 = no word in common. Whitespace and punctuation do
 * not count; word order does (it is the share of words outside the diff's
 * equal runs).
 */
import { tokenizeWords } from './tokenize-words.ts';
import type { DiffOp } from './word-diff.ts';
import { wordDiff } from './word-diff.ts';

const WORD = /[\p{L}\p{N}]/u;

function countWords(text: string, lang: string): number {
  let n = 0;
  for (const t of tokenizeWords(text, lang)) if (WORD.test(t)) n++;
  return n;
}

/** Divergence from a diff already computed (the UI has it for the row). */
export function divergenceOfOps(ops: readonly DiffOp[], lang: string): number {
  let same = 0;
  let changed = 0;
  for (const o of ops) {
    const n = countWords(o.text, lang);
    if (o.op === 'equal') same += 2 * n;
    else changed += n;
  }
  const total = same + changed;
  return total === 0 ? 0 : changed / total;
}

export function divergence(a: string, b: string, lang: string): number {
  if (a === b) return 0;
  if (!a.trim() || !b.trim()) return a.trim() === b.trim() ? 0 : 1;
  return divergenceOfOps(wordDiff(a, b, lang), lang);
}
