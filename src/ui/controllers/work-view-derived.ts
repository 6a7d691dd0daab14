/**
 * Values the work view derives from its state, recomputed only when their
 * inputs change: the grid re-renders on every scroll frame, and the compare
 * view compares its inputs by identity.
 */
import type { WorkAlignment } from '../../core/alignment/types.ts';
import { originalOf, translationsOf, type Paragraph, type Work } from '../../core/model/work.ts';
import { workWithTexts } from '../px-compare-model.ts';
import { pendingByParagraph, reviewItemsOf } from '../px-review-items.ts';
import type { ReviewItem } from '../px-review-queue.ts';
import type { PendingRevision } from '../px-row-template.ts';
import type { Alignment } from '../../core/alignment/types.ts';
import { confirmedGridRows } from './pairwise-rows.ts';
import type { Proposal } from './review-queue-controller.ts';

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
  readonly reviewItems = memo((proposals: readonly Proposal[], work: Work, grid: WorkAlignment, current: ReadonlyMap<string, string>, paragraphs: ReadonlyMap<string, Paragraph>): ReviewItem[] =>
    reviewItemsOf(proposals, work, grid, current, paragraphs));

  readonly pending = memo((proposals: readonly Proposal[]): Map<string, PendingRevision[]> => pendingByParagraph(proposals));

  /** The work as currently approved, for the export. */
  readonly exportWork = memo((work: Work, current: ReadonlyMap<string, string>): Work => workWithTexts(work, current));

  /** The review queue as the DOCX writer wants it: proposals as tracked changes, their comments as Word comments. */
  readonly review = memo((proposals: readonly Proposal[]) => ({
    proposals: proposals.map((p) => ({ paragraphId: p.paragraphId, text: p.text, author: p.author, at: p.at })),
    comments: proposals.flatMap((p) => (p.comments ?? []).map((c) => ({ paragraphId: c.paragraphId, author: c.author, at: c.at, text: c.text }))),
  }));

  /** Paragraph id → its current revision id, the base of a proposal imported from a revised version. */
  readonly baseRevisions = memo((current: ReadonlyMap<string, { readonly revisionId: string }>): ReadonlyMap<string, string> =>
    new Map([...current].map(([id, c]) => [id, c.revisionId])));

  /** Which grid rows are fully confirmed, and which are flagged and not yet confirmed. */
  readonly gridMarks = memo((work: Work | undefined, grid: WorkAlignment, pairwise: ReadonlyMap<string, Alignment>): { confirmed: boolean[]; flagged: boolean[] } => {
    const original = work ? originalOf(work) : undefined;
    if (!work || !original) return { confirmed: [], flagged: [] };
    const confirmed = confirmedGridRows(grid, original, translationsOf(work), pairwise);
    return { confirmed, flagged: grid.rows.map((r, i) => r.flagged && !confirmed[i]) };
  });
}
