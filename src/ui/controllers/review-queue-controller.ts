/**
 * The proposed revisions of a work waiting for review, folded from the
 * work's activity timeline (newest first: the first transition seen for a
 * revision is its current state). Reloaded after every change.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RevisionComment } from '../../core/workflow/revision.ts';
import type { TimelineEntry, Workspace } from '../../storage/index.ts';

export interface Proposal {
  readonly revisionId: string;
  readonly paragraphId: string;
  readonly witnessId: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
  /** The proposer's note. */
  readonly note: string | null;
  /** The revision it was written on: the text it changes. */
  readonly baseRevisionId: string | null;
  /** The discussion of the proposal, oldest first. */
  readonly comments?: readonly RevisionComment[];
}

/** Timeline entries per page while folding; the work's whole history is read. */
const PAGE = 500;

/** Revision ids whose latest transition is to `proposed`, with the proposing note, oldest proposal first. */
export function proposedRevisions(entries: readonly TimelineEntry[]): Array<{ revisionId: string; paragraphId: string; note: string | null }> {
  const latest = new Map<string, Extract<TimelineEntry, { kind: 'transition' }>>();
  for (const e of entries) if (e.kind === 'transition' && !latest.has(e.revisionId)) latest.set(e.revisionId, e);
  return [...latest.values()]
    .filter((t) => t.to === 'proposed')
    .reverse()
    .map((t) => ({ revisionId: t.revisionId, paragraphId: t.paragraphId, note: t.note }));
}

export class ReviewQueueController implements ReactiveController {
  proposals: readonly Proposal[] = [];
  private call = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.call++;
  }

  async reload(storage: Workspace, workId: string): Promise<void> {
    const call = ++this.call;
    const entries: TimelineEntry[] = [];
    let before: string | undefined;
    for (;;) {
      const page = await storage.history.timeline(workId, before === undefined ? { limit: PAGE } : { before, limit: PAGE });
      entries.push(...page.entries);
      if (!page.next || call !== this.call) break;
      before = page.next;
    }
    const open = proposedRevisions(entries);
    const [views, comments] = await Promise.all([
      Promise.all(open.map((p) => storage.revisions.getRevision(p.revisionId))),
      Promise.all(open.map((p) => storage.comments.listComments(p.revisionId))),
    ]);
    if (call !== this.call) return;
    const out: Proposal[] = [];
    open.forEach((p, i) => {
      const v = views[i];
      if (!v?.ok) return;
      const r = v.value.revision;
      out.push({ revisionId: r.id, paragraphId: r.paragraphId, witnessId: r.witnessId, author: r.author, at: r.createdAt, text: r.text, note: p.note, baseRevisionId: r.baseRevisionId,
        comments: comments[i] ?? [] });
    });
    this.proposals = out;
    this.host.requestUpdate();
  }
}
