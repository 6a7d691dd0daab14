/**
 * The source note, footnote 1 of every document: where the text comes from
 * (archive, reference, pages, translator, citation, URL) and which texts were
 * written for this project rather than taken from the archive.
 */
import { isWebUrl } from '../model/check-work.ts';
import type { Work } from '../model/work.ts';
import type { SourceNote } from './edition.ts';
import { parseCitation } from '../import/parse-citation.ts';
import { joinSentences } from './join-sentences.ts';

/** The archive's name as its own citation gives it: `…, Wilson Center Digital Archive, …`, or any other collection. */
export function archiveName(citation: string | null): string | null {
  return citation ? parseCitation(citation).archive : null;
}

export function buildSourceNote(work: Work, archive?: string): SourceNote {
  const meta = work.meta;
  const archiveLabel = archive ?? archiveName(meta.citation);
  const projectRenderings = work.witnesses
    .filter((w) => w.preparedForProject)
    .map((w) => ({ witnessId: w.id, label: w.label, lang: w.lang }));
  const where = [archiveLabel, meta.archiveRef, meta.pages ? `pp. ${meta.pages}` : null].filter(Boolean).join(', ');
  const sentences = [
    where ? `Source: ${where}.` : 'Source: not recorded.',
    meta.translator ? `Translated by ${meta.translator}.` : null,
    meta.citation ? `Cited by the archive as: ${meta.citation}` : null,
    meta.url && isWebUrl(meta.url) && !(meta.citation ?? '').includes(meta.url) ? meta.url : null,
    projectRenderings.length
      ? `Written for this project for demonstration and testing, not the archive's: ${projectRenderings.map((r) => `${r.label} (${r.lang})`).join('; ')}. Do not cite their wording as the document's.`
      : null,
  ].filter((s): s is string => !!s);
  return {
    archive: archiveLabel,
    archiveRef: meta.archiveRef,
    pages: meta.pages,
    translator: meta.translator,
    citation: meta.citation,
    // Only a web link becomes a link (TEI <ref target>, HTML): a javascript: or data: URL would be live after TEI→HTML.
    url: meta.url !== null && isWebUrl(meta.url) ? meta.url : null,
    projectRenderings,
    text: joinSentences(sentences),
  };
}
