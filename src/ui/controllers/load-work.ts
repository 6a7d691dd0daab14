/**
 * Reads everything the work view needs of one work, all at once: the work
 * with its current texts, the names, each translation's stored alignment,
 * the open drafts and proposals (with the proposals' comments) and the
 * approvals for the export's revision statement. Translations without a
 * stored alignment are listed as `aligning`: the session computes them after
 * the grid has painted.
 */
import type { Alignment } from '../../core/alignment/index.ts';
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import type { Approval } from '../../core/edition/edition.ts';
import { originalOf, translationsOf, type Work } from '../../core/model/work.ts';
import { err, ok, type PxError, type Result } from '../../core/result.ts';
import { WORKSPACE_NAMES, type AlignmentRecord, type CurrentText, type Workspace } from '../../storage/index.ts';
import type { NameEntryLike } from '../px-row-annotations.ts';
import { approvalsOf } from './approvals-of.ts';
import { reviewStateOf, type ReviewState } from './review-state.ts';

export interface StoredWork {
  readonly work: Work;
  readonly current: Map<string, CurrentText>;
  /** Translation id → alignment with the original (only those stored). */
  readonly pairwise: ReadonlyMap<string, Alignment>;
  /** Translations with no stored alignment yet. */
  readonly aligning: ReadonlySet<string>;
  /** Translation id → the manual alignment edits recorded so far. */
  readonly editHistory: ReadonlyMap<string, readonly AlignmentEdit[]>;
  readonly names: readonly NameEntryLike[];
  readonly review: ReviewState;
  readonly approvals: readonly Approval[];
}

export async function loadStoredWork(ws: Workspace, workId: string): Promise<Result<StoredWork, PxError>> {
  // All reads at once: for a 5,000-paragraph work they are most of the time to first paint.
  const [loaded, current, stored, workNames, sharedNames, open] = await Promise.all([
    ws.works.loadWork(workId),
    ws.currentTexts(workId),
    ws.alignments.listAlignments(workId),
    ws.names.listNames(workId),
    ws.names.listNames(WORKSPACE_NAMES),
    ws.revisions.openRevisions(workId),
  ]);
  if (!loaded.ok) return err(loaded.error);
  const work = loaded.value;
  const proposed = open.filter((v) => v.state === 'proposed');
  const witnessOf = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, w.id] as const)));
  const [comments, approvals] = await Promise.all([
    Promise.all(proposed.map((v) => ws.comments.listComments(v.revision.id))),
    approvalsOf(ws, work.id, (id) => witnessOf.get(id)),
  ]);
  const commentsOf = new Map(proposed.map((v, i) => [v.revision.id, comments[i] ?? []]));
  // The work's own entries win over the workspace-wide ones with the same id.
  const names = new Map<string, NameEntryLike>();
  for (const n of [...sharedNames, ...workNames]) names.set(n.id, n);
  return ok({
    work, current, ...alignmentsOf(work, stored), names: [...names.values()],
    review: reviewStateOf(open, (id) => commentsOf.get(id) ?? []), approvals,
  });
}

/** A stored alignment record as the grid's pairwise alignment (copied: the edit functions never share rows with storage). */
export function alignmentOfRecord(record: AlignmentRecord): Alignment {
  return { rows: record.rows.map((r) => ({ source: [...r.source], target: [...r.target], score: r.score, status: r.status })) };
}

function alignmentsOf(work: Work, stored: readonly AlignmentRecord[]): Pick<StoredWork, 'pairwise' | 'aligning' | 'editHistory'> {
  const pairwise = new Map<string, Alignment>();
  const aligning = new Set<string>();
  const editHistory = new Map<string, readonly AlignmentEdit[]>();
  if (originalOf(work)) {
    for (const t of translationsOf(work)) {
      const record = stored.find((a) => a.witnessId === t.id);
      if (record) {
        editHistory.set(t.id, record.editHistory);
        pairwise.set(t.id, alignmentOfRecord(record));
      } else {
        aligning.add(t.id);
      }
    }
  }
  return { pairwise, aligning, editHistory };
}
