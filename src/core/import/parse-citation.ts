/**
 * The archive's citation, e.g.
 *   "The Soviet Document …", April 30, 1962, Wilson Center Digital Archive,
 *   PRC FMA 118-01764-05, 39-42. Translated by 7Brands.
 *   <https://…/document/121617>
 * → archive reference, pages, translator, URL, title and date. Every part is
 * optional: other documents lack a translator, pages or the archive name.
 * Other archives cite the same way — `"<title>", <date>, <collection>,
 * <reference>, <pages>` — so the collection is whatever stands after the
 * date (or the part that names a Digital Archive), not one archive's name.
 */
import { parseIsoDate } from './parse-date.ts';

export interface CitationParts {
  readonly title: string | null;
  /** The collection or archive: `Wilson Center Digital Archive`, `The National Archives (UK)`. */
  readonly archive: string | null;
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
/** The Wilson Center's own name for itself, old and new: it marks the collection even before the date is found. */
const DIGITAL_ARCHIVE = /\bDigital Archive$/i;
/** A lone part after the date is a collection only if it says so. */
const COLLECTION_WORD = /\b(?:Archive|Archives|Library|Collection|Papers|Museum|Records|Office)\b/i;
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
  const segments = afterTitle.replace(TRAILING_CREDIT, '').replace(/\.\s*$/, '').split(/\s*,\s*/).map((x) => x.trim()).filter(Boolean);
  const dated = findDate(segments);
  return { title, date: dated?.date ?? null, ...collectionReferencePages(segments.slice(dated ? dated.end : 0)), translator, url };
}

/** The date is the first comma-separated run that parses ("April 30, 1962" spans two segments). */
function findDate(parts: readonly string[]): { date: string; end: number } | null {
  for (let i = 0; i < Math.min(parts.length, 4); i++) {
    const two = parts[i + 1] !== undefined ? parseIsoDate(`${parts[i]}, ${parts[i + 1]}`) : null;
    if (two) return { date: two, end: i + 2 };
    const one = parseIsoDate(parts[i] ?? '');
    if (one) return { date: one, end: i + 1 };
  }
  return null;
}

type Where = Pick<CitationParts, 'archive' | 'archiveRef' | 'pages'>;

/** `<collection>, <reference…>, <pages>` after the date; a Digital Archive part marks the collection wherever it stands. */
function collectionReferencePages(rest: readonly string[]): Where {
  const marked = rest.findIndex((x) => DIGITAL_ARCHIVE.test(x));
  let archive: string | null = null;
  let tail: readonly string[];
  if (marked >= 0) {
    archive = rest[marked] ?? null;
    tail = rest.slice(marked + 1);
  } else if (rest.length === 1 || (rest.length === 2 && PAGES.test(rest[1] ?? ''))) {
    // One part: a collection if it is named like one. Reference and pages without a collection otherwise.
    if (rest.length === 1 && COLLECTION_WORD.test(rest[0] ?? '')) return { archive: rest[0] ?? null, archiveRef: null, pages: null };
    tail = rest.length === 1 ? [] : rest;
  } else {
    archive = rest[0] ?? null;
    tail = rest.slice(1);
  }
  const last = tail[tail.length - 1] ?? '';
  if (tail.length > 1 && PAGES.test(last)) return { archive, archiveRef: tail.slice(0, -1).join(', '), pages: last };
  return { archive, archiveRef: tail.length ? tail.join(', ') : null, pages: null };
}
