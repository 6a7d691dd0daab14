/**
 * One file of unknown kind → a work. Sniffs, in order: a Parallax bundle
 * (JSON `"format": "parallax.bundle"`), a Parallax work (`"parallax.work"`),
 * an archive export (`Citation:` and a **bold title**), and otherwise plain
 * text in the given language or a guessed one.
 */
import { err, ok, type Result } from '../result.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type Work, type WitnessRole } from '../model/work.ts';
import { LANGUAGE_TAG } from './build-witness.ts';
import { decodeText, MAX_IMPORT_BYTES } from './decode-text.ts';
import { importArchiveExport } from './import-archive-export.ts';
import { importErrors } from './import-errors.ts';
import { importPlainText } from './import-plain-text.ts';
import { isObject, parseJson } from './json-fields.ts';
import { guessLanguage } from './language-of.ts';
import { WORK_FOLDER_FORMAT } from './parse-work-manifest.ts';
import { looksLikeTitle } from './looks-like-title.ts';
import { validateWork } from './validate-work.ts';
import { parseBundle, workFromBundle } from '../bundle/index.ts';

export interface ImportFileOptions {
  /** BCP 47 tag of the text; guessed from its script when absent. */
  readonly lang?: string;
  readonly encoding?: string;
  /** The person chose `encoding` in the encoding picker, having seen the text in it: it is not second-guessed. */
  readonly encodingConfirmed?: boolean;
  readonly mode?: 'auto' | 'blank-lines' | 'lines';
  /** A lone file is its work's original unless said otherwise. */
  readonly role?: WitnessRole;
  /** Which work to take from a bundle that holds several. */
  readonly workId?: string;
}

/** An archive export's header (title, citation, summary) fits well within this many characters. */
const SNIFF_CHARS = 64_000;

export type SniffedKind = 'bundle' | 'work' | 'work-folder-manifest' | 'archive-export' | 'plain-text';

export function importFile(name: string, bytes: Uint8Array, opts: ImportFileOptions = {}): Result<Work> {
  if (opts.lang !== undefined && !LANGUAGE_TAG.test(opts.lang)) return err(importErrors.badLanguage(opts.lang));
  if (bytes.length > MAX_IMPORT_BYTES) return err(importErrors.tooLarge(name, bytes.length, MAX_IMPORT_BYTES));
  const decoded = decodeText(bytes, { name, ...(opts.encoding ? { encoding: opts.encoding, confirmed: opts.encodingConfirmed === true } : {}) });
  if (!decoded.ok) return decoded;
  const text = decoded.value.text;
  switch (sniffKind(text)) {
    case 'bundle':
      return importBundle(name, text, opts.workId);
    case 'work': {
      const json = parseJson(text);
      return json.ok ? validateWork(json.value, name) : err(importErrors.workMalformed(name, json.problem));
    }
    case 'work-folder-manifest':
      return err(importErrors.workMalformed(name, 'this is a work folder\'s work.json, not a work; import the folder that holds it'));
    case 'archive-export':
      return importArchiveExport(text, { name, workId: workIdFromName(name), role: opts.role ?? 'original', ...(opts.lang ? { lang: opts.lang } : {}) });
    case 'plain-text':
      return importPlainTextWork(name, text, opts);
  }
}

/** JSON is recognised by its declared format, so a JSON-looking text file without one stays text. */
export function sniffKind(text: string): SniffedKind {
  const head = text.trimStart();
  if (head.startsWith('{')) {
    const format = /^\{\s*(?:"[^"]*"\s*:\s*(?:"[^"]*"|[\d.]+)\s*,\s*)*"format"\s*:\s*"([^"]+)"/.exec(head)?.[1] ?? formatOfJson(head);
    if (format === 'parallax.bundle') return 'bundle';
    if (format === WORK_FORMAT) return 'work';
    if (format === WORK_FOLDER_FORMAT) return 'work-folder-manifest';
  }
  // The header sits at the top; looking further only costs time on large texts.
  const top = text.slice(0, SNIFF_CHARS);
  if (/^Citation:/m.test(top) && /^\s*\*\*\S/m.test(top)) return 'archive-export';
  return 'plain-text';
}

/** `format` stated after nested fields: parse to find it (JSON-looking text that does not parse stays text). */
function formatOfJson(text: string): string | undefined {
  const json = parseJson(text);
  const format = json.ok && isObject(json.value) ? json.value['format'] : undefined;
  return typeof format === 'string' ? format : undefined;
}

function importPlainTextWork(name: string, text: string, opts: ImportFileOptions): Result<Work> {
  const lang = opts.lang ?? guessLanguage(text);
  const witnessId = lang.replace(/[^\w.-]/g, '-');
  const witness = importPlainText(text, {
    name, lang, witnessId, role: opts.role ?? 'original', label: baseName(name), provenance: `Imported from ${baseName(name)}`,
    mode: opts.mode ?? 'auto', firstLineIsTitle: looksLikeTitle(text),
  });
  if (!witness.ok) return witness;
  const heading = witness.value.paragraphs[0]?.kind === 'heading' ? witness.value.paragraphs[0].text : null;
  return ok({
    format: WORK_FORMAT, version: WORK_VERSION, id: workIdFromName(name),
    meta: { ...emptyMeta(), title: heading }, witnesses: [witness.value], notes: null,
  });
}

/**
 * A bundle (what the app's backup writes) → its one work, with each
 * paragraph's current text. A workspace bundle with several works needs
 * `workId` to say which; the app restores whole workspaces itself.
 */
function importBundle(name: string, text: string, workId: string | undefined): Result<Work> {
  const bundle = parseBundle(text);
  if (!bundle.ok) return bundle;
  const live = bundle.value.works.filter((w) => w.deletedAt === null);
  const chosen = workId ?? (live.length === 1 ? live[0]?.id : undefined);
  if (chosen === undefined) {
    return live.length === 0
      ? err(importErrors.bundleNoWork(name))
      : err(importErrors.bundleSeveralWorks(name, live.map((w) => w.id)));
  }
  const work = workFromBundle(bundle.value, chosen);
  // The bundle reader checked its own records; the work must still keep the model's rules (one original).
  return work.ok ? validateWork(work.value, name) : work;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/** "wilson-121617.en.txt" → "wilson-121617.en": URL- and XML-safe, starting with a letter. */
export function workIdFromName(name: string): string {
  const base = baseName(name).replace(/\.(txt|text|md|json)$/i, '');
  const safe = base.replace(/[^\w.-]+/g, '-').replace(/^[^A-Za-z]+/, '').replace(/-+$/, '');
  return safe || 'imported-work';
}
