/**
 * buildEdition: a work's approved texts and alignment → the edition model
 * every exporter renders. Pure and synchronous; footnotes are numbered here,
 * once, so every format agrees.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import { originalOf, translationsOf, type Witness, type Work } from '../model/work.ts';
import { err, ok, pxError, type Result } from '../result.ts';
import { alignedParagraphRows } from './aligned-paragraph-rows.ts';
import { dateline } from './dateline.ts';
import type { Approval, Edition, EditionCell, EditionRow, Footnote, NameListEntry, VariantReading } from './edition.ts';
import { buildFrontMatter } from './front-matter.ts';
import { buildNameIndex } from './name-index.ts';
import { paragraphInlines, type EditorialNote, type FootnoteSink } from './paragraph-inlines.ts';
import { buildRevisionStatement } from './revision-statement.ts';
import { buildSourceNote } from './source-note.ts';

export interface BuildEditionOptions {
  /** The translation printed beside the original; default: the first translation. */
  readonly translationId?: string;
  /** Document number within the volume (FRUS style); id `d<n>`. Default 1. */
  readonly documentNumber?: number;
  /** Editor-supplied heading; default: the archive's title. */
  readonly heading?: string;
  readonly place?: string;
  /** Archive name when the citation does not give it. */
  readonly archive?: string;
  /** Readings of the other translations where they differ. */
  readonly apparatus?: boolean;
  /** False for the translation-only layout: the original is left out, and so are its footnotes. */
  readonly includeOriginal?: boolean;
  /** The name authority (translations/names.json entries, and the work's own). */
  readonly names?: readonly NameListEntry[];
  readonly editorialNotes?: readonly EditorialNote[];
  /** Approvals from the revision store; empty for a freshly imported work. */
  readonly approvals?: readonly Approval[];
}

function chooseWitnesses(work: Work, translationId?: string): Result<{ original: Witness; translation: Witness; others: Witness[] }> {
  const original = originalOf(work);
  if (!original) return err(pxError('EXPORT_NO_ORIGINAL', `Work "${work.id}" has no original witness`, 'mark one witness as the original before exporting'));
  const translations = translationsOf(work);
  const translation = translationId ? translations.find((w) => w.id === translationId) : translations[0];
  if (!translation) {
    return err(translationId
      ? pxError('EXPORT_UNKNOWN_WITNESS', `Work "${work.id}" has no translation "${translationId}"`, `use one of: ${translations.map((w) => w.id).join(', ') || '(none)'}`)
      : pxError('EXPORT_NO_TRANSLATION', `Work "${work.id}" has no translation`, 'import a translation before exporting an edition'));
  }
  return ok({ original, translation, others: translations.filter((w) => w !== translation) });
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function buildEdition(work: Work, alignment: WorkAlignment, opts: BuildEditionOptions = {}): Result<Edition> {
  const chosen = chooseWitnesses(work, opts.translationId);
  if (!chosen.ok) return chosen;
  const { original, translation, others } = chosen.value;
  const idRows = alignedParagraphRows(work.witnesses, alignment);
  if (!idRows.ok) return idRows;

  const documentNumber = opts.documentNumber ?? 1;
  const documentId = `d${documentNumber}`;
  const sourceNote = buildSourceNote(work, opts.archive);
  const footnotes: Footnote[] = [{ n: 1, kind: 'source', text: sourceNote.text }];
  const sink: FootnoteSink = {
    add(note) {
      const n = footnotes.length + 1;
      footnotes.push({ ...note, n });
      return n;
    },
  };
  const notesByParagraph = new Map<string, EditorialNote[]>();
  for (const note of opts.editorialNotes ?? []) notesByParagraph.set(note.paragraphId, [...(notesByParagraph.get(note.paragraphId) ?? []), note]);

  const byId = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, p] as const)));
  const unnumbered: FootnoteSink = { add: () => 0 };
  const cell = (w: Witness, ids: readonly string[], notes: FootnoteSink = sink): EditionCell => ({
    witnessId: w.id,
    lang: w.lang,
    paragraphs: ids.flatMap((id) => {
      const p = byId.get(id);
      return p ? [paragraphInlines(p, w.id, w.lang, notes === sink ? (notesByParagraph.get(id) ?? []) : [], notes)] : [];
    }),
  });
  const includeOriginal = opts.includeOriginal ?? true;

  const rows: EditionRow[] = [];
  for (const r of idRows.value) {
    const origIds = includeOriginal ? (r.cells[original.id] ?? []) : [];
    const transIds = r.cells[translation.id] ?? [];
    const otherCells = others.map((w) => cell(w, r.cells[w.id] ?? [], unnumbered));
    if (origIds.length === 0 && transIds.length === 0 && otherCells.every((c) => c.paragraphs.length === 0)) continue;
    const n = rows.length + 1;
    const originalCell = cell(original, origIds);
    const translationCell = cell(translation, transIds);
    const edited = opts.apparatus ? normalised(translationCell.paragraphs.map((p) => p.text).join('\n\n')) : '';
    const variants: VariantReading[] = opts.apparatus
      ? others.flatMap((w, i) => {
          const paras = otherCells[i]?.paragraphs ?? [];
          const text = paras.map((p) => p.text).join('\n\n');
          return normalised(text) === edited ? [] : [{ witnessId: w.id, label: w.label, lang: w.lang, paragraphIds: paras.map((p) => p.id), text }];
        })
      : [];
    rows.push({ n, id: `${documentId}-r${n}`, original: originalCell, translation: translationCell, others: otherCells, variants, flagged: r.flagged });
  }

  const names = opts.names ?? [];
  const index = buildNameIndex(documentId, rows, names);
  // The front matter lists the names this document uses, not the whole authority.
  const used = new Set(index.map((i) => i.nameId));
  return ok({
    format: 'parallax.edition',
    version: 1,
    workId: work.id,
    documentId,
    documentNumber,
    heading: opts.heading ?? work.meta.title ?? 'Untitled document',
    dateline: dateline(opts.place ?? null, work.meta.date),
    originalWitnessId: original.id,
    translationWitnessId: translation.id,
    originalLang: original.lang,
    translationLang: translation.lang,
    sourceNote,
    rows,
    footnotes,
    frontMatter: buildFrontMatter(work, names.filter((n) => used.has(n.id))),
    index,
    revisions: buildRevisionStatement(opts.approvals ?? []),
    hasApparatus: opts.apparatus ?? false,
  });
}
