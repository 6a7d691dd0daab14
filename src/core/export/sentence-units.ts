/**
 * Saved sentence pairs for the interchange formats (TMX, XLIFF): a row is
 * written sentence by sentence only when its pairs were made for exactly the
 * paragraphs and texts being exported; otherwise it stays one unit.
 */
import { isCurrentFor, isWellFormed, sentencePairsKey, type SentencePairs } from '../alignment/sentence-pairs.ts';
import type { EditionCell, EditionRow } from '../edition/edition.ts';

export function savedPairsFor(row: EditionRow, saved: ReadonlyMap<string, SentencePairs> | undefined): SentencePairs | null {
  if (!saved || saved.size === 0) return null;
  const ids = (c: EditionCell) => c.paragraphs.map((p) => p.id);
  const pairs = saved.get(sentencePairsKey(ids(row.original), ids(row.translation)));
  if (!pairs || !isWellFormed(pairs)) return null;
  const texts = (c: EditionCell) => c.paragraphs.map((p) => p.text);
  const current = isCurrentFor(pairs, {
    sourceParagraphIds: ids(row.original), targetParagraphIds: ids(row.translation),
    sourceTexts: texts(row.original), targetTexts: texts(row.translation),
  }, row.original.lang, row.translation.lang);
  return current ? pairs : null;
}

export const joinSentences = (sentences: readonly string[], at: readonly number[]): string => at.map((i) => sentences[i] ?? '').join(' ');
