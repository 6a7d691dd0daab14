/**
 * The key a row's saved sentence pairs are stored under. Its own file so that
 * storage can key them without loading the aligner (and pinyin) on first paint.
 */

/** One key per paragraph row, from its paragraph ids on both sides (ids are stable across edits). */
export function sentencePairsKey(sourceParagraphIds: readonly string[], targetParagraphIds: readonly string[]): string {
  return `${sourceParagraphIds.join(' ')}|${targetParagraphIds.join(' ')}`;
}
