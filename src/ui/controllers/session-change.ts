/**
 * What changes an open work, as records: the one message type the work
 * session applies (`WorkSession.apply`). Each change carries the record as
 * now stored, so applying it touches only what it names: a saved draft marks
 * one cell, an approval moves one paragraph's text and repaints its row and
 * heat-strip cell, an alignment replaces one translation's rows.
 *
 * Changes come from three places and take the same path:
 * - this tab's own writes (the revision actions hand over what storage returned);
 * - other tabs, and later a team server, through the storage change channel
 *   (`src/storage/change-channel.ts`): `changeOfMessage` reads the one record a
 *   message names and turns it into a change;
 * - the background alignment of a translation that had none stored.
 * A message about the whole work (replaced, deleted, a restored backup) has no
 * incremental form: the session loads the work again.
 */
import type { Alignment } from '../../core/alignment/index.ts';
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import type { RevisionComment } from '../../core/workflow/revision.ts';
import type { ChangeMessage, CurrentText, RevisionView, Workspace } from '../../storage/index.ts';
import { WORKSPACE_NAMES } from '../../storage/index.ts';
import type { NameEntryLike } from '../px-row-annotations.ts';
import { alignmentOfRecord } from './load-work.ts';

export type SessionChange =
  /** A revision as now stored: a draft saved, proposed, approved, rejected, withdrawn or superseded. */
  | { readonly kind: 'revision'; readonly view: RevisionView }
  /** The discussion of one revision, as now stored (oldest first). */
  | { readonly kind: 'comments'; readonly revisionId: string; readonly comments: readonly RevisionComment[] }
  /** One translation's alignment with the original, as now stored or computed for the first time. */
  | { readonly kind: 'alignment'; readonly witnessId: string; readonly alignment: Alignment; readonly edits: readonly AlignmentEdit[] }
  /** Current texts of some paragraphs, set outside the revision workflow (e.g. an import that updated them). */
  | { readonly kind: 'texts'; readonly texts: ReadonlyMap<string, CurrentText> }
  /** The names known to this work (its own and the workspace's). */
  | { readonly kind: 'names'; readonly names: readonly NameEntryLike[] };

/** Work-wide: nothing incremental applies, the work is loaded again. */
export const RELOAD = 'reload';

/**
 * The change a channel message means for the open work `workId`, reading
 * only the record it names; null when it does not concern this work.
 */
export async function changeOfMessage(ws: Workspace, workId: string, m: ChangeMessage): Promise<SessionChange | typeof RELOAD | null> {
  if (m.kind === 'workspace') return RELOAD;
  if (m.kind === 'settings') return null;
  if (m.kind === 'names' && m.workId === WORKSPACE_NAMES) return { kind: 'names', names: await namesOf(ws, workId) };
  if (m.workId !== workId) return null;
  switch (m.kind) {
    case 'revision': {
      const r = await ws.revisions.getRevision(m.revisionId);
      return r.ok ? { kind: 'revision', view: r.value } : null;
    }
    case 'comment':
      return { kind: 'comments', revisionId: m.revisionId, comments: await ws.comments.listComments(m.revisionId) };
    case 'alignment': {
      const record = await ws.alignments.loadAlignment(workId, m.witnessId);
      return record ? { kind: 'alignment', witnessId: m.witnessId, alignment: alignmentOfRecord(record), edits: record.editHistory } : null;
    }
    case 'names':
      return { kind: 'names', names: await namesOf(ws, workId) };
    case 'paragraph': {
      const all = await ws.currentTexts(workId);
      return { kind: 'texts', texts: new Map(m.paragraphIds.flatMap((id) => { const c = all.get(id); return c ? [[id, c] as const] : []; })) };
    }
    case 'work':
      return RELOAD;
  }
}

async function namesOf(ws: Workspace, workId: string): Promise<NameEntryLike[]> {
  const [shared, own] = await Promise.all([ws.names.listNames(WORKSPACE_NAMES), ws.names.listNames(workId)]);
  const names = new Map<string, NameEntryLike>();
  for (const n of [...shared, ...own]) names.set(n.id, n);
  return [...names.values()];
}
