/**
 * Every way an import can fail, as coded errors: what happened, and what the
 * person importing can do about it. The CLI prints them; the UI shows them.
 */
import { pxError, type PxError } from '../result.ts';

export const importErrors = {
  empty: (name: string): PxError =>
    pxError('IMPORT_EMPTY', `${name} is empty`, 'choose a file that contains the text of the document'),
  tooLarge: (name: string, bytes: number, limit: number): PxError =>
    pxError('IMPORT_TOO_LARGE', `${name} is ${megabytes(bytes)}, over the ${megabytes(limit)} import limit`,
      'split the document into several works, or import only the part you need'),
  binary: (name: string, why: string): PxError =>
    pxError('IMPORT_BINARY', `${name} looks like a binary file, not text (${why})`,
      'export the document as plain text (.txt)'),
  unknownEncoding: (name: string, label: string): PxError =>
    pxError('IMPORT_UNKNOWN_ENCODING', `${name}: the encoding "${label}" is not one this app can read`,
      'use a label such as utf-8, utf-16le, big5, gb18030 or windows-1252, or save the file as UTF-8'),
  encodingUnsure: (name: string, candidates: readonly { encoding: string; confidence: number }[]): PxError =>
    pxError('IMPORT_ENCODING_UNSURE', `${name} could be in ${candidates.slice(0, 3).map(percentOf).join(' or ')}; which one cannot be told for sure`,
      `name the encoding (--encoding ${candidates[0]?.encoding ?? 'utf-8'}, or "encoding" in work.json), or save the file as UTF-8`),
  encodingMismatch: (name: string, declared: string, found: { encoding: string; confidence: number }, declaredConfidence: number): PxError =>
    pxError('IMPORT_ENCODING_MISMATCH', `${name} is declared ${declared}, but its bytes read as ${percentOf(found)} and as ${declared} only ${Math.round(declaredConfidence * 100)}%`,
      `correct the encoding to ${found.encoding}, or leave it out to have it detected`),
  undecodable: (name: string, tried: string): PxError =>
    pxError('IMPORT_UNDECODABLE', `${name} is not valid ${tried} text`,
      'save the file as UTF-8, or name its encoding (e.g. "encoding": "gb18030" in work.json)'),
  tooManyParagraphs: (name: string, count: number, limit: number): PxError =>
    pxError('IMPORT_TOO_MANY_PARAGRAPHS', `${name} has ${count.toLocaleString('en')} paragraphs, over the limit of ${limit.toLocaleString('en')}`,
      'split the document into several works'),
  noParagraphs: (name: string): PxError =>
    pxError('IMPORT_NO_PARAGRAPHS', `${name} has no recognisable paragraphs`,
      'check that this is the document text; paragraphs are separated by blank lines or line breaks'),
  notArchiveExport: (name: string): PxError =>
    pxError('IMPORT_NOT_ARCHIVE_EXPORT', `${name} has neither a "Citation:" section nor a **bold title**`,
      'import it as plain text ("format": "plain-text") or use the archive\'s full export'),
  badLanguage: (tag: string): PxError =>
    pxError('IMPORT_BAD_LANGUAGE', `"${tag}" is not a BCP 47 language tag`, 'use a tag such as en, zh-Hans or ru'),
  workMalformed: (name: string, what: string): PxError =>
    pxError('IMPORT_WORK_MALFORMED', `${name} is malformed: ${what}`, 'fix the file; translations/README.md describes the format'),
  workVersion: (name: string, version: unknown): PxError =>
    pxError('IMPORT_WORK_VERSION', `${name} has version ${String(version)}, newer than this app reads`,
      'update Parallax, or export the work again from the version that wrote it'),
  workNoWitnesses: (name: string): PxError =>
    pxError('IMPORT_WORK_NO_WITNESSES', `${name} lists no witnesses`,
      'add a "witnesses" list with the original and its translations'),
  workOriginalCount: (name: string, count: number): PxError =>
    pxError('IMPORT_WORK_ORIGINAL_COUNT', `${name} has ${count} witnesses with role "original"; a work needs exactly one`,
      'mark exactly one witness "role": "original" and the others "translation"'),
  workMissingFile: (name: string, file: string): PxError =>
    pxError('IMPORT_WORK_MISSING_FILE', `${name} points to "${file}", which is not in the folder`,
      'put the file next to work.json or correct its "file" entry'),
  workNoManifest: (folder: string): PxError =>
    pxError('IMPORT_WORK_NO_MANIFEST', `${folder} has no work.json`,
      'add a work.json listing the witnesses (see translations/README.md), or import a single file'),
  bundleNoWork: (name: string): PxError =>
    pxError('IMPORT_BUNDLE_NO_WORK', `${name} is a Parallax bundle with no work in it`,
      'export the work again from the app, or import its text files'),
  bundleSeveralWorks: (name: string, ids: readonly string[]): PxError =>
    pxError('IMPORT_BUNDLE_SEVERAL_WORKS', `${name} holds ${ids.length} works (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`,
      'name one with --work <id>, or restore the whole bundle in the app'),
};

function percentOf(c: { encoding: string; confidence: number }): string {
  return `${c.encoding} (${Math.round(c.confidence * 100)}%)`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;
}
