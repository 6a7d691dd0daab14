/**
 * What a reference manager needs to cite the archival document: taken from
 * the work's metadata and the archive's own citation (parseCitation), never
 * from the texts written for this project. Shared by the CSL-JSON, RIS and
 * BibTeX writers and by "Cite this passage".
 */
import { parseCitation } from '../../import/parse-citation.ts';
import type { Work } from '../../model/work.ts';

export interface DocumentCitation {
  /** Stable key: the work id. */
  readonly id: string;
  readonly title: string | null;
  /** ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date: string | null;
  readonly archive: string | null;
  readonly archiveRef: string | null;
  readonly pages: string | null;
  readonly translator: string | null;
  /** Only http(s): anything else is left out. */
  readonly url: string | null;
  /** ISO date the reader consulted it. */
  readonly accessed: string;
}

const HTTP = /^https?:\/\/[^\s<>"]+$/i;

export function documentCitation(work: Work, accessed: Date): DocumentCitation {
  const m = work.meta;
  const cited = m.citation ? parseCitation(m.citation) : null;
  const url = m.url ?? cited?.url ?? null;
  return {
    id: work.id,
    title: m.title ?? cited?.title ?? null,
    date: m.date ?? cited?.date ?? null,
    archive: cited?.archive ?? null,
    archiveRef: m.archiveRef ?? cited?.archiveRef ?? null,
    pages: m.pages ?? cited?.pages ?? null,
    translator: m.translator ?? cited?.translator ?? null,
    url: url && HTTP.test(url) ? url : null,
    accessed: accessed.toISOString().slice(0, 10),
  };
}

/** `1962-04-30` → [1962, 4, 30]: CSL's date-parts, RIS's and BibTeX's pieces. */
export function dateParts(iso: string | null): number[] | null {
  const m = iso ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso) : null;
  if (!m) return null;
  return [m[1], m[2], m[3]].filter((x): x is string => x !== undefined).map(Number);
}

/** `39-42` → ['39', '42']; `ll. 22-24` → ['22', '24']; `5` → ['5']. */
export function pageRange(pages: string | null): string[] {
  const m = pages ? /(\d+[a-z]?)(?:\s*[-–]\s*(\d+[a-z]?))?/.exec(pages) : null;
  return m ? [m[1], m[2]].filter((x): x is string => x !== undefined) : [];
}
