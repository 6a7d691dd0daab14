/**
 * Works: import (with revision zero per paragraph), load with current texts,
 * list, remove (restorable), restore, purge. Writes that belong together share
 * one transaction, so a failed import leaves nothing behind.
 */
import type { Work } from '../core/model/work.ts';
import { err, ok } from '../core/result.ts';
import { editorNameIn } from './editor-name.ts';
import type { IDBPTransaction } from 'idb';
import { WORK_STORES, type ParallaxSchema, type WorkRecord } from './schema.ts';
import { existsError, notFoundError } from './store-errors.ts';
import { allRequests, guardedWrite, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';
import { chunksOf, paragraphsOfChunks } from './paragraph-chunks.ts';
import { recordsOfWork, workKeyRange, workOfRecords } from './work-records.ts';

export interface WorkSummary {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly witnessIds: readonly string[];
  readonly createdAt: string;
  readonly author: string;
  readonly deletedAt: string | null;
}

export interface CurrentText {
  readonly text: string;
  readonly revisionId: string;
}

/** Author of revision zero when no editor name is set yet (first run imports the sample work). */
export const IMPORT_AUTHOR = 'import';

export interface WorksRepository {
  /** Stores a work from the core importers: witnesses, paragraphs, revision zero per paragraph. STORE_EXISTS if the id is taken. */
  importWork(work: Work): Promise<StoreResult<WorkSummary>>;
  /** The work with every paragraph's current (approved) text. Removed works load too (for a restore preview). */
  loadWork(workId: string): Promise<StoreResult<Work>>;
  /** Works not removed, by id. */
  listWorks(): Promise<WorkSummary[]>;
  /** Works in the bin (removed, restorable). */
  listRemovedWorks(): Promise<WorkSummary[]>;
  /** Soft delete: the work disappears from `listWorks` until `restoreWork` or `purgeWork`. */
  removeWork(workId: string): Promise<StoreResult<WorkSummary>>;
  restoreWork(workId: string): Promise<StoreResult<WorkSummary>>;
  /** Deletes a work and all its history for good. */
  purgeWork(workId: string): Promise<StoreResult<void>>;
  /** paragraphId → current text and revision. */
  currentTexts(workId: string): Promise<Map<string, CurrentText>>;
}

export function summaryOf(w: WorkRecord): WorkSummary {
  return { id: w.id, title: w.meta.title, date: w.meta.date, witnessIds: w.witnessIds, createdAt: w.createdAt, author: w.author, deletedAt: w.deletedAt };
}

export function createWorksRepository(ctx: StorageContext): WorksRepository {
  const { db } = ctx;
  return {
    importWork: (work) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['works', 'witnesses', 'paragraphChunks', 'revisions', 'settings']);
        if (await tx.objectStore('works').get(work.id)) refuse(tx, existsError(`A work with id “${work.id}”`));
        const author = (await editorNameIn(tx)) ?? IMPORT_AUTHOR;
        const records = recordsOfWork(work, author, timestamp(ctx), ctx.ids);
        await allRequests((add) => {
          add(tx.objectStore('works').add(records.work));
          for (const r of records.witnesses) add(tx.objectStore('witnesses').add(r));
          for (const c of chunksOf(records.paragraphs)) add(tx.objectStore('paragraphChunks').add(c));
          for (const r of records.revisions) add(tx.objectStore('revisions').add(r));
        });
        await tx.done;
        return summaryOf(records.work);
      }, (s) => ({ kind: 'work', workId: s.id })),

    async loadWork(workId) {
      const tx = db.transaction(['works', 'witnesses', 'paragraphChunks'], 'readonly');
      const [work, witnesses, chunks] = await Promise.all([
        tx.objectStore('works').get(workId),
        tx.objectStore('witnesses').getAll(workKeyRange(workId)),
        tx.objectStore('paragraphChunks').getAll(workKeyRange(workId)),
      ]);
      if (!work) return err(notFoundError(`The work “${workId}”`));
      return ok(workOfRecords(work, witnesses, paragraphsOfChunks(chunks)));
    },

    listWorks: async () => (await db.getAll('works')).filter((w) => w.deletedAt === null).map(summaryOf),
    listRemovedWorks: async () => (await db.getAll('works')).filter((w) => w.deletedAt !== null).map(summaryOf),
    removeWork: (workId) => setDeleted(ctx, workId, true),
    restoreWork: (workId) => setDeleted(ctx, workId, false),

    purgeWork: (workId) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin([...WORK_STORES]);
        if (!(await tx.objectStore('works').get(workId))) refuse(tx, notFoundError(`The work “${workId}”`));
        await deleteWorkRecords(tx, workId);
        await tx.done;
      }, () => ({ kind: 'work', workId })),

    async currentTexts(workId) {
      const paragraphs = paragraphsOfChunks(await db.getAll('paragraphChunks', workKeyRange(workId)));
      return new Map(paragraphs.map((p) => [p.id, { text: p.text, revisionId: p.revisionId }]));
    },
  };
}

function setDeleted(ctx: StorageContext, workId: string, deleted: boolean): Promise<StoreResult<WorkSummary>> {
  return guardedWrite(ctx, async (begin) => {
    const tx = begin(['works']);
    const work = await tx.objectStore('works').get(workId);
    if (!work) refuse(tx, notFoundError(`The work “${workId}”`));
    const next: WorkRecord = { ...work, deletedAt: deleted ? timestamp(ctx) : null };
    await Promise.all([tx.objectStore('works').put(next), tx.done]);
    return summaryOf(next);
  }, (s) => ({ kind: 'work', workId: s.id }));
}

export type WorkStoresTx = IDBPTransaction<ParallaxSchema, Array<(typeof WORK_STORES)[number]>, 'readwrite'>;

/** Deletes every record of one work inside the caller's transaction (which must cover WORK_STORES). */
export async function deleteWorkRecords(tx: WorkStoresTx, workId: string): Promise<void> {
  const range = workKeyRange(workId);
  await Promise.all([
    tx.objectStore('works').delete(workId),
    tx.objectStore('witnesses').delete(range),
    tx.objectStore('paragraphChunks').delete(range),
    tx.objectStore('alignments').delete(range),
    tx.objectStore('names').delete(range),
    deleteByIndex(tx, 'revisions', workId),
    deleteByIndex(tx, 'events', workId),
    deleteByIndex(tx, 'comments', workId),
  ]);
}

async function deleteByIndex(tx: WorkStoresTx, store: 'revisions' | 'events' | 'comments', workId: string): Promise<void> {
  const keys = await tx.objectStore(store).index('byWork').getAllKeys(workKeyRange(workId));
  await Promise.all(keys.map((k) => tx.objectStore(store).delete(k)));
}
