/**
 * Evidence that source and target units translate each other — shared
 * numbers, names found in both scripts, dictionary words — precomputed for
 * the pairs the banded DP can ask about (a window per source unit), in flat
 * typed arrays. A bead's dictionary matches are an OR of its pairs' bit
 * masks, so a word found in two sentences of one bead counts once.
 */
import { maskWords, popcount, type LexicalEvidence } from '../lexicon/lexicon.ts';
import type { Band } from './banded-dp.ts';
import { chanceCoverage, type LexicalCalibration, type SideCalibration } from './lexical-calibration.ts';
import type { UnitProfile } from './unit-profile.ts';

/**
 * A unit of few words has a noisy coverage: its reward is damped by words /
 * (words + DAMPING). Was 4 with the dictionary alone; with the pairs learned
 * from the text itself, short units' few words are matched more reliably, and
 * on the tuning slice 1 and 2 did best (4 → 1: 0.949 → 0.953 there; see
 * PARAMETERS.md for the held-out and development figures).
 */
const DAMPING = 1;

function unitReward(matched: number, words: number, otherWords: number, cal: SideCalibration | null): number {
  if (!cal || words === 0) return 0;
  // Where chance alone would cover as much as a right counterpart (long units of one topic),
  // high coverage proves nothing, but low coverage still tells against the pair.
  const chance = Math.min(chanceCoverage(cal, otherWords), cal.good - MIN_SPREAD);
  const r = ((matched / words - (cal.good + chance) / 2) * 2) / (cal.good - chance);
  return Math.max(-1, Math.min(1, r)) * (words / (words + DAMPING));
}

/** Chance coverage is taken as at most this far below a right counterpart's. */
const MIN_SPREAD = 0.2;

/** Values the two lists share, counting repeats (a multiset intersection). Lists are short: no allocation. */
export function sharedCount(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  let used = 0; // bit k: b[k] already matched (lists beyond 31 values are compared without the bookkeeping)
  for (const x of a) {
    for (let k = 0; k < b.length; k++) {
      if (b[k] !== x || (k < 31 && used & (1 << k))) continue;
      if (k < 31) used |= 1 << k;
      shared++;
      break;
    }
  }
  return Math.min(shared, a.length, b.length);
}

function namesShared(s: UnitProfile, t: UnitProfile): number {
  let n = 0;
  for (const x of s.nameIds) {
    for (const y of t.nameIds) {
      if (x === y) {
        n++;
        break;
      }
    }
  }
  return n;
}

/** Widest bead the DP builds from ordinary beads (1–3, 3–1). */
const MAX_BEAD = 3;

export class PairEvidence {
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly offset: Int32Array;
  private readonly numberMatches: Uint8Array;
  private readonly nameMatches: Uint8Array;
  private readonly masks: Uint32Array | null;
  /** Per pair, where its bit sets start in `masks`; per unit, how many 32-bit words its set takes. */
  private readonly maskOffset: Int32Array | null;
  private readonly sourceWidth: Int32Array;
  private readonly targetWidth: Int32Array;

