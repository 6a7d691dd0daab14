/**
 * How much of each kind of input Parallax reads, and the coded error when a
 * file is larger. Every way in (CLI stat, the app's File.size) checks these
 * before reading a byte. The numbers leave room for the largest real archive
 * documents (a few MB) by two orders of magnitude, while keeping a read, its
 * decoding and the model it becomes within a few hundred MB of memory.
 */
import { MAX_BUNDLE_CHARS } from '../bundle/bundle-limits.ts';
import { bundleErrors } from '../bundle/bundle-errors.ts';
import { pxError, type PxError } from '../result.ts';
import { MAX_IMPORT_BYTES } from './max-import-bytes.ts';
import { importErrors, megabytes } from './import-errors.ts';

export interface InputLimit {
  readonly maxBytes: number;
  readonly tooLarge: (name: string, bytes: number, limit: number) => PxError;
}

/** A text (plain or archive export): 200 MB, the import limit. */
export const TEXT_INPUT: InputLimit = { maxBytes: MAX_IMPORT_BYTES, tooLarge: importErrors.tooLarge };

/** A TEI file: its tree is held whole while read, about 10× its size, so a fourth of the text limit. */
export const TEI_INPUT: InputLimit = {
  maxBytes: 50_000_000,
  tooLarge: (name, bytes, limit) => pxError('IMPORT_TEI_TOO_LARGE', `${name} is ${megabytes(bytes)}, over the ${megabytes(limit)} limit for TEI files`,
    'export the work in parts, or import its texts as plain text files'),
};

/** A names list: the shared authority list is ~100 kB; 10 MB is any real list many times over. */
export const NAMES_INPUT: InputLimit = {
  maxBytes: 10_000_000,
  tooLarge: (name, bytes, limit) => pxError('CHECK_NAMES_TOO_LARGE', `${name} is ${megabytes(bytes)}, over the ${megabytes(limit)} limit for names lists`,
    'split the list, or check it is a names list at all'),
};

/** A work.json manifest: a few kB in practice. */
export const MANIFEST_INPUT: InputLimit = {
  maxBytes: 1_000_000,
  tooLarge: (name, bytes, limit) => importErrors.workMalformed(name, `it is ${megabytes(bytes)}, over the ${megabytes(limit)} a work.json may be`),
};

/** A bundle (UTF-8 bytes ≥ characters, so the character limit bounds the bytes read). */
export const BUNDLE_INPUT: InputLimit = {
  maxBytes: MAX_BUNDLE_CHARS * 4,
  tooLarge: (name, bytes, limit) => bundleErrors.tooLarge(`${name} is ${megabytes(bytes)}`, megabytes(limit)),
};
