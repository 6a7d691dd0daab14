/**
 * Gives draft paragraphs their kinds: `[...]` alone is an omission, and a
 * date (with a short signature line or two before it) ending the document is
 * a closing block. Brackets inside text are data and are left verbatim.
 */
import type { DraftParagraph } from './repair-page-breaks.ts';
import { parseIsoDate } from './parse-date.ts';

const OMISSION = /^\[\s*(?:\.\s*){3,}\]$|^\[\s*…\s*\]$/u;
/** A signature line is short and is not a sentence. */
const MAX_SIGNATURE_LENGTH = 60;
const MAX_SIGNATURE_LINES = 3;

/** Longer than this, a paragraph holds more than an omission mark. */
const MAX_OMISSION_LENGTH = 16;

export function isOmission(text: string): boolean {
  return text.length <= MAX_OMISSION_LENGTH && OMISSION.test(text.trim());
}

export function markOmissions(paragraphs: readonly DraftParagraph[]): DraftParagraph[] {
  return paragraphs.map((p) => (p.kind === 'text' && isOmission(p.text) ? { ...p, kind: 'omission' } : p));
}

/** Marks a trailing date block (and the signature lines right before it) as `closing`. */
export function markClosing(paragraphs: readonly DraftParagraph[]): DraftParagraph[] {
  const out = paragraphs.slice();
  let last = out.length - 1;
  while (last >= 0 && out[last]?.kind === 'omission') last--;
  const date = out[last];
  if (!date || date.kind !== 'text' || parseIsoDate(date.text) === null || last === 0) return out;
  out[last] = { ...date, kind: 'closing' };
  for (let i = last - 1, n = 0; i > 0 && n < MAX_SIGNATURE_LINES; i--, n++) {
    const p = out[i];
    if (!p || p.kind !== 'text' || !looksLikeSignature(p.text)) break;
    out[i] = { ...p, kind: 'closing' };
  }
  return out;
}

function looksLikeSignature(text: string): boolean {
  return text.length <= MAX_SIGNATURE_LENGTH && !/[.!?。！？；;,，]$/u.test(text);
}
