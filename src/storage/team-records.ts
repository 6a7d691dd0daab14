/**
 * The store side of a shared work: apply records that arrived from the team
 * server (idempotently, in one transaction per batch: a record already held is
 * skipped, so a batch applied twice changes nothing), and list the local
 * records the replica does not hold yet. The repositories stay as they are;
 * this only adds records, as they do, and moves the current-text cache.
 */
import type { BundleAlignment, BundleName } from '../core/bundle/bundle-types.ts';
import type { TeamRecords } from '../core/team/bundle-of-docs.ts';
import { latestAlignments } from '../core/team/bundle-of-docs.ts';
import { alignmentDoc, commentDoc, eventDoc, namesDoc, revisionDoc, type TeamDoc } from '../core/team/team-docs.ts';
import { approvedRevisionAt } from '../core/workflow/revision-state.ts';
import type { Revision, TransitionEvent } from '../core/workflow/revision.ts';
import { recordsOfBundleWork } from './bundle-records.ts';
import type { ChangeMessage } from './change-channel.ts';
import { groupBy } from './group-by.ts';
import { chunksOf } from './paragraph-chunks.ts';
import { WORK_STORES, type ParagraphChunk } from './schema.ts';
import { allRequests, guardedWrite, type StorageContext, type StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';
import type { WorkStoresTx } from './works-repository.ts';

export interface AppliedChanges {
  readonly workId: string;
  readonly workAdded: boolean;
  /** Paragraphs whose current (approved) text moved. */
  readonly paragraphIds: readonly string[];
  readonly revisionIds: readonly string[];
  /** Revisions that got new state changes. */
  readonly decidedRevisionIds: readonly string[];
  /** Revisions that got new comments. */
  readonly commentedRevisionIds: readonly string[];
  readonly alignmentWitnessIds: readonly string[];
  readonly namesChanged: boolean;
}

export interface TeamRecordsRepository {
  applyTeamRecords(workId: string, records: TeamRecords): Promise<StoreResult<AppliedChanges>>;
  /** The work's records as team documents, those with ids from `afterId` on (all when null). */
  teamDocsSince(workId: string, afterId: string | null): Promise<TeamDoc[]>;
  /** Whether the work holds anything beyond its imported text (edits, decisions, comments). */
  hasLocalHistory(workId: string): Promise<boolean>;
}

/** Above this many touched paragraphs one read of the work's history beats a read per paragraph. */
const WHOLE_WORK_RECOMPUTE = 300;

export function createTeamRecordsRepository(ctx: StorageContext): TeamRecordsRepository {
  return {
    async applyTeamRecords(workId, records) {
      // Announced by the caller (messagesOf) on a channel of its own, so this tab's views hear it too.
      return guardedWrite(ctx, async (begin) => {
        const tx = begin([...WORK_STORES]);
        const changes = await applyIn(tx, workId, records);
        await tx.done;
        return changes;
      });
    },

    async teamDocsSince(workId, afterId) {
      const tx = ctx.db.transaction(['revisions', 'events', 'comments', 'alignments', 'names'], 'readonly');
      const range = afterId === null ? workKeyRange(workId) : IDBKeyRange.bound([workId, afterId], [workId, []]);
      const [revisions, events, comments, alignments, names] = await Promise.all([
        tx.objectStore('revisions').index('byWork').getAll(range), tx.objectStore('events').index('byWork').getAll(range),
        tx.objectStore('comments').index('byWork').getAll(range), tx.objectStore('alignments').getAll(workKeyRange(workId)),
        tx.objectStore('names').getAll(workKeyRange(workId)),
      ]);
      const authorOf = new Map(revisions.map((r) => [r.id, r.author]));
      for (const e of events) {
        if (authorOf.has(e.revisionId)) continue;
        const r = await tx.objectStore('revisions').get(e.revisionId);
        authorOf.set(e.revisionId, r?.author ?? '');
      }
      const list = namesDoc(workId, names);
      return [
        ...revisions.map(revisionDoc), ...events.map((e) => eventDoc(e, authorOf.get(e.revisionId) ?? '')), ...comments.map(commentDoc),
        ...alignments.map(alignmentDoc), ...(list ? [list] : []),
      ];
    },

    async hasLocalHistory(workId) {
      const tx = ctx.db.transaction(['revisions', 'events', 'comments'], 'readonly');
      const range = workKeyRange(workId);
      const [edits, events, comments] = await Promise.all([
        tx.objectStore('revisions').index('editsByWork').getAll(range, 50), tx.objectStore('events').index('byWork').count(range),
        tx.objectStore('comments').index('byWork').count(range),
      ]);
      return edits.some((r) => r.origin !== 'import') || events > 0 || comments > 0;
    },
  };
}

async function applyIn(tx: WorkStoresTx, workId: string, records: TeamRecords): Promise<AppliedChanges> {
  let workAdded = false;
  if (records.work && !(await tx.objectStore('works').get(workId))) {
    const write = recordsOfBundleWork(records.work, new Map(records.revisions.map((r) => [r.id, r])));
    await allRequests((add) => {
      add(tx.objectStore('works').add(write.work));
      for (const w of write.witnesses) add(tx.objectStore('witnesses').put(w));
      for (const c of chunksOf(write.paragraphs)) add(tx.objectStore('paragraphChunks').put(c));
    });
    workAdded = true;
  }
  const revisions = await addMissing(tx.objectStore('revisions'), records.revisions);
  const events = await addMissing(tx.objectStore('events'), records.events);
  const comments = await addMissing(tx.objectStore('comments'), records.comments);
  const alignmentWitnessIds = await applyAlignments(tx, latestAlignments(records.alignments));
  const namesChanged = records.names ? await applyNames(tx, workId, records.names) : false;
  // A paragraph's current text can move when it gets a revision zero (its text arrived after the work) or an approval.
  const touched = new Set([...revisions.map((r) => r.paragraphId), ...events.filter((e) => e.to === 'approved').map((e) => e.paragraphId)]);
  const paragraphIds = touched.size > 0 ? await recompute(tx, workId, touched) : [];
  return {
    workId, workAdded, paragraphIds, revisionIds: revisions.map((r) => r.id), decidedRevisionIds: [...new Set(events.map((e) => e.revisionId))],
    commentedRevisionIds: [...new Set(comments.map((c) => c.revisionId))], alignmentWitnessIds, namesChanged,
  };
}

interface AppendOnly<T> {
  getKey(id: string): Promise<unknown>;
  add(record: T): Promise<unknown>;
}

/** Adds what is not held yet; a record already held is the same record (ids are never reused), so it is skipped. */
async function addMissing<T extends { readonly id: string }>(store: AppendOnly<T>, records: readonly T[]): Promise<T[]> {
  const held = await Promise.all(records.map((r) => store.getKey(r.id)));
  const missing = records.filter((_r, i) => held[i] === undefined);
  await Promise.all(missing.map((r) => store.add(r)));
  return missing;
}

async function applyAlignments(tx: WorkStoresTx, latest: readonly BundleAlignment[]): Promise<string[]> {
  const changed: string[] = [];
  for (const a of latest) {
    const have = await tx.objectStore('alignments').get([a.workId, a.witnessId]);
    if (have && have.updatedAt >= a.updatedAt) continue;
    await tx.objectStore('alignments').put(a);
    changed.push(a.witnessId);
  }
  return changed;
}

async function applyNames(tx: WorkStoresTx, workId: string, names: readonly BundleName[]): Promise<boolean> {
  const stored = await tx.objectStore('names').getAll(workKeyRange(workId));
  const storedAt = stored.reduce((m, n) => (n.updatedAt > m ? n.updatedAt : m), '');
  const incomingAt = names.reduce((m, n) => (n.updatedAt > m ? n.updatedAt : m), '');
  if (names.length === 0 || incomingAt <= storedAt) return false;
  await tx.objectStore('names').delete(workKeyRange(workId));
  await Promise.all(names.map((n) => tx.objectStore('names').put(n)));
  return true;
}

/** Moves the current-text cache of the touched paragraphs to the fold of their history; returns those that moved. */
async function recompute(tx: WorkStoresTx, workId: string, touched: ReadonlySet<string>): Promise<string[]> {
  let revisionsOf: Map<string, Revision[]>;
  let approvalsOf: Map<string, TransitionEvent[]>;
  if (touched.size > WHOLE_WORK_RECOMPUTE) {
    const range = workKeyRange(workId);
    const [revisions, events] = await Promise.all([tx.objectStore('revisions').index('byWork').getAll(range), tx.objectStore('events').index('byWork').getAll(range)]);
    revisionsOf = groupBy(revisions.filter((r) => touched.has(r.paragraphId)), (r) => r.paragraphId);
    approvalsOf = groupBy(events.filter((e) => e.to === 'approved' && touched.has(e.paragraphId)), (e) => e.paragraphId);
  } else {
    revisionsOf = new Map();
    approvalsOf = new Map();
    await Promise.all([...touched].map(async (p) => {
      const range = IDBKeyRange.bound([workId, p], [workId, p, []]);
      const [revisions, events] = await Promise.all([tx.objectStore('revisions').index('byParagraph').getAll(range), tx.objectStore('events').index('byParagraph').getAll(range)]);
      revisionsOf.set(p, revisions);
      approvalsOf.set(p, events.filter((e) => e.to === 'approved'));
    }));
  }
  const chunks = new Map<string, ParagraphChunk>();
  await Promise.all([...touched].map(async (p) => {
    const chunk = await tx.objectStore('paragraphChunks').index('byParagraph').get([workId, p]);
    if (chunk) chunks.set(JSON.stringify([chunk.witnessId, chunk.chunk]), chunk);
  }));
  const moved: string[] = [];
  for (const chunk of chunks.values()) {
    let changed = false;
    const paragraphs = chunk.paragraphs.map((p) => {
      if (!touched.has(p.id)) return p;
      const current = approvedRevisionAt(revisionsOf.get(p.id) ?? [], approvalsOf.get(p.id) ?? []);
      if (!current || (current.id === p.revisionId && current.text === p.text)) return p;
      changed = true;
      moved.push(p.id);
      return { ...p, text: current.text, revisionId: current.id, updatedAt: current.createdAt };
    });
    if (changed) await tx.objectStore('paragraphChunks').put({ ...chunk, paragraphs });
  }
  return moved;
}

/** What the open views (this tab's and other tabs') need to hear about an applied batch. */
export function messagesOf(c: AppliedChanges): ChangeMessage[] {
  if (c.workAdded) return [{ kind: 'work', workId: c.workId }];
  const out: ChangeMessage[] = [];
  if (c.paragraphIds.length > 0) out.push({ kind: 'paragraph', workId: c.workId, paragraphIds: c.paragraphIds });
  for (const revisionId of new Set([...c.revisionIds, ...c.decidedRevisionIds])) out.push({ kind: 'revision', workId: c.workId, revisionId });
  for (const revisionId of c.commentedRevisionIds) out.push({ kind: 'comment', workId: c.workId, revisionId });
  for (const witnessId of c.alignmentWitnessIds) out.push({ kind: 'alignment', workId: c.workId, witnessId });
  if (c.namesChanged) out.push({ kind: 'names', workId: c.workId });
  return out;
}
