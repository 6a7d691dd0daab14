/**
 * Evidence that one source unit and one target unit translate each other:
 * shared numbers, names found in both scripts, dictionary word matches.
 * Computed on demand and cached, because the banded DP only ever asks about
 * pairs near the diagonal.
 */
import type { UnitProfile } from './unit-profile.ts';

export interface Evidence {
  readonly numbers: number;
  readonly names: number;
  readonly lexicon: number;
}

const NONE: Evidence = { numbers: 0, names: 0, lexicon: 0 };

/** Matched words of both sides for one pair (see lexicon-match.ts). */
export type LexicalScorer = (s: number, t: number) => number;

export function sharedCount(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const left = new Map<string, number>();
  for (const x of a) left.set(x, (left.get(x) ?? 0) + 1);
  let shared = 0;
  for (const y of b) {
    const k = left.get(y) ?? 0;
    if (k > 0) {
      shared++;
      left.set(y, k - 1);
    }
  }
  return shared;
}

function namesShared(s: UnitProfile, t: UnitProfile): number {
  let n = 0;
  for (const k of s.nameKeys) if (t.nameGrams.has(k)) n++;
  // Same-script pairs offer keys on both sides; count each match once.
  if (s.nameKeys.length === 0) for (const k of t.nameKeys) if (s.nameGrams.has(k)) n++;
  return n;
}

export class PairEvidence {
  private readonly cache = new Map<number, Evidence>();

  constructor(
    private readonly source: readonly UnitProfile[],
    private readonly target: readonly UnitProfile[],
    private readonly lexical?: LexicalScorer,
  ) {}

  get(s: number, t: number): Evidence {
    const key = s * (this.target.length + 1) + t;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const e = this.compute(s, t);
    this.cache.set(key, e);
    return e;
  }

  private compute(s: number, t: number): Evidence {
    const a = this.source[s];
    const b = this.target[t];
    if (!a || !b) return NONE;
    const numbers = sharedCount(a.numbers, b.numbers);
    const names = namesShared(a, b);
    const lexicon = this.lexical ? this.lexical(s, t) : 0;
    return numbers === 0 && names === 0 && lexicon === 0 ? NONE : { numbers, names, lexicon };
  }
}
