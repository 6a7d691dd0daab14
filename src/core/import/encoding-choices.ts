/**
 * What the encoding picker shows when the detector is not sure: each
 * candidate encoding with its confidence, a name a person recognises, and
 * the start of the text as that encoding reads it, so the person can see
 * which reading is the text and which is mojibake.
 */
import { detectEncodings, type EncodingCandidate } from './detect-encoding.ts';
import { guessLanguage } from './language-of.ts';
import { sniffBom } from './decode-text.ts';
import { decodeStrictly } from './text-decoders.ts';

export interface EncodingChoice extends EncodingCandidate {
  /** "Traditional Chinese (Big5, Big5-HKSCS)": the encoding in a person's words. */
  readonly label: string;
  /** The first characters of the text in this reading, controls removed. */
  readonly preview: string;
  /** BCP 47 tag guessed from the preview, for its `lang` attribute. */
  readonly lang: string;
}

/** A few lines are enough to tell text from mojibake; more would only push the other choices off a phone screen. */
export const PREVIEW_CHARS = 160;
/** Bytes decoded for a preview: PREVIEW_CHARS of any of these encodings, with room for leading blank lines. */
const PREVIEW_BYTES = 4096;
/** More candidates than this are noise (chardet scores every single-byte code page). */
const MAX_CHOICES = 4;

const LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'Unicode (UTF-8)', 'utf-16le': 'Unicode (UTF-16, little-endian)', 'utf-16be': 'Unicode (UTF-16, big-endian)',
  big5: 'Traditional Chinese (Big5, Big5-HKSCS)', gb18030: 'Simplified Chinese (GB18030, GBK)', gbk: 'Simplified Chinese (GBK)',
  shift_jis: 'Japanese (Shift_JIS)', 'euc-jp': 'Japanese (EUC-JP)', 'iso-2022-jp': 'Japanese (ISO-2022-JP)', 'euc-kr': 'Korean (EUC-KR)',
  'windows-1252': 'Western European (Windows-1252, ISO-8859-1)', 'iso-8859-2': 'Central European (ISO-8859-2)',
  'windows-1250': 'Central European (Windows-1250)', 'windows-1251': 'Cyrillic (Windows-1251)', 'koi8-r': 'Cyrillic (KOI8-R)',
  'iso-8859-5': 'Cyrillic (ISO-8859-5)', 'windows-1253': 'Greek (Windows-1253)', 'iso-8859-7': 'Greek (ISO-8859-7)',
  'windows-1254': 'Turkish (Windows-1254)', 'windows-1255': 'Hebrew (Windows-1255)', 'iso-8859-8': 'Hebrew (ISO-8859-8)',
  'windows-1256': 'Arabic (Windows-1256)', 'iso-8859-6': 'Arabic (ISO-8859-6)', 'windows-1257': 'Baltic (Windows-1257)',
  'windows-1258': 'Vietnamese (Windows-1258)', 'windows-874': 'Thai (Windows-874)',
};

export function encodingLabel(encoding: string): string {
  return LABELS[encoding] ?? encoding;
}

export function encodingChoices(bytes: Uint8Array): EncodingChoice[] {
  const bom = sniffBom(bytes);
  const body = bom ? bytes.subarray(bom.length) : bytes;
  const candidates: readonly EncodingCandidate[] = bom ? [{ encoding: bom.encoding, confidence: 1 }] : detectEncodings(body);
  return candidates.slice(0, MAX_CHOICES).map((c) => {
    const preview = previewOf(decodeStrictly(c.encoding, body.subarray(0, PREVIEW_BYTES), true) ?? '');
    return { ...c, label: encodingLabel(c.encoding), preview, lang: guessLanguage(preview) };
  });
}

function previewOf(text: string): string {
  const plain = text.replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, '').replace(/\s+/g, ' ').trim();
  const chars = [...plain];
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join('')}…` : plain;
}

