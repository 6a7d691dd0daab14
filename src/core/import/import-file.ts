/**
 * One file of unknown kind → a work. Sniffs, in order: a Parallax bundle
 * (JSON `"format": "parallax.bundle"`), a Parallax work (`"parallax.work"`),
 * an archive export (`Citation:` and a **bold title**), and otherwise plain
 * text in the given language or a guessed one.
 */
import { workIdFromName } from './work-id-from-name.ts';
import { err, ok, pxError, type PxError, type Result } from '../result.ts';
import { readTei } from '../import-tei/read-tei.ts';
import { TEI_INPUT } from './input-limits.ts';
import { checkWork } from '../model/check-work.ts';
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

/** `json` and `xml` are JSON and XML of no kind Parallax imports: refused, never read as plain text. */
export type SniffedKind = 'bundle' | 'work' | 'work-folder-manifest' | 'tei' | 'json' | 'xml' | 'archive-export' | 'plain-text';

/** Whatever the kind of file, the work that comes out keeps the model's rules (checkWork). */
export function importFile(name: string, bytes: Uint8Array, opts: ImportFileOptions = {}): Result<Work> {
  const text = decodeFile(name, bytes, opts);
  return text.ok ? importDecoded(name, text.value, opts) : text;
}

/**
 * The first half of importFile: the bytes as text. A caller that lets go of
 * the bytes before importDecoded (the CLI) keeps a 200 MB file's bytes and
 * its model from being in memory at once.
 */
export function decodeFile(name: string, bytes: Uint8Array, opts: ImportFileOptions = {}): Result<string> {
  if (bytes.length > MAX_IMPORT_BYTES) return err(importErrors.tooLarge(name, bytes.length, MAX_IMPORT_BYTES));
  const decoded = decodeText(bytes, { name, ...(opts.encoding ? { encoding: opts.encoding, confirmed: opts.encodingConfirmed === true } : {}) });
  return decoded.ok ? ok(decoded.value.text) : decoded;
}

/** The second half: decoded text of any kind → a checked work. */
export function importDecoded(name: string, text: string, opts: ImportFileOptions = {}): Result<Work> {
  const work = readAnyText(name, text, opts);
  return work.ok ? checkWork(work.value, name) : work;
}

function readAnyText(name: string, text: string, opts: ImportFileOptions): Result<Work> {
  if (opts.lang !== undefined && !LANGUAGE_TAG.test(opts.lang)) return err(importErrors.badLanguage(opts.lang));
  const kind = sniffKind(text);
  const mismatch = formatMismatch(name, kind, text);
  if (mismatch) return err(mismatch);
  switch (kind) {
    case 'tei': {
      // The app loads the importers (and so the XML parser) lazily, so TEI reads the same here as on the command line.
      if (text.length > TEI_INPUT.maxBytes) return err(TEI_INPUT.tooLarge(name, text.length, TEI_INPUT.maxBytes));
      const tei = readTei(text);
      return tei.ok ? ok(tei.value.work) : tei;
    }
    case 'json':
    case 'xml':
      return err(formatMismatch(name, kind, text) ?? importErrors.binary(name, 'unknown format'));
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

/**
 * What a file is, from its content: JSON by its declared format, XML by its
 * root, then the archive export's header, else plain text. JSON or XML of
 * any other kind is said to be so, so that it is refused rather than
 * imported as a text full of braces or tags.
 */
export function sniffKind(text: string): SniffedKind {
  const head = text.trimStart();
  if (head.startsWith('{')) {
    const format = /^\{\s*(?:"[^"]*"\s*:\s*(?:"[^"]*"|[\d.]+)\s*,\s*)*"format"\s*:\s*"([^"]+)"/.exec(head)?.[1] ?? formatOfJson(head);
    if (format === 'parallax.bundle') return 'bundle';
    if (format === WORK_FORMAT) return 'work';
    if (format === WORK_FOLDER_FORMAT) return 'work-folder-manifest';
    if (format !== undefined || parseJson(head).ok) return 'json';
  }
  if (head.startsWith('[') && parseJson(head).ok) return 'json';
  // Markup opens with a declaration or ends with a tag: a text that merely starts with "<Note>" stays text.
  if (head.startsWith('<') && (/^<(?:\?xml|!DOCTYPE)/i.test(head) || />\s*$/.test(text.slice(-256)))) {
    const root = xmlRoot(head.slice(0, SNIFF_CHARS));
    if (root === 'TEI') return 'tei';
    if (root !== null) return 'xml';
  }
  // The header sits at the top; looking further only costs time on large texts.
  const top = text.slice(0, SNIFF_CHARS);
  if (/^Citation:/m.test(top) && /^\s*\*\*\S/m.test(top)) return 'archive-export';
  return 'plain-text';
}

/** The root element's name, past the XML declaration, comments, processing instructions and DOCTYPE; null if this is not markup. */
function xmlRoot(head: string): string | null {
  const m = /^(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>\s*)*<([A-Za-z_][\w.:-]*)[\s>/]/i.exec(head);
  if (m) return m[1]?.replace(/^.*:/, '') ?? null;
  return /^<(?:\?xml|!DOCTYPE)/i.test(head) ? 'unknown' : null;
}

const CLAIMS: ReadonlyArray<{ readonly ext: RegExp; readonly what: string; readonly fits: readonly SniffedKind[] }> = [
  { ext: /\.json$/i, what: 'JSON', fits: ['bundle', 'work', 'work-folder-manifest', 'json'] },
  { ext: /\.(?:xml|tei)$/i, what: 'XML', fits: ['tei', 'xml'] },
];

/**
 * A file whose name claims one format and whose content is another (a
 * `.json` that is not JSON), or JSON/XML of a kind Parallax does not import
 * (a misspelt bundle `format`, a TMX file): refused with what it is.
 */
function formatMismatch(name: string, kind: SniffedKind, text: string): PxError | null {
  const claim = CLAIMS.find((c) => c.ext.test(name));
  if (claim && !claim.fits.includes(kind)) {
    return pxError('INPUT_FORMAT_MISMATCH', `${name} is named as ${claim.what} but is not ${claim.what}`,
      `check that this is the file you meant; a text to import should be named .txt`);
  }
  if (kind === 'json') {
    const format = formatOfJson(text.trimStart());
    const said = format === undefined ? 'no "format"' : `the format ${JSON.stringify(format.slice(0, 60))}`;
    return pxError('INPUT_FORMAT_MISMATCH', `${name} is JSON with ${said}, not a Parallax bundle or work`,
      'Parallax reads JSON whose "format" is "parallax.bundle" (a backup) or "parallax.work"; check the spelling, or export the file again');
  }
  if (kind === 'xml') {
    return pxError('INPUT_FORMAT_MISMATCH', `${name} is XML or HTML (<${xmlRoot(text.trimStart().slice(0, SNIFF_CHARS)) ?? '?'}>), not TEI`,
      'Parallax imports plain text, its own bundles and works, and TEI; save the document as plain text (.txt)');
  }
  return null;
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
  return workFromBundle(bundle.value, chosen);
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export { workIdFromName };
