/**
 * What is wrong with a pair of texts before aligning them: an empty side is
 * an error; identical texts, a text far longer than the other or a script
 * that does not match its language are warnings (the alignment still runs
 * and its scores say how little it can be trusted).
 */
import { pxError, type PxError } from '../result.ts';
import { isCjkLang } from '../text/split-sentences.ts';
import { unitLength } from './unit-profile.ts';

export interface InputDiagnosis {
  readonly errors: PxError[];
  readonly warnings: PxError[];
}

/** Normalised length ratio beyond which one text cannot be a translation of the other. */
const MAX_LENGTH_RATIO = 3;

function hanShare(texts: readonly string[]): number {
  let sample = '';
  for (const t of texts) {
    sample += t;
    if (sample.length > 20_000) break;
  }
  const letters = sample.match(/[\p{L}]/gu)?.length ?? 0;
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  return letters ? han / letters : 0;
}

/** False when a text's script contradicts its language tag: Chinese without Han characters, or English full of them. */
export function scriptFitsLanguage(texts: readonly string[], lang: string): boolean {
  if (texts.every((t) => t.trim() === '')) return true;
  const share = hanShare(texts);
  return isCjkLang(lang) ? share >= 0.3 : share <= 0.3;
}

/**
 * Units a side an alignment takes on: 250,000 paragraphs or sentences (a long
 * book in sentences) align in about 15 s of CPU and under 1 GB; the banded
 * DP grows linearly past it, a million units a side needing ~3 GB. Larger
 * texts are refused with a code rather than left to exhaust the machine.
 */
export const MAX_ALIGN_UNITS = 250_000;

/** The coded refusal for texts too long to align, or null. */
export function alignSizeProblem(sourceUnits: number, targetUnits: number): PxError | null {
  const most = Math.max(sourceUnits, targetUnits);
  if (most <= MAX_ALIGN_UNITS) return null;
  return pxError('ALIGN_TOO_LARGE', `One text has ${most.toLocaleString('en')} units to align, over the limit of ${MAX_ALIGN_UNITS.toLocaleString('en')}`,
    'split the document into several works (or align by paragraphs rather than sentences)');
}

export function diagnoseAlignInput(source: readonly string[], target: readonly string[], langs: { sourceLang: string; targetLang: string }): InputDiagnosis {
  const errors: PxError[] = [];
  const warnings: PxError[] = [];
  const blank = (xs: readonly string[]) => xs.every((x) => x.trim() === '');
  if (blank(source)) errors.push(pxError('ALIGN_EMPTY_SOURCE', 'The original has no text to align', 'check that the original file is the right one and not empty'));
  if (blank(target)) errors.push(pxError('ALIGN_EMPTY_TARGET', 'The translation has no text to align', 'check that the translation file is the right one and not empty'));
  if (errors.length) return { errors, warnings };
  const size = alignSizeProblem(source.length, target.length);
  if (size) return { errors: [size], warnings };
  if (source.length === target.length && source.every((s, k) => s.trim() === target[k]?.trim())) {
    warnings.push(pxError('ALIGN_IDENTICAL_TEXTS', 'The two texts are identical', 'check that you chose the translation, not the original twice'));
  }
  const ls = source.reduce((n, s) => n + unitLength(s), 0);
  const lt = target.reduce((n, s) => n + unitLength(s), 0);
  const ratio = Math.max(ls, lt) / Math.max(1, Math.min(ls, lt));
  if (ratio > MAX_LENGTH_RATIO) {
    warnings.push(pxError('ALIGN_LENGTH_MISMATCH', `One text is ${ratio.toFixed(1)} times as long as the other`, 'check that both files hold the same document; rows are flagged where lengths disagree'));
  }
  for (const [texts, lang, which] of [[source, langs.sourceLang, 'original'], [target, langs.targetLang, 'translation']] as const) {
    if (!scriptFitsLanguage(texts, lang)) {
      warnings.push(pxError('ALIGN_LANGUAGE_MISMATCH', `The ${which} does not look like ${lang}`, `give the right language with --${which === 'original' ? 'source' : 'target'}-lang, or check the file`));
    }
  }
  return { errors, warnings };
}
