/**
 * Align two sequences of unit profiles: full DP when small, otherwise a
 * coarse pass over blocks gives the band for the fine pass. Near-linear in
 * the length of the texts.
 */
import { alignInBand, bandArea, fullBand, type Band, type PathBead } from './banded-dp.ts';
import { BEADS, COARSE_BEADS, DEFAULT_WEIGHTS, prefixOf, type CostWeights } from './bead-cost.ts';
import { bandAlongCoarseDiagonal, bandAroundPath, blocksOf, widenWherePathTouches } from './coarse-band.ts';
import { PairEvidence } from './pair-evidence.ts';
import { calibrateLexicon } from './lexical-calibration.ts';
import type { LexicalEvidence } from '../lexicon/lexicon.ts';
import { mergeProfiles, type UnitProfile } from './unit-profile.ts';

/** Cells a full DP may use before the coarse-to-fine pass takes over (~ a 400 × 400 problem). */
const FULL_DP_CELLS = 160_000;
/**
 * Margin of the band either side of the coarse path's diagonal, in blocks
 * (at least MIN_MARGIN units). The coarse pass reads lengths and numbers but
 * not names or the lexicon, and strays in places; band repair (below) widens
 * the band where the fine path runs along its edge. Half a block was too
 * narrow for repair to recover on generated text with drops and merges.
 */
const COARSE_MARGIN_BLOCKS = 1;
const MIN_MARGIN = 16;
/** Rounds of band repair; each doubles the widening (five recover a drift of several hundred units). */
const BAND_REPAIR_ROUNDS = 5;
/**
 * Units per block, at most. The fine band is a margin of about one block
 * either side of the coarse path, so bigger blocks make the band area grow
 * as n·√n (a million paragraphs: 5·10⁹ cells). Capped, the coarse problem is
 * itself too big for a full DP and is aligned coarse to fine in turn, and
 * the fine band stays linear in n.
 */
const MAX_BLOCK_UNITS = 16;
/** Below this many units a side, blocks are as large as the full-DP coarse pass wants (the tuned behaviour). */
const CAPPED_BLOCKS_FROM_UNITS = 50_000;
/** With capped blocks the margin is two blocks: one left the path on the band's edge, and every repair round reran the whole band. */
const CAPPED_MARGIN = 2 * MAX_BLOCK_UNITS;
/**
 * Band repair stops before the band passes this many cells (~400 MB of DP
 * tables): past it, memory, not the evidence, would decide. The path found so
 * far stands.
 */
const MAX_BAND_CELLS = 40_000_000;

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
  /** Expected target length per source length, when the caller has measured it. */
  readonly ratio?: number;
  /** Told the size of every DP pass (cells in its band), for benchmarks: memory is proportional to the largest. */
  readonly onPass?: (cells: number, n: number, m: number) => void;
  /**
   * A path from an earlier pass (and the ratio it measured): the band is
   * that path widened by GUIDE_MARGIN, no coarse pass is run, and band
   * repair widens it where the new path leans on its edge.
   */
  readonly guide?: { readonly path: readonly PathBead[]; readonly ratio: number };
}

/** Units either side of a guiding path that a later pass may move a boundary by. */
const GUIDE_MARGIN = 6;

/** Where the ratio measured on a first path may move the expected ratio: beyond it, the texts really differ. */
const MEASURED_RATIO_RANGE: readonly [number, number] = [0.5, 2];
/** A measured ratio this far (relative) from the assumed one is worth a second pass. */
const RATIO_TOLERANCE = 0.12;

/**
 * The median length ratio of the path's beads that pair something with
 * something: robust to omissions and additions, which skew whole-text totals.
 */
function measuredRatio(path: readonly PathBead[], source: readonly UnitProfile[], target: readonly UnitProfile[]): number | null {
  const ratios: number[] = [];
  for (const b of path) {
    if (b.i1 === b.i0 || b.j1 === b.j0) continue;
    let ls = 0;
    let lt = 0;
    for (let i = b.i0; i < b.i1; i++) ls += source[i]?.length ?? 0;
    for (let j = b.j0; j < b.j1; j++) lt += target[j]?.length ?? 0;
    if (ls > 0 && lt > 0) ratios.push(lt / ls);
  }
  if (ratios.length < 5) return null;
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)] ?? 1;
  return Math.min(MEASURED_RATIO_RANGE[1], Math.max(MEASURED_RATIO_RANGE[0], median));
}

/**
 * How far off the assumed ratio may be in the coarse pass (relative): the
 * ratio is measured on the coarse path, so that path must survive a ratio
 * that is wrong by this much (generated text, a terse or wordy translator).
 */
const COARSE_RATIO_SPREAD = 0.25;

const differs = (a: number, b: number): boolean => Math.abs(Math.log(a / b)) > RATIO_TOLERANCE;

