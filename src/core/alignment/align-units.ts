/**
 * Align two texts given as units (paragraphs, sentences or lines): the
 * language-aware aligner behind every other entry point.
 */
import { alignProfiles, type ProfileAlignOptions } from './align-profiles.ts';
import type { PathBead } from './banded-dp.ts';
import { scoreFromCost } from './row-score.ts';
import type { Alignment, AlignmentRow, AlignUnitsOptions } from './types.ts';
import { profileUnit } from './unit-profile.ts';
import { lexicalEvidence, type Lexicon } from '../lexicon/lexicon.ts';

export interface AlignUnitsFullOptions extends AlignUnitsOptions {
  /** A zh–en dictionary (see src/core/lexicon); without it the aligner uses length, numbers, names and punctuation. */
  readonly lexicon?: Lexicon;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

export function rowsFromPath(path: readonly PathBead[], offsetS = 0, offsetT = 0): AlignmentRow[] {
  return path.map((b) => {
    const a = b.i1 - b.i0;
    const t = b.j1 - b.j0;
    return {
      source: range(b.i0 + offsetS, b.i1 + offsetS),
      target: range(b.j0 + offsetT, b.j1 + offsetT),
      score: scoreFromCost(b.cost, a, t),
      status: 'auto' as const,
    };
  });
}

export function alignUnits(source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): Alignment {
  const ps = source.map((text, u) => profileUnit(text, opts.sourceLang, opts.sourceOmissions?.has(u) ?? false));
  const pt = target.map((text, u) => profileUnit(text, opts.targetLang, opts.targetOmissions?.has(u) ?? false));
  const profileOpts: ProfileAlignOptions = opts.lexicon
    ? { lexical: lexicalEvidence(opts.lexicon, source, opts.sourceLang, target, opts.targetLang) }
    : {};
  return { rows: rowsFromPath(alignProfiles(ps, pt, profileOpts)) };
}
