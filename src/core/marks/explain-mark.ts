/**
 * What each kind of mark means, in words for the UI's titles and the
 * edition's footnotes.
 */
import type { Mark, MarkKind } from './parse-marks.ts';

export const MARK_EXPLANATIONS: Readonly<Record<MarkKind, string>> = {
  sic: '[sic]: form kept as in the source',
  gloss: 'bracketed gloss: the editor’s usual or modern form of the word before it',
  omission: '[…]: text left out of this rendering',
  illegible: '[Illegible …]: the source cannot be read here',
  'not-declassified': '[text not declassified]: withheld by the archive, not released',
  editorial: '[…]: words added by the editor or translator, not in the source',
};

export function explainMarkKind(kind: MarkKind): string {
  return MARK_EXPLANATIONS[kind];
}

/** One sentence about this particular mark, naming the word it concerns. */
export function describeMark(mark: Mark): string {
  switch (mark.kind) {
    case 'sic':
      return mark.target ? `“${mark.target.text}” [sic]: form kept as in the source` : MARK_EXPLANATIONS.sic;
    case 'gloss':
      return `“${mark.target?.text ?? ''}” glossed by the editor as “${mark.gloss ?? ''}”`;
    case 'omission':
      return mark.text.length > 5 ? `${mark.text}: text left out of this rendering` : MARK_EXPLANATIONS.omission;
    case 'illegible':
      return `${mark.text}: the source cannot be read here`;
    case 'not-declassified':
      return `${mark.text}: withheld by the archive, not released`;
    case 'editorial':
      return `${mark.text}: words added by the editor or translator, not in the source`;
  }
}
