/**
 * The footnote that identifies a bracket already in the source. Editors
 * expect every such bracket explained, so a reader never takes the source's
 * brackets for ours.
 */
import type { BracketKind } from './edition.ts';
import type { SourceMark } from './source-marks.ts';

const EXPLAIN: Record<BracketKind, (m: SourceMark) => string> = {
  sic: (m) => `“[sic]” stands in the source${m.target ? ` after “${m.target.text}”` : ''}: the form is kept as found.`,
  gloss: (m) => `Bracketed gloss in the source${m.target ? `: “${m.target.text}” is glossed` : ''} as “${m.gloss ?? m.text}”.`,
  omission: (m) => `“${m.text}” stands in the source: material omitted there, kept where it stands.`,
  illegible: (m) => `“${m.text}” stands in the source: a passage the source marks as illegible.`,
  'not-declassified': (m) => `“${m.text}” stands in the source: material not declassified.`,
  editorial: (m) => `“${m.text}” is a bracket in the source, not an addition by this edition.`,
};

export function bracketFootnoteText(mark: SourceMark): string {
  return EXPLAIN[mark.kind](mark);
}
