/**
 * How much dictionary coverage means "translation" for this pair of texts.
 * Coverage (the share of a unit's words that have a translation on the other
 * side) depends on unit size and dictionary fit: sentences of a free Bible
 * rendering reach ~0.5 against their counterpart and ~0.1 against a random
 * sentence, paragraphs more on both. Measured on the texts themselves: the
 * best coverage near the diagonal against coverage far from it.
 */
import type { LexicalEvidence } from '../lexicon/lexicon.ts';

export interface SideCalibration {
  /** Typical coverage of a unit by its right counterpart. */
  readonly good: number;
  /**
   * Chance coverage grows with the size of the other side: by a wrong
   * counterpart of L words it is about 1 - exp(-chancePerWord × L). This is
   * what keeps a merged bead from looking better just for being bigger.
   */
  readonly chancePerWord: number;
}

/** Coverage expected by chance from `otherWords` words of an unrelated text. */
export function chanceCoverage(cal: SideCalibration, otherWords: number): number {
  return 1 - Math.exp(-cal.chancePerWord * otherWords);
}

export interface LexicalCalibration {
  readonly source: SideCalibration | null;
  readonly target: SideCalibration | null;
}

/** Units sampled per side: enough for stable medians, cheap on a book. */
const SAMPLES = 300;
/** Units either side of the length diagonal searched for the best counterpart. */
const NEAR = 3;
/** Below this gap between right and wrong coverage the dictionary tells nothing (another language, say). */
const MIN_GAP = 0.05;

function median(xs: number[]): number {
  const s = xs.sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

function calibrateSide(
  count: number, other: number, words: (u: number) => number, otherWords: (u: number) => number,
  matched: (u: number, from: number, to: number) => number,
): SideCalibration | null {
  if (count === 0 || other < 2 * NEAR + 2) return null;
  const good: number[] = [];
  const bad: number[] = [];
  const badWords: number[] = [];
  const step = Math.max(1, Math.floor(count / SAMPLES));
  for (let u = 0; u < count; u += step) {
    const w = words(u);
    if (w === 0) continue;
    const diag = Math.min(other - 1, Math.floor(((u + 0.5) * other) / count));
    let best = 0;
    for (let t = Math.max(0, diag - NEAR); t <= Math.min(other - 1, diag + NEAR); t++) best = Math.max(best, matched(u, t, t + 1) / w);
    good.push(best);
    const far = (diag + Math.floor(other / 2)) % other;
    bad.push(matched(u, far, far + 1) / w);
    badWords.push(otherWords(far));
  }
  if (good.length < 3) return null;
  const g = median(good);
  const r = median(bad);
  const l = Math.max(1, median(badWords));
  return g - r < MIN_GAP ? null : { good: g, chancePerWord: -Math.log(1 - Math.min(r, 0.95)) / l };
}

export function calibrateLexicon(lex: LexicalEvidence, n: number, m: number): LexicalCalibration {
  return {
    source: calibrateSide(n, m, lex.sourceWords, lex.targetWords, lex.sourceMatched),
    target: calibrateSide(m, n, lex.targetWords, lex.sourceWords, lex.targetMatched),
  };
}
