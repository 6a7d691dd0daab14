/**
 * Align two sequences of unit profiles: full DP when small, otherwise a
 * coarse pass over blocks gives the band for the fine pass. Near-linear in
 * the length of the texts.
 */
import { alignInBand, fullBand, type PathBead } from './banded-dp.ts';
import { DEFAULT_WEIGHTS, prefixOf, type CostWeights } from './bead-cost.ts';
import { bandFromCoarsePath, blocksOf } from './coarse-band.ts';
import { PairEvidence, type LexicalScorer } from './pair-evidence.ts';
import { mergeProfiles, type UnitProfile } from './unit-profile.ts';

/** Cells a full DP may use before the coarse-to-fine pass takes over (~ a 500 × 500 problem). */
const FULL_DP_CELLS = 250_000;

/**
 * Expected target length per source length. Lengths are already normalised
 * by script, so the prior is 1; the observed ratio of the whole texts moves
 * it only halfway (geometric mean) and within a narrow range, because that
 * ratio is skewed by omissions and additions, and a translation ten times
 * longer should look wrong rather than be explained away.
 */
const RATIO_RANGE: readonly [number, number] = [0.8, 1.25];

function expectedRatio(totalS: number, totalT: number): number {
  const observed = totalS > 0 && totalT > 0 ? totalT / totalS : 1;
  return Math.min(RATIO_RANGE[1], Math.max(RATIO_RANGE[0], Math.sqrt(observed)));
}

export interface LexicalSide {
  /** Content words of unit u that the lexicon can speak for. */
  readonly words: (u: number) => number;
}

export interface ProfileAlignOptions {
  readonly weights?: CostWeights;
  /** Lexical evidence at unit level; the coarse pass goes without it. */
  readonly lexical?: { readonly score: LexicalScorer; readonly sourceWords: (u: number) => number; readonly targetWords: (u: number) => number };
}

export function alignProfiles(source: readonly UnitProfile[], target: readonly UnitProfile[], opts: ProfileAlignOptions = {}): PathBead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 && m === 0) return [];
  const weights = opts.weights ?? DEFAULT_WEIGHTS;
  const totalS = source.reduce((s, u) => s + u.length, 0);
  const totalT = target.reduce((s, u) => s + u.length, 0);
  const ratio = expectedRatio(totalS, totalT);
  const meanLength = Math.max(1, (totalS + totalT / ratio) / Math.max(1, n + m));
  let band = fullBand(n, m);
  if ((n + 1) * (m + 1) > FULL_DP_CELLS) {
    const factor = Math.ceil(Math.sqrt(((n + 1) * (m + 1)) / FULL_DP_CELLS)) + 1;
    const merge = (units: readonly UnitProfile[]) => blocksOf(units.length, factor).map(([a, b]) => mergeProfiles(units.slice(a, b)));
    const coarse = alignProfiles(merge(source), merge(target), { weights });
    band = bandFromCoarsePath(coarse, factor, n, m, factor);
  }
  const lex = opts.lexical;
  const ctx = {
    source: prefixOf(source, lex ? lex.sourceWords : () => 0),
    target: prefixOf(target, lex ? lex.targetWords : () => 0),
    evidence: new PairEvidence(source, target, lex?.score),
    ratio,
    meanLength,
    weights,
    hasLexicon: lex !== undefined,
  };
  return alignInBand(n, m, band, ctx, {
    source: (u) => source[u]?.omission === true,
    target: (u) => target[u]?.omission === true,
  });
}
