/** Shapes shared by the aligner, the manual editing operations and their callers. */

/** One row of a two-text alignment: indices of the units it joins on each side. */
export interface AlignmentRow {
  readonly source: number[];
  readonly target: number[];
  /** Confidence 0..1; rows under FLAG_THRESHOLD are flagged for review. */
  readonly score: number;
  readonly status: 'auto' | 'confirmed';
}

/** Rows in order; every unit of both texts is in exactly one row. */
export interface Alignment {
  readonly rows: AlignmentRow[];
}

/** N-way alignment keyed by the original: cells map witness id to paragraph ids. */
export interface WorkAlignment {
  readonly witnessIds: string[];
  readonly rows: Array<{ cells: Record<string, string[]>; score: number; flagged: boolean }>;
}

export interface AlignUnitsOptions {
  readonly sourceLang: string;
  readonly targetLang: string;
  /** Units that stand for left-out material (`[...]`): they may absorb any run of the other side. */
  readonly sourceOmissions?: ReadonlySet<number>;
  readonly targetOmissions?: ReadonlySet<number>;
}

/** Below this a row is flagged: the aligner is unsure and a person should look. */
export const FLAG_THRESHOLD = 0.5;
