/**
 * The archive's citation, e.g.
 *   "The Soviet Document …", April 30, 1962, Wilson Center Digital Archive,
 *   PRC FMA 118-01764-05, 39-42. Translated by 7Brands.
 *   <https://…/document/121617>
 * → archive reference, pages, translator, URL, title and date. Every part is
 * optional: other documents lack a translator, pages or the archive name.
 */
import { parseIsoDate } from './parse-date.ts';

export interface CitationParts {
  readonly title: string | null;
  readonly date: string | null;
  readonly archiveRef: string | null;
  readonly pages: string | null;
  readonly translator: string | null;
  readonly url: string | null;
}

const URL_IN_BRACKETS = /<(https?:\/\/[^>\s]+)>/;
const BARE_URL = /https?:\/\/[^\s<>"]+/;
/** "Translated by X.", "Translated for CWIHP by X.", "Obtained and translated by X." */
const TRANSLATED_BY = /\b[Tt]ranslated\s+(?:for\s+[\w.]+\s+)?by\s+(.+?)(?:\.(?:\s|$)|\n|$)/;
const QUOTED_TITLE = /^\s*["“](.+?)["”]\s*,\s*/s;
/** The archive's own name: "Wilson Center Digital Archive", older exports "History and Public Policy Program Digital Archive". */
const ARCHIVE_NAME = /\bDigital Archive\s*,\s*/i;
/** After the reference, the credit sentences: "Translated by …", "Obtained by …", "Contributed by …". */
const TRAILING_CREDIT = /\.?\s*\b(?:Translated|Obtained|Contributed|Donated|Edited)\s+(?:and\s+\w+\s+)?(?:for\s+[\w.]+\s+)?by\b.*$/s;
/** "39-42", "p. 12", "pp. 3-5", "ll. 52-54", "5", "39–42". */
const PAGES = /^(?:pp?\.|ll?\.|pages?|folios?|ff?\.)?\s*\d+[a-z]?(?:\s*[-–]\s*\d+[a-z]?)?$/i;

export function parseCitation(citation: string): CitationParts {
  const url = URL_IN_BRACKETS.exec(citation)?.[1] ?? BARE_URL.exec(citation)?.[0] ?? null;
  const sentence = citation.replace(URL_IN_BRACKETS, '').replace(BARE_URL, '').replace(/\s+/g, ' ').trim();
  const translator = TRANSLATED_BY.exec(sentence)?.[1]?.trim() || null;
  const titleMatch = QUOTED_TITLE.exec(sentence);
  const title = titleMatch?.[1]?.trim() ?? null;
  const afterTitle = titleMatch ? sentence.slice(titleMatch[0].length) : sentence;
  const date = findDate(afterTitle);
  const { archiveRef, pages } = referenceAndPages(afterTitle);
  return { title, date, archiveRef, pages, translator, url };
}

/** The date is the first comma-separated run that parses ("April 30, 1962" spans two segments). */
function findDate(text: string): string | null {
  const parts = text.split(',').map((s) => s.trim());
  for (let i = 0; i < Math.min(parts.length, 4); i++) {
    const two = parseIsoDate(`${parts[i]}, ${parts[i + 1] ?? ''}`);
    if (two && parts[i + 1] !== undefined) return two;
    const one = parseIsoDate(parts[i] ?? '');
    if (one) return one;
  }
  return null;
}

function referenceAndPages(afterTitle: string): { archiveRef: string | null; pages: string | null } {
  const archive = ARCHIVE_NAME.exec(afterTitle);
  if (!archive) return { archiveRef: null, pages: null };
  const rest = afterTitle.slice(archive.index + archive[0].length).replace(TRAILING_CREDIT, '').replace(/\.\s*$/, '').trim();
  if (!rest) return { archiveRef: null, pages: null };
  const segments = rest.split(/\s*,\s*/);
  const last = segments[segments.length - 1] ?? '';
  if (segments.length > 1 && PAGES.test(last)) {
    return { archiveRef: segments.slice(0, -1).join(', '), pages: last };
  }
  return { archiveRef: rest, pages: null };
}
