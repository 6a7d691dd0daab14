/**
 * An aligned row cut into aligned sentences, for sentence-segmented TMX and
 * XLIFF (a translation memory built from an edition is reused sentence by
 * sentence). Each side of a row is its paragraphs joined by a blank line, as
 * the paragraph-level files write it; a sentence pair covers a span of each
 * side, and the text between two pairs (a space, a paragraph break) is kept
 * so the row's text is exactly the concatenation of spans and gaps.
 */
import { alignSentencesWithin } from '../alignment/align-sentences.ts';
import { isCurrentFor, isWellFormed, sentencePairsKey, type SentencePairs } from '../alignment/sentence-pairs.ts';
import type { AlignmentRow } from '../alignment/types.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { EditionCell, EditionRow } from '../edition/edition.ts';
import { splitSentences } from '../text/split-sentences.ts';

export interface SentenceSpanIds {
  /** Offsets in the side's row text. */
  readonly start: number;
  readonly end: number;
  /** `en-p4-s2`: paragraph id, then the sentence's 1-based place in it. */
  readonly ids: readonly string[];
}

export interface SentencePair {
  readonly source: SentenceSpanIds;
  readonly target: SentenceSpanIds;
}

export interface SentenceRow {
  readonly sourceText: string;
  readonly targetText: string;
  readonly pairs: readonly SentencePair[];
}

export const PARAGRAPH_SEPARATOR = '\n\n';

export function sentenceId(paragraphId: string, k: number): string {
  return `${paragraphId}-s${k}`;
}

interface SideSentences {
  readonly text: string;
  readonly spans: Array<{ start: number; end: number; id: string }>;
}

function sideSentences(cell: EditionCell): SideSentences {
  let text = '';
  const spans: SideSentences['spans'] = [];
  cell.paragraphs.forEach((p, i) => {
    if (i > 0) text += PARAGRAPH_SEPARATOR;
    const offset = text.length;
    splitSentences(p.text, p.lang).forEach((s, k) => spans.push({ start: offset + s.start, end: offset + s.end, id: sentenceId(p.id, k + 1) }));
    text += p.text;
  });
  return { text, spans };
}

function cover(side: SideSentences, indices: readonly number[], at: number): SentenceSpanIds {
  const first = indices.length ? side.spans[indices[0] as number] : undefined;
  const last = indices.length ? side.spans[indices[indices.length - 1] as number] : undefined;
  if (!first || !last) return { start: at, end: at, ids: [] };
  return { start: first.start, end: last.end, ids: indices.map((k) => side.spans[k]?.id ?? '') };
}

/**
 * The sentence pairs an editor corrected in the app for this row, when they
 * were made for exactly the paragraphs and texts being exported; null otherwise.
 */
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

export interface SentenceUnitOptions {
  readonly units?: 'paragraphs' | 'sentences';
  readonly lexicon?: Lexicon;
  /** Sentence pairs corrected in the app, by sentencePairsKey(): such a row is written sentence by sentence even at paragraph level. */
  readonly sentencePairs?: ReadonlyMap<string, SentencePairs>;
}

/** The row cut into sentence pairs when it is to be written so (corrected pairs, or sentence units asked for); null for one unit. */
export function sentenceRowFor(row: EditionRow, opts: SentenceUnitOptions): SentenceRow | null {
  const saved = savedPairsFor(row, opts.sentencePairs);
  if (saved) return sentenceRow(row, opts.lexicon, saved);
  return opts.units === 'sentences' ? sentenceRow(row, opts.lexicon) : null;
}

export function sentenceRow(row: EditionRow, lexicon?: Lexicon, saved?: SentencePairs): SentenceRow {
  const source = sideSentences(row.original);
  const target = sideSentences(row.translation);
  const sourceLang = row.original.lang;
  const targetLang = row.translation.lang;
  // Saved pairs index the same sentences (each paragraph split in order), so sentence k is span k either way.
  const rows: readonly AlignmentRow[] = saved?.rows ?? alignSentencesWithin(
    { rows: [{ source: row.original.paragraphs.map((_, i) => i), target: row.translation.paragraphs.map((_, i) => i), score: 1, status: 'auto' }] },
    row.original.paragraphs.map((p) => p.text), row.translation.paragraphs.map((p) => p.text),
    { sourceLang, targetLang, ...(lexicon ? { lexicon } : {}) },
  ).alignment.rows;
  const pairs: SentencePair[] = [];
  let s = 0;
  let t = 0;
  for (const r of rows) {
    const src = cover(source, r.source, s);
    const trg = cover(target, r.target, t);
    pairs.push({ source: src, target: trg });
    s = src.end;
    t = trg.end;
  }
  return { sourceText: source.text, targetText: target.text, pairs };
}
