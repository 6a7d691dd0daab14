/**
 * The sentence pairs inside one aligned paragraph row (InterText's core):
 * the row's paragraphs split into sentences on each side and aligned, then
 * corrected by hand with the edit operations of edit-alignment.ts. Saved
 * with the sentences it was made for, so a later change to a paragraph's
 * text shows as a stale alignment instead of pairing the wrong sentences.
 */
import { splitSentences } from '../text/split-sentences.ts';
import { alignUnits, type AlignUnitsFullOptions } from './align-units.ts';
import type { AlignmentRow } from './types.ts';

export interface SentencePairs {
  /** The paragraph row it refines: the original's paragraph ids and the translation's. */
  readonly sourceParagraphIds: readonly string[];
  readonly targetParagraphIds: readonly string[];
  readonly sourceSentences: readonly string[];
  readonly targetSentences: readonly string[];
  /** Rows over sentence indices; every sentence of both sides is in exactly one row. */
  readonly rows: readonly AlignmentRow[];
}

/** One key per paragraph row, from its paragraph ids on both sides (ids are stable across edits). */
export function sentencePairsKey(sourceParagraphIds: readonly string[], targetParagraphIds: readonly string[]): string {
  return `${sourceParagraphIds.join(' ')}|${targetParagraphIds.join(' ')}`;
}

export function sentencesOf(paragraphs: readonly string[], lang: string): string[] {
  return paragraphs.flatMap((p) => splitSentences(p, lang).map((s) => s.text));
}

export interface RowTexts {
  readonly sourceParagraphIds: readonly string[];
  readonly targetParagraphIds: readonly string[];
  readonly sourceTexts: readonly string[];
  readonly targetTexts: readonly string[];
}

/** Splits the row's paragraphs into sentences and aligns them (with the dictionary when given). */
export function alignRowSentences(row: RowTexts, opts: AlignUnitsFullOptions): SentencePairs {
  const sourceSentences = sentencesOf(row.sourceTexts, opts.sourceLang);
  const targetSentences = sentencesOf(row.targetTexts, opts.targetLang);
  return {
    sourceParagraphIds: [...row.sourceParagraphIds],
    targetParagraphIds: [...row.targetParagraphIds],
    sourceSentences,
    targetSentences,
    rows: alignUnits(sourceSentences, targetSentences, opts).rows,
  };
}

const sameList = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x, k) => x === b[k]);

/** True when a saved alignment was made for exactly these sentences (no paragraph changed since). */
export function isCurrentFor(saved: SentencePairs, row: RowTexts, sourceLang: string, targetLang: string): boolean {
  return sameList(saved.sourceParagraphIds, row.sourceParagraphIds) && sameList(saved.targetParagraphIds, row.targetParagraphIds) &&
    sameList(saved.sourceSentences, sentencesOf(row.sourceTexts, sourceLang)) &&
    sameList(saved.targetSentences, sentencesOf(row.targetTexts, targetLang));
}

/**
 * A saved alignment as read back from storage or a bundle: the rows must
 * cover each sentence exactly once, in order, or it is not used.
 */
export function isWellFormed(p: SentencePairs): boolean {
  let s = 0;
  let t = 0;
  for (const r of p.rows) {
    for (const k of r.source) if (k !== s++) return false;
    for (const k of r.target) if (k !== t++) return false;
    if (r.source.length === 0 && r.target.length === 0) return false;
  }
  return s === p.sourceSentences.length && t === p.targetSentences.length;
}
