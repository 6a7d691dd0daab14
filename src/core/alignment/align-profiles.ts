/**
 * Align two sequences of unit profiles: full DP when small, otherwise a
 * coarse pass over blocks gives the band for the fine pass. Near-linear in
 * the length of the texts.
 */
import { alignInBand, fullBand, type Band, type PathBead } from './banded-dp.ts';
import { BEADS, COARSE_BEADS, DEFAULT_WEIGHTS, prefixOf, type CostWeights } from './bead-cost.ts';
import { bandFromCoarsePath, blocksOf, pathTouchesEdge } from './coarse-band.ts';
import { PairEvidence } from './pair-evidence.ts';
import { calibrateLexicon } from './lexical-calibration.ts';
import type { LexicalEvidence } from '../lexicon/lexicon.ts';
import { mergeProfiles, type UnitProfile } from './unit-profile.ts';

/** Cells a full DP may use before the coarse-to-fine pass takes over (~ a 400 × 400 problem). */
const FULL_DP_CELLS = 160_000;
/**
 * Margin of the band around the coarse path, in blocks. The coarse pass
 * reads lengths, numbers and names but not the lexicon, and on the Bible set
 * it strays by more than a block in places; the band repair below catches
 * those (one block with repair: strict F1 0.949; without repair 0.85).
 */
const COARSE_MARGIN_BLOCKS = 1;
/** Times the band may be re-centred on the fine path when the path runs along its edge. */
const BAND_REPAIR_ROUNDS = 3;

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


export interface ProfileAlignOptions {
  readonly weights?: CostWeights;
  /** Lexical evidence at unit level; the coarse pass goes without it. */
  readonly lexical?: LexicalEvidence;
  /** Set for the coarse pass: the units are blocks, priced as the sentences they hold. */
  readonly coarse?: { readonly unitMeanLength: number };
}

export function alignProfiles(source: readonly UnitProfile[], target: readonly UnitProfile[], opts: ProfileAlignOptions = {}): PathBead[] {
  const n = source.length;
  const m = target.length;
  if (n === 0 && m === 0) return [];
  const weights = opts.weights ?? DEFAULT_WEIGHTS;
  const totalS = source.reduce((s, u) => s + u.length, 0);
  const totalT = target.reduce((s, u) => s + u.length, 0);
  const ratio = expectedRatio(totalS, totalT);
  const meanLength = opts.coarse?.unitMeanLength ?? Math.max(1, (totalS + totalT / ratio) / Math.max(1, n + m));
  let band = fullBand(n, m);
  let bandMargin = 0;
  const lex = opts.lexical;
  if ((n + 1) * (m + 1) > FULL_DP_CELLS) {
    // Blocks sized so that the coarse problem itself fits a full DP of about FULL_DP_CELLS.
    // Target blocks hold proportionally as many units as source blocks, so that blocks correspond about 1–1.
    const f = Math.ceil(Math.sqrt(((n + 1) * (m + 1)) / FULL_DP_CELLS)) + 1;
    const g = Math.max(1, Math.round((f * m) / Math.max(1, n)));
    const merge = (units: readonly UnitProfile[], k: number) => blocksOf(units.length, k).map(([a, b]) => mergeProfiles(units.slice(a, b)));
    const coarse = alignProfiles(merge(source, f), merge(target, g), { weights, coarse: { unitMeanLength: meanLength } });
    bandMargin = COARSE_MARGIN_BLOCKS * Math.max(f, g);
    band = bandFromCoarsePath(coarse, f, n, m, COARSE_MARGIN_BLOCKS * f, g, COARSE_MARGIN_BLOCKS * g);
  }
  const sourcePrefix = prefixOf(source);
  const targetPrefix = prefixOf(target);
  const calibration = lex ? calibrateLexicon(lex, n, m) : null;
  const omissions = { source: (u: number) => source[u]?.omission === true, target: (u: number) => target[u]?.omission === true };
  const alignWithin = (b: Band): PathBead[] => alignInBand(n, m, b, {
    source: sourcePrefix,
    target: targetPrefix,
    evidence: new PairEvidence(source, target, b, lex ?? null, calibration),
    hasLexicon: lex !== undefined,
    ratio,
    meanLength,
    weights,
  }, omissions, opts.coarse ? COARSE_BEADS : BEADS);
  let path = alignWithin(band);
  // Where the path hugs the band's edge, re-centre the band on the path and run again.
  for (let round = 0; round < BAND_REPAIR_ROUNDS && bandMargin > 0 && pathTouchesEdge(path, band, m); round++) {
    band = bandFromCoarsePath(path, 1, n, m, bandMargin);
    path = alignWithin(band);
  }
  return path;
}
