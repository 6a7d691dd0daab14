/** What a check reports: one finding per problem, located, with a message a person can act on. */

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Index into the WorkAlignment's rows. */
  readonly row: number;
  /** The translation the finding is about (the original for checks of the original alone). */
  readonly witnessId: string;
  /** Where in that witness: a paragraph, and offsets in its text when they are known. */
  readonly paragraphId?: string;
  readonly start?: number;
  readonly end?: number;
  /** Where in the original, for things the translation lacks. */
  readonly sourceParagraphId?: string;
  readonly sourceStart?: number;
  readonly sourceEnd?: number;
  readonly message: string;
}

export const RULES = {
  'number-mismatch': 'A number, date, time or temperature in one text has no equal in the other.',
  'name-missing': 'A name in the original has no counterpart in the translation.',
  'name-variant': 'A name is written in a form other than the authority list’s canonical form.',
  'name-inconsistent': 'The same name is spelled two ways in one translation.',
  'bracket-unbalanced': 'A bracket is opened and not closed, or closed and not opened.',
  'quote-unbalanced': 'A quotation mark is opened and not closed, or closed and not opened.',
  'empty-translation': 'The translation of a paragraph is empty.',
  untranslated: 'The translation is the original text, not a translation of it.',
  'omission-unmarked': 'An original paragraph has no counterpart in the translation and no [...] says it was left out.',
} as const;

export type RuleId = keyof typeof RULES;

/**
 * Orders findings by row, then witness, then position, so output is stable.
 * Plain code-unit order for ids: localeCompare is ~50× slower, and thousands
 * of findings are sorted at once.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return a.row - b.row || byCodeUnits(a.witnessId, b.witnessId) || (a.start ?? -1) - (b.start ?? -1) || byCodeUnits(a.rule, b.rule);
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
