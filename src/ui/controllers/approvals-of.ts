/**
 * The approvals recorded for a work, for the export's revision statement:
 * every transition to "approved" in the work's timeline, with the witness of
 * its paragraph. Pages through the whole timeline (newest first, then
 * sorted by the edition builder).
 */
import type { Approval } from '../../core/edition/edition.ts';
import type { Workspace } from '../../storage/index.ts';

/** Stops paging after this many pages: a runaway timeline must not hold the view. */
const MAX_PAGES = 200;

export async function approvalsOf(ws: Workspace, workId: string, witnessOf: (paragraphId: string) => string | undefined): Promise<Approval[]> {
  const approvals: Approval[] = [];
  let before: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const p = await ws.history.timeline(workId, before === undefined ? {} : { before });
    for (const e of p.entries) {
      if (e.kind !== 'transition' || e.to !== 'approved') continue;
      const witnessId = witnessOf(e.paragraphId);
      if (!witnessId) continue;
      approvals.push({ witnessId, paragraphId: e.paragraphId, revisionId: e.revisionId, author: e.author, at: e.at, ...(e.note ? { note: e.note } : {}) });
    }
    if (p.next === null) break;
    before = p.next;
  }
  return approvals;
}
