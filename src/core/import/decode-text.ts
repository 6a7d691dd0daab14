/**
 * Bytes → text: a byte-order mark when there is one, else the encoding the
 * detector is sure of (see detect-encoding.ts); when it is not sure, an
 * IMPORT_ENCODING_UNSURE error, so the app can ask and the CLI can say
 * which --encoding to give. The text is then normalised (see
 * normalise-text.ts) so every importer sees the same shape of string.
 */
import { MAX_IMPORT_BYTES } from './max-import-bytes.ts';
import { err, ok, type Result } from '../result.ts';
import { controlCount, detectEncodings, isAscii, MAX_CONTROL_SHARE, SURE_MARGIN, sureCandidate } from './detect-encoding.ts';
import { canonicalEncoding, decodeStrictly, sameEncodingFamily } from './text-decoders.ts';
import { importErrors } from './import-errors.ts';
import { needsCleaning, normaliseText } from './normalise-text.ts';



export interface DecodedText {
  readonly text: string;
  /** The WHATWG name of the encoding used: utf-8, utf-16le, big5, gb18030, windows-1252 … */
  readonly encoding: string;
  /** 0–1: 1 for a byte-order mark or an encoding the person chose; the detector's confidence otherwise. */
  readonly confidence: number;
}

export interface DecodeOptions {
  /** An encoding declared for the file (any WHATWG label); otherwise it is detected. */
  readonly encoding?: string;
  /**
   * The person chose the encoding having seen the text in it (the encoding
   * picker): it is used as is. A declared encoding (work.json, --encoding)
   * is checked against the bytes, so a Big5 file labelled GB18030 is caught.
   */
  readonly confirmed?: boolean;
  /** Shown in error messages. */
  readonly name?: string;
}

/** Detects a byte-order mark: the encoding it names and how many bytes it takes. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): Result<DecodedText> {
  const name = opts.name ?? 'the file';
  if (bytes.length > MAX_IMPORT_BYTES) return err(importErrors.tooLarge(name, bytes.length, MAX_IMPORT_BYTES));
  const bom = sniffBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  if (body.length === 0) return err(importErrors.empty(name));
  if (opts.encoding?.trim()) return decodeDeclared(name, bytes, opts.encoding, opts.confirmed === true);
  if (bom) {
    const text = decodeStrictly(bom.encoding, body);
    if (text === null) return err(importErrors.undecodable(name, bom.encoding));
    return finish(name, text, bom.encoding, 1);
  }
  const candidates = detectEncodings(body);
  const sure = sureCandidate(candidates);
  if (candidates.length > 0 && !sure) return err(importErrors.encodingUnsure(name, candidates));
  const text = sure ? decodeStrictly(sure.encoding, body) : null;
  if (sure && text !== null) return finish(name, text, sure.encoding, sure.confidence);
  // NUL bytes that are not UTF-16 (or UTF-16 cut off mid-character) are a binary file.
  if (body.includes(0)) return err(importErrors.binary(name, 'it contains NUL bytes'));
  return err(importErrors.undecodable(name, sure?.encoding ?? 'any encoding this app reads'));
}

function decodeDeclared(name: string, bytes: Uint8Array, label: string, confirmed: boolean): Result<DecodedText> {
  const encoding = canonicalEncoding(label);
  if (!encoding) return err(importErrors.unknownEncoding(name, label));
  const bom = sniffBom(bytes);
  // A BOM that contradicts the declared encoding would decode as garbage; the BOM wins only when it agrees.
  const agrees = bom !== null && sameEncodingFamily(bom.encoding, encoding);
  const input = agrees && bom ? bytes.subarray(bom.length) : bytes;
  const text = decodeStrictly(encoding, input);
  if (text === null) return err(importErrors.undecodable(name, encoding));
  if (confirmed || agrees || isAscii(input)) return finish(name, text, encoding, 1);
  const candidates = detectEncodings(input);
  const declared = candidates.find((c) => sameEncodingFamily(c.encoding, encoding))?.confidence ?? 0;
  const sure = sureCandidate(candidates);
  // Most byte strings are valid GB18030 (and every one is valid Windows-1252): only the statistics tell mojibake.
  if (sure && !sameEncodingFamily(sure.encoding, encoding) && declared < sure.confidence - SURE_MARGIN) {
    return err(importErrors.encodingMismatch(name, encoding, sure, declared));
  }
  return finish(name, text, encoding, declared);
}

function finish(name: string, raw: string, encoding: string, confidence: number): Result<DecodedText> {
  // Controls are among what needsCleaning looks for; clean text skips the count.
  const controls = needsCleaning(raw) ? controlCount(raw) : 0;
  if (raw.length > 0 && controls / raw.length > MAX_CONTROL_SHARE) {
    return err(importErrors.binary(name, `${Math.round((controls / raw.length) * 100)}% control characters`));
  }
  const text = normaliseText(raw);
  if (text.trim().length === 0) return err(importErrors.empty(name));
  return ok({ text, encoding, confidence });
}

export { MAX_IMPORT_BYTES };