  constructor(
    private readonly source: readonly UnitProfile[],
    private readonly target: readonly UnitProfile[],
    band: Band,
    private readonly lexical: LexicalEvidence | null,
    private readonly calibration: LexicalCalibration | null = null,
  ) {
    const n = source.length;
    const m = target.length;
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.offset = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) {
      this.from[s] = Math.max(0, (band.lo[s + 1] ?? 0) - MAX_BEAD);
      this.to[s] = Math.min(m, band.hi[Math.min(n, s + MAX_BEAD)] ?? m);
      this.offset[s + 1] = (this.offset[s] ?? 0) + Math.max(0, (this.to[s] ?? 0) - (this.from[s] ?? 0));
    }
    const pairs = this.offset[n] ?? 0;
    this.numberMatches = new Uint8Array(pairs);
    this.nameMatches = new Uint8Array(pairs);
    this.sourceWidth = Int32Array.from({ length: n }, (_, s) => (lexical ? maskWords(lexical.sourceWords(s)) : 0));
    this.targetWidth = Int32Array.from({ length: m }, (_, t) => (lexical ? maskWords(lexical.targetWords(t)) : 0));
    this.maskOffset = lexical ? new Int32Array(pairs + 1) : null;
    if (this.maskOffset) {
      for (let s = 0; s < n; s++) {
        for (let t = this.from[s] ?? 0; t < (this.to[s] ?? 0); t++) {
          const k = (this.offset[s] ?? 0) + t - (this.from[s] ?? 0);
          this.maskOffset[k + 1] = (this.maskOffset[k] ?? 0) + (this.sourceWidth[s] ?? 0) + (this.targetWidth[t] ?? 0);
        }
      }
    }
    this.masks = this.maskOffset ? new Uint32Array(this.maskOffset[pairs] ?? 0) : null;
    for (let s = 0; s < n; s++) {
      const a = source[s];
      if (!a) continue;
      for (let t = this.from[s] ?? 0; t < (this.to[s] ?? 0); t++) {
        const b = target[t];
        if (!b) continue;
        const k = (this.offset[s] ?? 0) + t - (this.from[s] ?? 0);
        if (a.numbers.length && b.numbers.length) this.numberMatches[k] = Math.min(255, sharedCount(a.numbers, b.numbers));
        if (a.nameIds.length && b.nameIds.length) this.nameMatches[k] = Math.min(255, namesShared(a, b));
        if (lexical && this.masks && this.maskOffset) lexical.pairMasks(s, t, this.masks, this.maskOffset[k] ?? 0);
      }
    }
  }

  /** Index of the pair in the flat arrays, or -1 outside the window. */
  private index(s: number, t: number): number {
    const from = this.from[s] ?? 0;
    return t >= from && t < (this.to[s] ?? 0) ? (this.offset[s] ?? 0) + t - from : -1;
  }

  numbers(s: number, t: number): number {
    const k = this.index(s, t);
    if (k >= 0) return this.numberMatches[k] ?? 0;
    const a = this.source[s];
    const b = this.target[t];
    return a && b ? sharedCount(a.numbers, b.numbers) : 0;
  }

  names(s: number, t: number): number {
    const k = this.index(s, t);
    if (k >= 0) return this.nameMatches[k] ?? 0;
    const a = this.source[s];
    const b = this.target[t];
    return a && b ? namesShared(a, b) : 0;
  }

  /**
   * Dictionary evidence for a bead, in -1..+1 per unit, summed: each unit's
   * coverage by the other side of the bead against this text pair's
   * calibration. A unit with no counterpart in the bead pulls it down.
   */
  lexicalReward(s0: number, s1: number, t0: number, t1: number): number {
    const lex = this.lexical;
    const masks = this.masks;
    const offsets = this.maskOffset;
    const cal = this.calibration;
    if (!lex || !masks || !offsets || !cal) return 0;
    let exact = false;
    for (let s = s0; s < s1 && !exact; s++) exact = this.index(s, t0) < 0 || this.index(s, t1 - 1) < 0;
    let sourceWords = 0;
    let targetWords = 0;
    for (let s = s0; s < s1; s++) sourceWords += lex.sourceWords(s);
    for (let t = t0; t < t1; t++) targetWords += lex.targetWords(t);
    let reward = 0;
    for (let s = s0; s < s1; s++) {
      let matched = 0;
      if (exact) {
        matched = lex.sourceMatched(s, t0, t1);
      } else {
        const width = this.sourceWidth[s] ?? 0;
        for (let w = 0; w < width; w++) {
          let bits = 0;
          for (let t = t0; t < t1; t++) bits |= masks[(offsets[this.index(s, t)] ?? 0) + w] ?? 0;
          matched += popcount(bits);
        }
      }
      reward += unitReward(matched, lex.sourceWords(s), targetWords, cal.source);
    }
    for (let t = t0; t < t1; t++) {
      let matched = 0;
      if (exact) {
        matched = lex.targetMatched(t, s0, s1);
      } else {
        const width = this.targetWidth[t] ?? 0;
        for (let w = 0; w < width; w++) {
          let bits = 0;
          for (let s = s0; s < s1; s++) bits |= masks[(offsets[this.index(s, t)] ?? 0) + (this.sourceWidth[s] ?? 0) + w] ?? 0;
          matched += popcount(bits);
        }
      }
      reward += unitReward(matched, lex.targetWords(t), sourceWords, cal.target);
    }
    return reward;
  }
}
