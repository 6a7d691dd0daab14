/**
 * Values the work view derives from its state, recomputed only when their
 * inputs change: the grid re-renders on every scroll frame, and the compare
 * view compares its inputs by identity.
 */
import type { WorkAlignment } from '../../core/alignment/types.ts';
import type { Paragraph, Work } from '../../core/model/work.ts';
import { workWithTexts } from '../px-compare-model.ts';
import { reviewItemsOf } from '../px-review-items.ts';
import type { ReviewItem } from '../px-review-queue.ts';
import type { Proposal } from './review-state.ts';

/** Keeps the last result of `compute` while every input is the same object. */
function memo<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | null = null;
  let value: R;
  return (...args: A) => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}

export class WorkViewDerived {
  /** `textsVersion` stands for the current texts, which the session changes in place. */
  readonly reviewItems = memo((proposals: readonly Proposal[], work: Work, grid: WorkAlignment, current: ReadonlyMap<string, string>, paragraphs: ReadonlyMap<string, Paragraph>, _textsVersion: number): ReviewItem[] =>
    reviewItemsOf(proposals, work, grid, current, paragraphs));

  /** The work as currently approved, for the export. */
  readonly exportWork = memo((work: Work, current: ReadonlyMap<string, string>, _textsVersion: number): Work => workWithTexts(work, current));
}
