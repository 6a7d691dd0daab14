/**
 * Bytes → text: byte-order marks, UTF-8, and GB18030/GBK for Chinese files
 * saved by older Windows tools. The text is then normalised (see
 * normalise-text.ts) so every importer sees the same shape of string.
 */
import { err, ok, type Result } from '../result.ts';
import { importErrors } from './import-errors.ts';
import { needsCleaning, normaliseText } from './normalise-text.ts';

/**
 * Largest file we import, checked on the byte length before decoding. A
 * decoded string takes up to twice its UTF-8 size in memory (UTF-16), the
 * normalising passes copy it a few times, and V8 caps a string near 512 M
 * characters; 200 MB keeps a browser tab well inside that while being far
 * larger than any archival document (the sample note is 9 KB).
 */
export const MAX_IMPORT_BYTES = 200_000_000;

/** Share of CJK among non-ASCII characters for a guessed GB18030 decoding to be believed. */
const MIN_CJK_SHARE_FOR_GB18030 = 0.6;
/** Above this share of control characters the file is binary, not text with a few stray bytes. */
const MAX_CONTROL_SHARE = 0.05;

export interface DecodedText {
  readonly text: string;
  /** The WHATWG label actually used: utf-8, utf-16le, utf-16be, gb18030. */
  readonly encoding: string;
}

export interface DecodeOptions {
  /** Force an encoding (any WHATWG label); otherwise it is detected. */
  readonly encoding?: string;
  /** Shown in error messages. */
  readonly name?: string;
}

// The pure core's ES lib does not declare TextDecoder, though browsers, workers and Node 20 all have it.
interface Decoder { decode(bytes: Uint8Array): string }
type DecoderConstructor = new (label: string, opts: { fatal: boolean; ignoreBOM: boolean }) => Decoder;
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

function strictDecoder(label: string): Decoder | null {
  try {
    return new TextDecoderClass(label, { fatal: true, ignoreBOM: true });
  } catch {
    return null;
  }
}

function tryDecode(decoder: Decoder, bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
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
  const forced = opts.encoding?.trim().toLowerCase();
  if (forced) {
    const decoder = strictDecoder(forced);
    if (!decoder) return err(importErrors.unknownEncoding(name, opts.encoding ?? ''));
    // A BOM that contradicts the declared encoding would decode as garbage; the BOM wins only when it agrees.
    const input = bom && sameEncoding(bom.encoding, forced) ? body : bytes;
    const text = tryDecode(decoder, input);
    if (text === null) return err(importErrors.undecodable(name, forced));
    return finish(name, text, forced);
  }
  if (bom) {
    const text = tryDecode(strictDecoder(bom.encoding) as Decoder, body);
    if (text === null) return err(importErrors.undecodable(name, bom.encoding));
    return finish(name, text, bom.encoding);
  }
  // Without a BOM, a NUL byte means binary (or BOM-less UTF-16, which cannot be told apart reliably).
  if (body.includes(0)) return err(importErrors.binary(name, 'it contains NUL bytes'));
  const utf8 = tryDecode(strictDecoder('utf-8') as Decoder, body);
  if (utf8 !== null) return finish(name, utf8, 'utf-8');
  const gb = tryDecode(strictDecoder('gb18030') as Decoder, body);
  if (gb !== null && cjkShareOfNonAscii(gb) >= MIN_CJK_SHARE_FOR_GB18030) return finish(name, gb, 'gb18030');
  return err(importErrors.undecodable(name, 'UTF-8 or GB18030'));
}

function sameEncoding(a: string, b: string): boolean {
  const canon = (s: string) => s.replace(/[^a-z0-9]/g, '').replace(/^utf16$/, 'utf16le').replace(/^unicode$/, 'utf16le');
  return canon(a) === canon(b);
}

function finish(name: string, raw: string, encoding: string): Result<DecodedText> {
  // Controls are among what needsCleaning looks for; clean text skips the count.
  const controls = needsCleaning(raw) ? countControls(raw) : 0;
  if (raw.length > 0 && controls / raw.length > MAX_CONTROL_SHARE) {
    return err(importErrors.binary(name, `${Math.round((controls / raw.length) * 100)}% control characters`));
  }
  const text = normaliseText(raw);
  if (text.trim().length === 0) return err(importErrors.empty(name));
  return ok({ text, encoding });
}

/** C0 controls other than tab/newline/carriage return/form feed, DEL, C1 controls, NUL. */
function countControls(text: string): number {
  const m = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g);
  return m ? m.length : 0;
}

/** Enough characters to judge a decoding by; counting a whole 200 MB text would add nothing. */
const SAMPLE_CHARS = 200_000;

/** Share of CJK (ideographs, CJK punctuation, full-width forms) among the non-ASCII characters of a sample. */
function cjkShareOfNonAscii(text: string): number {
  let nonAscii = 0;
  let cjk = 0;
  const end = Math.min(text.length, SAMPLE_CHARS);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    nonAscii++;
    // A surrogate pair counts once: its high half stands for the character (planes 2–3 hold rare ideographs).
    if (c >= 0xdc00 && c <= 0xdfff) { nonAscii--; continue; }
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xffef) || (c >= 0xd840 && c <= 0xd87f)) cjk++;
  }
  return nonAscii === 0 ? 0 : cjk / nonAscii;
}
