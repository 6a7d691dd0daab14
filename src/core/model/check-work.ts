/**
 * The model's rules, checked on a work however it arrived (a text, a work
 * folder, a `parallax.work` file, a bundle, TEI, the app's import, a restore):
 * exactly one original; work, witness and paragraph ids in the documented
 * syntax and unique; BCP 47 languages; page breaks inside their paragraph;
 * dates in ISO 8601 and links only http(s); and the size limits. Every reader
 * ends with this, so no later layer (exports, storage, the UI) meets a work
 * that breaks them.
 */
import { pxError, err, ok, type PxError, type Result } from '../result.ts';
import { MAX_ID_CHARS, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from './model-limits.ts';
import type { Paragraph, Witness, Work } from './work.ts';

/** Work, witness and paragraph ids: XML-id and URL safe. A letter, then letters, digits, `_`, `.`, `-`. */
export const MODEL_ID = /^[A-Za-z][\w.-]*$/;

/**
 * BCP 47 syntax (RFC 5646 §2.1, without the grandfathered tags): language
 * with optional extlang, script, region, variants, extensions, private use.
 */
const BCP47 = /^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*(?:-x(?:-[A-Za-z\d]{1,8})+)?$/;

export function isLanguageTag(tag: string): boolean {
  if (tag.length > MAX_ID_CHARS || !BCP47.test(tag)) return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function isModelId(id: string): boolean {
  return id.length <= MAX_ID_CHARS && MODEL_ID.test(id);
}

/** Only web links: a `javascript:` or `data:` URL in a work would be live in every HTML-ish export. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"]+$/i.test(url);
}

function shown(s: string): string {
  return JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);
}

export function checkWork(work: Work, name: string): Result<Work> {
  const problem = workProblem(work, name);
  return problem ? err(problem) : ok(work);
}

function workProblem(work: Work, name: string): PxError | null {
  const originals = work.witnesses.filter((w) => w.role === 'original').length;
  if (originals !== 1) {
    return pxError('IMPORT_WORK_ORIGINAL_COUNT', `${name} has ${originals} originals; a work has exactly one`, 'mark one witness as the original and the others as translations');
  }
  if (!isModelId(work.id)) return badId(name, 'work', work.id);
  const { date, url } = work.meta;
  if (date !== null && !ISO_DATE.test(date)) {
    return pxError('MODEL_BAD_FIELD', `${name}: the date ${shown(date)} is not an ISO 8601 date`, 'write it as YYYY-MM-DD, YYYY-MM or YYYY');
  }
  if (url !== null && !isWebUrl(url)) {
    return pxError('MODEL_BAD_FIELD', `${name}: the link ${shown(url)} is not an http(s) address`, 'give the archive page\'s https:// address, or none');
  }
  const witnessIds = new Set<string>();
  const paragraphIds = new Set<string>();
  for (const w of work.witnesses) {
    if (!isModelId(w.id)) return badId(name, 'witness', w.id);
    if (witnessIds.has(w.id)) return duplicate(name, 'witness', w.id);
    witnessIds.add(w.id);
    const p = witnessProblem(w, name, paragraphIds);
    if (p) return p;
  }
  return null;
}

function witnessProblem(w: Witness, name: string, paragraphIds: Set<string>): PxError | null {
  if (!isLanguageTag(w.lang)) {
    return pxError('IMPORT_BAD_LANGUAGE', `${name}: witness "${w.id}" has the language ${shown(w.lang)}, which is not a BCP 47 tag`, 'use a tag such as en, zh-Hans or ru');
  }
  if (w.paragraphs.length > MAX_PARAGRAPHS) {
    return pxError('IMPORT_TOO_MANY_PARAGRAPHS', `${name}: witness "${w.id}" has ${w.paragraphs.length.toLocaleString('en')} paragraphs, over the limit of ${MAX_PARAGRAPHS.toLocaleString('en')}`,
      'split the document into several works');
  }
  for (const p of w.paragraphs) {
    const problem = paragraphProblem(p, w, name);
    if (problem) return problem;
    if (paragraphIds.has(p.id)) return duplicate(name, 'paragraph', p.id);
    paragraphIds.add(p.id);
  }
  return null;
}

function paragraphProblem(p: Paragraph, w: Witness, name: string): PxError | null {
  if (!isModelId(p.id)) return badId(name, 'paragraph', p.id);
  if (p.text.length > MAX_PARAGRAPH_CHARS) {
    return pxError('IMPORT_PARAGRAPH_TOO_LONG', `${name}: paragraph "${p.id}" of "${w.id}" has ${p.text.length.toLocaleString('en')} characters, over the limit of ${MAX_PARAGRAPH_CHARS.toLocaleString('en')}`,
      'the text has lost its paragraph breaks: separate paragraphs with blank lines (or one per line) and import it again');
  }
  let previous = 0;
  for (const b of p.pageBreaks ?? []) {
    if (!Number.isInteger(b) || b < previous || b > p.text.length) {
      return pxError('MODEL_PAGE_BREAK_OUTSIDE_TEXT', `${name}: paragraph "${p.id}" has a page break at ${String(b)}, outside its ${p.text.length} characters or out of order`,
        'page breaks are offsets inside the paragraph, in increasing order: fix or remove them');
    }
    previous = b;
  }
  return null;
}

function badId(name: string, what: string, id: string): PxError {
  return pxError('MODEL_BAD_ID', `${name}: the ${what} id ${shown(id)} is not valid`,
    `an id starts with a letter and holds only letters, digits, "_", "." and "-" (at most ${MAX_ID_CHARS} characters)`);
}

function duplicate(name: string, what: string, id: string): PxError {
  return pxError('MODEL_DUPLICATE_ID', `${name}: two ${what}s have the id ${shown(id)}`, 'give every witness and paragraph its own id');
}
