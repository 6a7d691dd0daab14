/**
 * Align two texts given as units (paragraphs, sentences or lines): the
 * language-aware aligner behind every other entry point. For Chinese and
 * English, two passes: anchors first, then the dictionary with what the
 * anchors taught (see PARAMETERS.md).
 */
import { alignProfilesWithRatio, type ProfileAlignOptions } from './align-profiles.ts';
import { DEFAULT_WEIGHTS, type CostWeights } from './bead-cost.ts';
import type { PathBead } from './banded-dp.ts';
import { scoreFromCost } from './row-score.ts';
import type { Alignment, AlignmentRow, AlignUnitsOptions } from './types.ts';
import { linkNames, profileUnits } from './unit-profile.ts';
import { isCjkLang } from '../text/split-sentences.ts';
import { scriptFitsLanguage } from './diagnose-input.ts';
import { lexicalEvidence, type Lexicon } from '../lexicon/lexicon.ts';
import { learnFromAnchors } from './learned-lexicon.ts';

export interface AlignUnitsFullOptions extends AlignUnitsOptions {
  /** A zh–en dictionary (see src/core/lexicon); without it the aligner uses length, numbers, names and punctuation. */
  readonly lexicon?: Lexicon;
  /** Override evidence weights (all zero but length gives plain Gale–Church, the benchmark's baseline). */
  readonly weights?: Partial<CostWeights>;
  /** Told the band size (cells) of every DP pass: a benchmark's view of time and memory. */
  readonly onPass?: (cells: number, n: number, m: number) => void;
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

/**
 * Aligns with the Chinese side as source when only the target is Chinese,
 * then swaps back: the model is symmetric, the dictionary evidence is
 * computed fastest with the Chinese unit fixed in the inner loop, and the
 * learned pairs are Chinese n-grams against English stems.
 */
export function alignUnits(source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): Alignment {
  if (isCjkLang(opts.targetLang) && !isCjkLang(opts.sourceLang)) {
    const swapped = alignUnitsDirect(target, source, {
      ...opts,
      sourceLang: opts.targetLang,
      targetLang: opts.sourceLang,
      ...(opts.targetOmissions ? { sourceOmissions: opts.targetOmissions } : {}),
      ...(opts.sourceOmissions ? { targetOmissions: opts.sourceOmissions } : {}),
    });
    const rows = swapped.rows.map((r) => ({ ...r, source: r.target, target: r.source }));
    return distrustWrongScript({ rows }, source, target, opts);
  }
  return distrustWrongScript(alignUnitsDirect(source, target, opts), source, target, opts);
}

/** Confidence ceiling when a text is not in the language it claims: every row then wants a look. */
const WRONG_SCRIPT_CEILING = 0.3;

function distrustWrongScript(a: Alignment, source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): Alignment {
  if (scriptFitsLanguage(source, opts.sourceLang) && scriptFitsLanguage(target, opts.targetLang)) return a;
  return { rows: a.rows.map((r) => ({ ...r, score: Math.min(r.score, WRONG_SCRIPT_CEILING) })) };
}

function alignUnitsDirect(source: readonly string[], target: readonly string[], opts: AlignUnitsFullOptions): Alignment {
  const ps = profileUnits(source, opts.sourceLang, opts.sourceOmissions);
  const pt = profileUnits(target, opts.targetLang, opts.targetOmissions);
  linkNames(ps, pt);
  const weights = { ...DEFAULT_WEIGHTS, ...opts.weights };
  const pass = (lexicon: Lexicon | undefined, guide?: ProfileAlignOptions['guide']) => alignProfilesWithRatio(ps, pt, {
    weights,
    ...(lexicon ? { lexical: lexicalEvidence(lexicon, source, opts.sourceLang, target, opts.targetLang) } : {}),
    ...(opts.onPass ? { onPass: opts.onPass } : {}),
    ...(guide ? { guide } : {}),
  });
  // zh–en with lexical evidence wanted (not the length-only baseline): a first pass without the
  // dictionary finds anchors, and the second pass has the dictionary plus what the anchors teach.
  const learnable = isCjkLang(opts.sourceLang) && !isCjkLang(opts.targetLang) && weights.lexicon > 0;
  if (!learnable) return { rows: rowsFromPath(pass(opts.lexicon).path) };
  const first = pass(undefined);
  const learned = learnFromAnchors(source, target, rowsFromPath(first.path), opts.lexicon);
  // Too few anchors to learn from (a short text): the dictionary alone, in a pass of its own.
  if (!learned) return { rows: rowsFromPath((opts.lexicon ? pass(opts.lexicon) : first).path) };
  return { rows: rowsFromPath(pass(learned.lexicon, first).path) };
}
