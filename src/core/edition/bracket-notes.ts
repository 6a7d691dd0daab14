/**
 * The footnote that identifies a bracket already in the source. Editors
 * expect every such bracket explained, so a reader never takes the source's
 * brackets for this edition's.
 */
import { describeMark } from '../marks/explain-mark.ts';
import type { SourceMark } from './source-marks.ts';

export function bracketFootnoteText(mark: SourceMark): string {
  const said = describeMark(mark);
  return `Bracket in the source, not this edition’s: ${said}.`;
}
