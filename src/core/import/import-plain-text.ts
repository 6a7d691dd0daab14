/**
 * Plain text in any language → one witness. The first line can be declared a
 * title (it becomes a `heading`), page-broken paragraphs are joined and
 * recorded, and a paragraph that is only `[...]` is an omission.
 */
import { err, ok, type Result } from '../result.ts';
import type { Witness } from '../model/work.ts';
import { buildWitness, type WitnessFields } from './build-witness.ts';
import { markClosing, markOmissions } from './classify-paragraphs.ts';
import { MAX_PARAGRAPHS } from '../model/model-limits.ts';
import { importErrors } from './import-errors.ts';
import { repairPageBreaks, type DraftParagraph } from './repair-page-breaks.ts';
import { splitPlainTextPieces, type PlainPiece, type SplitMode } from './split-plain-text.ts';

export interface PlainTextOptions extends WitnessFields {
  readonly mode?: SplitMode;
  /** The first paragraph is the document's title: a `heading`, not body text. */
  readonly firstLineIsTitle?: boolean;
  /** Shown in error messages. */
  readonly name?: string;
}

export function importPlainText(text: string, opts: PlainTextOptions): Result<Witness> {
  const pieces = splitPlainTextPieces(text, opts.mode ?? 'auto');
  if (pieces.length === 0) return err(importErrors.noParagraphs(opts.name ?? 'the text'));
  // Refused before any paragraph is built (checkWork would say the same after the whole import).
  if (pieces.length > MAX_PARAGRAPHS) return err(importErrors.tooManyParagraphs(opts.name ?? 'the text', pieces.length, MAX_PARAGRAPHS));
  return ok(buildWitness(opts, plainTextDrafts(pieces, opts.firstLineIsTitle ?? false)));
}

export function plainTextDrafts(pieces: readonly PlainPiece[], firstLineIsTitle: boolean): DraftParagraph[] {
  const [first, ...rest] = pieces;
  const title: DraftParagraph[] = firstLineIsTitle && first !== undefined ? [{ kind: 'heading', text: first.text }] : [];
  const body = (firstLineIsTitle ? rest : pieces).map((p): DraftParagraph => ({ kind: 'text', text: p.text, layoutContinues: p.layoutContinues }));
  return [...title, ...markClosing(repairPageBreaks(markOmissions(body)))];
}
