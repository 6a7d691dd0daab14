/**
 * A revision's state is never stored: it is the fold of its transition
 * events, so history is append-only and replicas converge by merging events.
 */
import type { Revision, RevisionState, Timestamp, TransitionEvent } from './revision.ts';

/** Revision zero (the imported text) starts approved; every other revision starts as a draft. */
export function initialState(revision: Pick<Revision, 'origin'>): RevisionState {
  return revision.origin === 'import' ? 'approved' : 'draft';
}

/** Events of one revision, applied in id (= time) order. */
export function revisionState(revision: Pick<Revision, 'id' | 'origin'>, events: readonly TransitionEvent[]): RevisionState {
  let state = initialState(revision);
  for (const e of sortById(events)) if (e.revisionId === revision.id) state = e.to;
  return state;
}

export function sortById<T extends { readonly id: string }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The revision that holds a paragraph's approved text at `asOf` (or now):
 * the most recent approval, or revision zero when nothing was approved since
 * import. Null when the paragraph did not exist yet.
 */
export function approvedRevisionAt(
  revisions: readonly Revision[],
  events: readonly TransitionEvent[],
  asOf?: Timestamp,
): Revision | null {
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const approvals: Array<{ at: Timestamp; id: string; revision: Revision }> = [];
  for (const r of revisions) if (r.origin === 'import') approvals.push({ at: r.createdAt, id: r.id, revision: r });
  for (const e of events) {
    const revision = e.to === 'approved' ? byId.get(e.revisionId) : undefined;
    if (revision) approvals.push({ at: e.at, id: e.id, revision });
  }
  let best: (typeof approvals)[number] | undefined;
  for (const a of approvals) {
    if (asOf !== undefined && a.at > asOf) continue;
    if (!best || a.at > best.at || (a.at === best.at && a.id > best.id)) best = a;
  }
  return best?.revision ?? null;
}
