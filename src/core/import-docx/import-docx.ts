/**
 * A Word file → a work with one witness (the original, unless said
 * otherwise) and its notes as editorial notes anchored in their paragraphs,
 * which the edition prints as footnotes. Warnings (tracked changes) come
 * back beside the work for the caller to show.
 */
import type { EditorialNote } from '../edition/paragraph-inlines.ts';
import { buildWitness, LANGUAGE_TAG } from '../import/build-witness.ts';
import { importErrors } from '../import/import-errors.ts';
import { workIdFromName } from '../import/import-file.ts';
import { guessLanguage } from '../import/language-of.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type WitnessRole, type Work } from '../model/work.ts';
import { err, ok, type PxError, type Result } from '../result.ts';
import { readDocx, type DocxText } from './read-docx.ts';

export interface DocxImport {
  readonly work: Work;
  readonly notes: readonly EditorialNote[];
  readonly warnings: readonly PxError[];
}

export interface ImportDocxOptions {
  readonly lang?: string;
  readonly role?: WitnessRole;
  readonly witnessId?: string;
}

const NOTE_LABEL = { footnote: 'Footnote in the Word file', endnote: 'Endnote in the Word file', comment: 'Comment in the Word file' } as const;

export function docxNotes(docx: DocxText, paragraphIds: readonly string[]): EditorialNote[] {
  return docx.paragraphs.flatMap((p, i) => p.notes.map((n) => ({
    paragraphId: paragraphIds[i] ?? '',
    offset: n.offset,
    text: `${NOTE_LABEL[n.kind]}${n.author ? ` (${n.author})` : ''}: ${n.text}`,
  })));
}

export async function importDocx(name: string, bytes: Uint8Array, opts: ImportDocxOptions = {}): Promise<Result<DocxImport, PxError>> {
  if (opts.lang !== undefined && !LANGUAGE_TAG.test(opts.lang)) return err(importErrors.badLanguage(opts.lang));
  const docx = await readDocx(name, bytes);
  if (!docx.ok) return docx;
  const lang = opts.lang ?? guessLanguage(docx.value.paragraphs.slice(0, 50).map((p) => p.text).join('\n'));
  const base = name.split(/[\\/]/).pop() ?? name;
  const witness = buildWitness(
    { witnessId: opts.witnessId ?? lang.replace(/[^\w.-]/g, '-'), lang, role: opts.role ?? 'original', label: base, provenance: `Imported from ${base}` },
    docx.value.paragraphs.map((p) => ({ kind: p.kind, text: p.text, ...(p.pageBreaks.length ? { pageBreaks: p.pageBreaks } : {}) })),
  );
  const heading = witness.paragraphs[0]?.kind === 'heading' ? witness.paragraphs[0].text : null;
  const work: Work = {
    format: WORK_FORMAT, version: WORK_VERSION, id: workIdFromName(base.replace(/\.docx$/i, '')),
    meta: { ...emptyMeta(), title: heading }, witnesses: [witness], notes: null,
  };
  return ok({ work, notes: docxNotes(docx.value, witness.paragraphs.map((p) => p.id)), warnings: docx.value.warnings });
}
