/** CSL-JSON (Zotero, Mendeley, pandoc): one `manuscript` item for the archival document. */
import { dateParts, pageRange, type DocumentCitation } from './document-citation.ts';

export function toCslJson(c: DocumentCitation): string {
  const issued = dateParts(c.date);
  const accessed = dateParts(c.accessed);
  const item = {
    id: c.id,
    type: 'manuscript',
    ...(c.title ? { title: c.title } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    ...(c.archive ? { archive: c.archive } : {}),
    ...(c.archiveRef ? { archive_location: c.archiveRef } : {}),
    ...(c.pages ? { page: pageRange(c.pages).join('-') || c.pages } : {}),
    ...(c.translator ? { translator: [{ literal: c.translator }] } : {}),
    ...(c.url ? { URL: c.url } : {}),
    ...(accessed ? { accessed: { 'date-parts': [accessed] } } : {}),
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}
