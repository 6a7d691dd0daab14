/**
 * Paragraph-level alignment of a translation to the original. Omission
 * paragraphs (`[...]`) may stand for a run of the other side's paragraphs.
 */
import type { Paragraph, Witness } from '../model/work.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import { alignUnits } from './align-units.ts';
import type { Alignment } from './types.ts';

const OMISSION_TEXT = /^\s*[[［(（]\s*(?:\.{3}|…+|\. \. \.)\s*[\]］)）]\s*$/;

export function isOmissionParagraph(p: Paragraph): boolean {
  return p.kind === 'omission' || OMISSION_TEXT.test(p.text);
}

function omissionsOf(w: Witness): Set<number> {
  const out = new Set<number>();
  w.paragraphs.forEach((p, k) => {
    if (isOmissionParagraph(p)) out.add(k);
  });
  return out;
}

export function alignWitnesses(original: Witness, translation: Witness, opts: { lexicon?: Lexicon } = {}): Alignment {
  return alignUnits(original.paragraphs.map((p) => p.text), translation.paragraphs.map((p) => p.text), {
    sourceLang: original.lang,
    targetLang: translation.lang,
    sourceOmissions: omissionsOf(original),
    targetOmissions: omissionsOf(translation),
    ...(opts.lexicon ? { lexicon: opts.lexicon } : {}),
  });
}
