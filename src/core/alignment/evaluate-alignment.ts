/**
 * Strict precision / recall / F1 of an alignment against a gold alignment,
 * as in the Bible zh–en evaluations (bertalign, aligner-eval): a test bead
 * counts only if a gold bead has exactly the same units on both sides.
 */
import type { AlignmentRow } from './types.ts';

export interface Bead {
  readonly source: readonly number[];
  readonly target: readonly number[];
}

export interface StrictScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly correct: number;
  readonly test: number;
  readonly gold: number;
}

const key = (b: Bead): string => `${b.source.join(',')}:${b.target.join(',')}`;

export function strictScores(test: readonly Bead[], gold: readonly Bead[]): StrictScores {
  const goldKeys = new Set(gold.map(key));
  const correct = test.filter((b) => goldKeys.has(key(b))).length;
  const precision = test.length ? correct / test.length : 0;
  const recall = gold.length ? correct / gold.length : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, correct, test: test.length, gold: gold.length };
}

/**
 * When gold beads come from verse ids, sentences of one verse are one bead:
 * merge consecutive test beads whose units all belong to the same verse.
 */
export function mergeWithinVerses(rows: readonly Bead[], sourceVerse: readonly string[], targetVerse: readonly string[]): Bead[] {
  const versesOf = (b: Bead): Set<string> =>
    new Set([...b.source.map((u) => sourceVerse[u] ?? `s${u}`), ...b.target.map((u) => targetVerse[u] ?? `t${u}`)]);
  const out: Array<{ source: number[]; target: number[]; verses: Set<string> }> = [];
  for (const row of rows) {
    const verses = versesOf(row);
    const last = out.at(-1);
    if (last && verses.size === 1 && last.verses.size === 1 && [...verses][0] === [...last.verses][0]) {
      last.source.push(...row.source);
      last.target.push(...row.target);
      continue;
    }
    out.push({ source: [...row.source], target: [...row.target], verses });
  }
  return out.map(({ source, target }) => ({ source, target }));
}

/** Parses `[0,1]:[2]` lines (the bertalign gold format) into beads; the first field is `first`. */
export function parseGoldBeads(text: string): Array<{ first: number[]; second: number[] }> {
  const beads: Array<{ first: number[]; second: number[] }> = [];
  for (const line of text.split('\n')) {
    const m = /^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$/.exec(line);
    if (!m) continue;
    const ids = (s: string): number[] => s.split(',').map((x) => x.trim()).filter((x) => x !== '').map(Number);
    beads.push({ first: ids(m[1] ?? ''), second: ids(m[2] ?? '') });
  }
  return beads;
}

export function rowsAsBeads(rows: readonly AlignmentRow[]): Bead[] {
  return rows.map((r) => ({ source: r.source, target: r.target }));
}
