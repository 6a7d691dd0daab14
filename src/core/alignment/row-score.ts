/**
 * Turns a bead's cost into a confidence in 0..1. The cost is a sum of
 * -log-likelihood terms, so a logistic over the cost per unit keeps good
 * 1–1 beads near 1 and lets beads that fit badly (or skip material) fall
 * under the flag threshold.
 */

/** Cost per unit at which confidence is one half: roughly a 1–1 bead whose length is 2.5 σ off. */
const COST_AT_HALF = 4;
/** How fast confidence falls with cost. */
const STEEPNESS = 0.9;

export function scoreFromCost(cost: number, sourceUnits: number, targetUnits: number): number {
  const perUnit = cost / Math.max(1, (sourceUnits + targetUnits) / 2);
  const score = 1 / (1 + Math.exp(STEEPNESS * (perUnit - COST_AT_HALF)));
  return Math.round(score * 1000) / 1000;
}
