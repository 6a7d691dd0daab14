/**
 * Decisions made apart that collide once replicated: two approvals of
 * different texts for the same paragraph from the same base, or one text both
 * approved and rejected. The fold already picks one result for every client
 * (the latest approval); this names the collision so someone resolves it.
 */
import type { Bundle } from '../bundle/bundle-types.ts';
import type { TransitionEvent } from '../workflow/revision.ts';

export interface DecisionConflict {
  readonly paragraphId: string;
  /** The colliding decisions, oldest first. */
  readonly events: readonly TransitionEvent[];
  readonly kind: 'competing-approvals' | 'approved-and-rejected';
}

export function decisionConflicts(bundle: Pick<Bundle, 'revisions' | 'events'>): DecisionConflict[] {
  const baseOf = new Map(bundle.revisions.map((r) => [r.id, r.baseRevisionId]));
  const decisions = [...bundle.events].filter((e) => e.to === 'approved' || e.to === 'rejected').sort((a, b) => (a.id < b.id ? -1 : 1));
  const out: DecisionConflict[] = [];
  const byBase = new Map<string, TransitionEvent[]>();
  const byRevision = new Map<string, TransitionEvent[]>();
  for (const e of decisions) {
    byRevision.set(e.revisionId, [...(byRevision.get(e.revisionId) ?? []), e]);
    if (e.to === 'approved') {
      const key = `${e.paragraphId}\u0000${baseOf.get(e.revisionId) ?? ''}`;
      byBase.set(key, [...(byBase.get(key) ?? []), e]);
    }
  }
  for (const events of byBase.values()) {
    if (new Set(events.map((e) => e.revisionId)).size > 1) out.push({ paragraphId: events[0]?.paragraphId ?? '', events, kind: 'competing-approvals' });
  }
  for (const events of byRevision.values()) {
    if (new Set(events.map((e) => e.to)).size > 1) out.push({ paragraphId: events[0]?.paragraphId ?? '', events, kind: 'approved-and-rejected' });
  }
  return out.sort((a, b) => ((a.events[0]?.id ?? '') < (b.events[0]?.id ?? '') ? -1 : 1));
}