export function alignProfiles(source: readonly UnitProfile[], target: readonly UnitProfile[], opts: ProfileAlignOptions = {}): PathBead[] {
  return alignProfilesWithRatio(source, target, opts).path;
}

/** As alignProfiles, also returning the length ratio the path was found with (a guide for a later pass). */
export function alignProfilesWithRatio(source: readonly UnitProfile[], target: readonly UnitProfile[], opts: ProfileAlignOptions = {}): { path: PathBead[]; ratio: number } {
  const n = source.length;
  const m = target.length;
  if (n === 0 && m === 0) return { path: [], ratio: 1 };
  const weights = opts.weights ?? DEFAULT_WEIGHTS;
  const totalS = source.reduce((s, u) => s + u.length, 0);
  const totalT = target.reduce((s, u) => s + u.length, 0);
  let ratio = opts.ratio ?? expectedRatio(totalS, totalT);
  const meanLength = opts.coarse?.unitMeanLength ?? Math.max(1, (totalS + totalT / ratio) / Math.max(1, n + m));
  let band = fullBand(n, m);
  let bandMargin = 0;
  const lex = opts.lexical;
  if (opts.guide && (n + 1) * (m + 1) > FULL_DP_CELLS) {
    ratio = opts.guide.ratio;
    bandMargin = GUIDE_MARGIN;
    band = bandAroundPath(opts.guide.path, n, m, GUIDE_MARGIN);
  } else if ((n + 1) * (m + 1) > FULL_DP_CELLS) {
    // Blocks sized so that the coarse problem itself fits a full DP of about FULL_DP_CELLS.
    // Target blocks hold proportionally as many units as source blocks, so that blocks correspond about 1–1.
    const capped = Math.max(n, m) > CAPPED_BLOCKS_FROM_UNITS;
    const wanted = Math.ceil(Math.sqrt(((n + 1) * (m + 1)) / FULL_DP_CELLS)) + 1;
    const f = capped ? Math.min(MAX_BLOCK_UNITS, wanted) : wanted;
    const g = Math.max(1, Math.round((f * m) / Math.max(1, n)));
    const merge = (units: readonly UnitProfile[], k: number) => blocksOf(units.length, k).map(([a, b]) => mergeProfiles(units.slice(a, b)));
    const blocksS = merge(source, f);
    const blocksT = merge(target, g);
    const inner = { weights, coarse: { unitMeanLength: meanLength }, ...(opts.onPass ? { onPass: opts.onPass } : {}) };
    let coarse = alignProfiles(blocksS, blocksT, { ...inner, ratio });
    const measured = opts.ratio === undefined ? measuredRatio(coarse, blocksS, blocksT) : null;
    if (measured !== null && differs(measured, ratio)) {
      ratio = measured;
      coarse = alignProfiles(blocksS, blocksT, { ...inner, ratio });
    }
    bandMargin = Math.max(capped ? CAPPED_MARGIN : MIN_MARGIN, COARSE_MARGIN_BLOCKS * Math.max(f, g));
    band = bandAlongCoarseDiagonal(coarse, f, n, m, g, bandMargin);
  }
  const sourcePrefix = prefixOf(source);
  const targetPrefix = prefixOf(target);
  const calibration = lex ? calibrateLexicon(lex, n, m) : null;
  const omissions = { source: (u: number) => source[u]?.omission === true, target: (u: number) => target[u]?.omission === true };
  const alignWithin = (b: Band): PathBead[] => {
    opts.onPass?.(bandArea(b), n, m);
    return alignBand(b);
  };
  const alignBand = (b: Band): PathBead[] => alignInBand(n, m, b, {
    source: sourcePrefix,
    target: targetPrefix,
    evidence: new PairEvidence(source, target, b, lex ?? null, calibration),
    hasLexicon: lex !== undefined,
    ratio,
    ratioSpread: opts.coarse ? COARSE_RATIO_SPREAD : 0,
    meanLength,
    weights,
  }, omissions, opts.coarse ? COARSE_BEADS : BEADS);
  let path = alignWithin(band);
  // Small texts have no coarse pass: measure the ratio on the first path and run again if it was far off.
  if (bandMargin === 0 && opts.ratio === undefined && !opts.coarse) {
    const measured = measuredRatio(path, source, target);
    if (measured !== null && differs(measured, ratio)) {
      ratio = measured;
      path = alignWithin(band);
    }
  }
  // Where the path hugs the band's edge, widen the band there and run again.
  for (let round = 0; round < BAND_REPAIR_ROUNDS && bandMargin > 0; round++) {
    const wider = widenWherePathTouches(path, band, n, m, bandMargin * 2 ** (round + 1));
    if (!wider || bandArea(wider) > Math.max(MAX_BAND_CELLS, bandArea(band))) break;
    band = wider;
    path = alignWithin(band);
  }
  return { path, ratio };
}
