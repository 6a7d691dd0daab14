/**
 * Which encodings a file's bytes may be in, each with a confidence: chardet's
 * statistical recognisers (Big5 and Big5-HKSCS, GB18030, Windows-1252 and
 * ISO-8859-1, UTF-8, and the rest it knows), kept only where TextDecoder
 * reads the sample without an error and without control characters.
 * chardet knows UTF-16 only by its byte-order mark, so BOM-less UTF-16 is
 * recognised here by its line breaks and spaces: 0A 00 / 20 00 in
 * little-endian, 00 0A / 00 20 in big-endian, which the other byte order
 * reads as characters of Gurmukhi or Devanagari no Chinese or English text has.
 */
import chardet from 'chardet';
import { decodeStrictly } from './text-decoders.ts';

export interface EncodingCandidate {
  /** The WHATWG name TextDecoder gives it: utf-8, big5, gb18030, windows-1252, utf-16le … */
  readonly encoding: string;
  /** 0–1: how well the bytes fit this encoding's statistics. */
  readonly confidence: number;
}

/**
 * chardet reads ~2–3 ms per kilobyte through all its recognisers, and its
 * confidences settle early: on the sample texts 16 kB gives what 64 kB gives
 * (GB18030 100 / EUC-JP 72 against 77; Windows-1252 76 / 18 both) in a
 * quarter of the time. A 200 MB file is judged by its start.
 */
export const DETECTION_SAMPLE_BYTES = 16_384;
/** A candidate this confident, and this far ahead of the next, is taken without asking. */
export const SURE_CONFIDENCE = 0.6;
export const SURE_MARGIN = 0.2;
/** Share of the whitespace code units that must read as whitespace in one byte order only. */
const UTF16_WHITESPACE_SHARE = 0.9;
/** Above this share of control characters a reading is not text (decode-text.ts uses the same bound). */
export const MAX_CONTROL_SHARE = 0.05;

/** chardet names → the WHATWG encoding TextDecoder reads them with (ISO-8859-1 is read as windows-1252 by every browser). */
const WHATWG_NAME: Readonly<Record<string, string>> = {
  'UTF-8': 'utf-8', ASCII: 'utf-8', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be',
  Big5: 'big5', GB18030: 'gb18030', Shift_JIS: 'shift_jis', 'EUC-JP': 'euc-jp', 'EUC-KR': 'euc-kr',
  'ISO-2022-JP': 'iso-2022-jp', 'ISO-8859-1': 'windows-1252', 'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2', 'ISO-8859-5': 'iso-8859-5', 'ISO-8859-6': 'iso-8859-6', 'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8', 'ISO-8859-9': 'windows-1254', 'windows-1250': 'windows-1250', 'windows-1251': 'windows-1251',
  'windows-1253': 'windows-1253', 'windows-1254': 'windows-1254', 'windows-1255': 'windows-1255', 'windows-1256': 'windows-1256',
  'windows-1257': 'windows-1257', 'windows-1258': 'windows-1258', 'windows-874': 'windows-874', 'KOI8-R': 'koi8-r',
};

/** Candidates for bytes without a byte-order mark, most confident first; empty when nothing reads them. */
export function detectEncodings(body: Uint8Array): EncodingCandidate[] {
  if (isAscii(body)) return [{ encoding: 'utf-8', confidence: 1 }];
  const sample = body.subarray(0, DETECTION_SAMPLE_BYTES);
  // Text in another encoding almost never forms valid UTF-8 sequences throughout
  // (chardet still gives a text with three em dashes only 80%): valid is sure.
  if (!sample.includes(0) && decodeStrictly('utf-8', sample, true) !== null) return [{ encoding: 'utf-8', confidence: 1 }];
  const best = new Map<string, number>();
  const utf16 = utf16ByWhitespace(sample);
  // chardet has nothing to say about UTF-16 without a BOM (its readings of it score near 0).
  if (utf16) return readsAsText(decodeStrictly(utf16.encoding, sample, true)) ? [utf16] : [];
  if (sample.includes(0)) return [];
  for (const m of chardet.analyse(sample)) {
    const encoding = WHATWG_NAME[m.name];
    if (!encoding || encoding.startsWith('utf-16')) continue;
    best.set(encoding, Math.max(best.get(encoding) ?? 0, m.confidence / 100));
  }
  return [...best]
    .map(([encoding, confidence]) => ({ encoding, confidence }))
    .sort((a, b) => b.confidence - a.confidence)
    .filter((c) => readsAsText(decodeStrictly(c.encoding, sample, true)));
}

/** The first candidate, when it is confident and clearly ahead of the second. */
export function sureCandidate(candidates: readonly EncodingCandidate[]): EncodingCandidate | null {
  const [first, second] = candidates;
  if (!first || first.confidence < SURE_CONFIDENCE) return null;
  return !second || first.confidence - second.confidence >= SURE_MARGIN ? first : null;
}

export function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80 || bytes[i] === 0) return false;
  return true;
}

function readsAsText(text: string | null): boolean {
  return text !== null && controlCount(text) <= text.length * MAX_CONTROL_SHARE;
}

/** C0 controls other than tab/newline/carriage return/form feed, DEL, C1 controls, NUL. */
export function controlCount(text: string): number {
  const m = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g);
  return m ? m.length : 0;
}

const WHITESPACE_BYTE = new Set([0x09, 0x0a, 0x0d, 0x20]);

function utf16ByWhitespace(sample: Uint8Array): EncodingCandidate | null {
  let little = 0;
  let big = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i + 1] === 0 && WHITESPACE_BYTE.has(sample[i]!)) little++;
    else if (sample[i] === 0 && WHITESPACE_BYTE.has(sample[i + 1]!)) big++;
  }
  const share = Math.max(little, big) / (little + big || 1);
  if (little + big === 0 || share < UTF16_WHITESPACE_SHARE) return null;
  return { encoding: little > big ? 'utf-16le' : 'utf-16be', confidence: share };
}
