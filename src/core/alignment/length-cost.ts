/**
 * Gale–Church length cost: how surprising it is that a stretch of `ls`
 * source characters became `lt` target characters. Lengths are already in
 * language-neutral units (see unit-profile.ts), so the expected ratio is ~1.
 */

/**
 * Variance per unit of length. Gale and Church measured 6.8 for European
 * pairs in characters; the sample work's zh–en sentence beads give 3.1 in our
 * normalised units, but that is two careful translations of one text: free
 * renderings (the Bible test set) vary far more, so we allow twice as much.
 */
export const LENGTH_VARIANCE = 6.5;

/** -log of the two-sided tail probability of a standard normal beyond |z| (Abramowitz–Stegun 7.1.26). */
export function normalTailCost(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const tail = poly * Math.exp(-x * x); // erfc(x) = P(|Z| > |z|)
  // Far tails underflow: continue with the log-density so costs keep growing.
  return tail > 1e-300 ? -Math.log(tail) : x * x + Math.log(x * Math.sqrt(Math.PI));
}

/** normalTailCost tabulated on |z| in steps of 1/TABLE_STEPS: the DP calls it millions of times. */
const TABLE_STEPS = 64;
const TABLE_MAX = 40;
const TABLE = Float64Array.from({ length: TABLE_MAX * TABLE_STEPS + 2 }, (_, k) => normalTailCost(k / TABLE_STEPS));

export function tailCostFast(z: number): number {
  const x = Math.abs(z) * TABLE_STEPS;
  if (x >= TABLE_MAX * TABLE_STEPS) return normalTailCost(z);
  const k = Math.floor(x);
  const f = x - k;
  return (TABLE[k] ?? 0) * (1 - f) + (TABLE[k + 1] ?? 0) * f;
}

/**
 * `ratioSpread` is the relative uncertainty of `ratio` itself. It matters for
 * long stretches (blocks of the coarse pass), where a ratio a little off
 * outweighs the per-character noise and would make every pairing look wrong.
 */
export function lengthCost(ls: number, lt: number, ratio: number, variance = LENGTH_VARIANCE, ratioSpread = 0): number {
  if (ls === 0 && lt === 0) return 0;
  const mean = (ls * ratio + lt) / 2;
  const spread = ratioSpread * mean;
  const delta = (lt - ls * ratio) / Math.sqrt(Math.max(mean, 1) * variance + spread * spread);
  return tailCostFast(delta);
}
