/** Which approved state a paragraph is in, for formats that carry a status (TMX prop, XLIFF state). */
import type { Edition } from '../edition/edition.ts';

export type ParagraphState = 'draft' | 'proposed' | 'approved' | 'rejected' | 'imported';

/** A paragraph is approved when the caller's approvals name it; otherwise it stands as imported. */
export function paragraphStates(e: Edition, states?: ReadonlyMap<string, ParagraphState>): (paragraphId: string) => ParagraphState {
  const approved = new Set(e.revisions.approvals.map((a) => a.paragraphId));
  return (id) => states?.get(id) ?? (approved.has(id) ? 'approved' : 'imported');
}

/** The least advanced state of a row's paragraphs: a row is only as final as its weakest part. */
export function rowState(ids: readonly string[], stateOf: (id: string) => ParagraphState): ParagraphState {
  const order: ParagraphState[] = ['rejected', 'draft', 'imported', 'proposed', 'approved'];
  let worst: ParagraphState = 'approved';
  for (const id of ids) if (order.indexOf(stateOf(id)) < order.indexOf(worst)) worst = stateOf(id);
  return ids.length ? worst : 'imported';
}

/** XLIFF 2.0 segment states, shared by both directions: approved → final, and only final comes back as a request to approve. */
export const XLIFF_STATE: Readonly<Record<ParagraphState, 'initial' | 'translated' | 'reviewed' | 'final'>> = {
  draft: 'translated', imported: 'translated', rejected: 'initial', proposed: 'reviewed', approved: 'final',
};

/** XLIFF 1.2 has its own vocabulary for the same states. */
export const XLIFF12_STATE: Readonly<Record<ParagraphState, 'needs-translation' | 'translated' | 'signed-off' | 'final'>> = {
  draft: 'translated', imported: 'translated', rejected: 'needs-translation', proposed: 'signed-off', approved: 'final',
};

/** `YYYYMMDDThhmmssZ`, as TMX wants its dates. */
export function tmxDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}
