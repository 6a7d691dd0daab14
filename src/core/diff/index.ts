export { boundedWordDiff, wordDiff, type BoundedDiff, type DiffOp, type WordDiffOptions } from './word-diff.ts';
export { tokenizeWords, isUnspacedLanguage, type ChineseTokens } from './tokenize-words.ts';
export { DiffMemo, DEFAULT_MEMO_SIZE } from './diff-memo.ts';
export { divergence, divergenceOfOps } from './divergence.ts';
export { divergenceByRow } from './row-divergence.ts';
export { markNameVariants, type NamedDiffOp } from './name-variant-ops.ts';
