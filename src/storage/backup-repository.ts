/**
 * Backup and restore through `parallax.bundle` files. Export reads in one
 * transaction (a consistent snapshot); import validates the whole bundle
 * first (parseBundle), then writes in one transaction: all or nothing.
 */
import { parseBundle } from '../core/bundle/parse-bundle.ts';
import { serializeBundle } from '../core/bundle/serialize-bundle.ts';
import type { Bundle, BundleWork } from '../core/bundle/bundle-types.ts';
import { ok } from '../core/result.ts';
import { approvedRevisionAt } from '../core/workflow/revision-state.ts';
import type { Revision } from '../core/workflow/revision.ts';
import { bundleOfSnapshot, recordsOfBundleWork, type StoreSnapshot } from './bundle-records.ts';
import { chunksOf, paragraphsOfChunks } from './paragraph-chunks.ts';
import { WORK_STORES, type ParagraphChunk, type ParagraphRecord } from './schema.ts';
import { importConflictError, notFoundError } from './store-errors.ts';
import { allRequests, guardedWrite, refuse, type StorageContext, type StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';
import { deleteWorkRecords, type WorkStoresTx } from './works-repository.ts';
import { WORKSPACE_NAMES } from './names-repository.ts';
import { groupBy } from './group-by.ts';

export interface ImportBundleOptions {
  /**
   * `replace`: each bundled work replaces the stored one with the same id (and,
   * for a workspace bundle, the workspace name list). `merge`: history is
   * united by id (records are immutable, so equal ids must hold equal records,
   * else STORE_IMPORT_CONFLICT); current texts are recomputed from the merged history.
   */
  readonly mode: 'merge' | 'replace';
}

export interface ImportSummary {
  readonly works: readonly string[];
  /** Revisions, events and comments written (merge skips those already present). */
  readonly added: { readonly revisions: number; readonly events: number; readonly comments: number };
}

export interface BackupRepository {
  /** The whole workspace (`workId` omitted; removed works included so the bin survives) or one work. */
  exportBundle(opts?: { readonly workId?: string }): Promise<StoreResult<Bundle>>;
  /** The same, as the deterministic file text. */
  exportBundleText(opts?: { readonly workId?: string }): Promise<StoreResult<string>>;
  importBundle(bundle: Bundle, opts: ImportBundleOptions): Promise<StoreResult<ImportSummary>>;
  /** parseBundle (BUNDLE_ codes), then importBundle. */
  importBundleText(text: string, opts: ImportBundleOptions): Promise<StoreResult<ImportSummary>>;
  /** Deletes every work and its history (settings stay). */
  wipe(): Promise<StoreResult<void>>;
}

export function createBackupRepository(ctx: StorageContext): BackupRepository {
  const { db } = ctx;

  const exportBundle = async (opts: { readonly workId?: string } = {}): Promise<StoreResult<Bundle>> => {
    const tx = db.transaction([...WORK_STORES], 'readonly');
    let snapshot: StoreSnapshot;
    if (opts.workId === undefined) {
      const [works, witnesses, paragraphs, revisions, events, comments, alignments, names] = await Promise.all([
        tx.objectStore('works').getAll(), tx.objectStore('witnesses').getAll(), paragraphsIn(tx),
        tx.objectStore('revisions').getAll(), tx.objectStore('events').getAll(), tx.objectStore('comments').getAll(),
        tx.objectStore('alignments').getAll(), tx.objectStore('names').getAll(),
      ]);
      snapshot = { works, witnesses, paragraphs, revisions, events, comments, alignments, names };
    } else {
      const range = workKeyRange(opts.workId);
      const [work, witnesses, paragraphs, revisions, events, comments, alignments, names] = await Promise.all([
        tx.objectStore('works').get(opts.workId), tx.objectStore('witnesses').getAll(range), paragraphsIn(tx, range),
        tx.objectStore('revisions').index('byWork').getAll(range), tx.objectStore('events').index('byWork').getAll(range),
        tx.objectStore('comments').index('byWork').getAll(range), tx.objectStore('alignments').getAll(range), tx.objectStore('names').getAll(range),
      ]);
      if (!work) return { ok: false, error: notFoundError(`The work “${opts.workId}”`) };
      snapshot = { works: [work], witnesses, paragraphs, revisions, events, comments, alignments, names };
    }
    return ok(bundleOfSnapshot(snapshot, opts.workId === undefined ? 'workspace' : 'work'));
  };

  const importBundle = (bundle: Bundle, opts: ImportBundleOptions) =>
    guardedWrite(ctx, async (begin) => {
      const tx = begin([...WORK_STORES]);
      const summary = opts.mode === 'replace' ? await replaceWith(tx, bundle) : await mergeWith(tx, bundle);
      await tx.done;
      return summary;
    }, () => ({ kind: 'workspace' }));

  return {
    exportBundle,
    async exportBundleText(opts) {
      const b = await exportBundle(opts);
      return b.ok ? ok(serializeBundle(b.value)) : b;
    },
    importBundle,
    async importBundleText(text, opts) {
      const parsed = parseBundle(text);
      return parsed.ok ? importBundle(parsed.value, opts) : parsed;
    },
    wipe: () =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin([...WORK_STORES]);
        await Promise.all([...WORK_STORES.map((s) => tx.objectStore(s).clear()), tx.done]);
      }, () => ({ kind: 'workspace' })),
  };
}

/** `add`, never `put`: an id already used elsewhere aborts the whole import instead of overwriting. */
async function addWork(tx: WorkStoresTx, w: BundleWork, revisions: ReadonlyMap<string, Revision>): Promise<void> {
  const records = recordsOfBundleWork(w, revisions);
  await allRequests((add) => {
    add(tx.objectStore('works').add(records.work));
    for (const r of records.witnesses) add(tx.objectStore('witnesses').add(r));
    for (const c of chunksOf(records.paragraphs)) add(tx.objectStore('paragraphChunks').add(c));
  });
}

async function replaceWith(tx: WorkStoresTx, b: Bundle): Promise<ImportSummary> {
  for (const w of b.works) await deleteWorkRecords(tx, w.id);
  if (b.scope === 'workspace') await tx.objectStore('names').delete(workKeyRange(WORKSPACE_NAMES));
  const revisions = new Map(b.revisions.map((r) => [r.id, r]));
  await allRequests((add) => {
    for (const w of b.works) add(addWork(tx, w, revisions));
    for (const r of b.revisions) add(tx.objectStore('revisions').add(r));
    for (const e of b.events) add(tx.objectStore('events').add(e));
    for (const c of b.comments) add(tx.objectStore('comments').add(c));
    for (const a of b.alignments) add(tx.objectStore('alignments').add(a));
    for (const n of b.names) add(tx.objectStore('names').add(n));
  }).catch((e: unknown) => {
    if (e instanceof Error && e.name === 'ConstraintError') refuse(tx, importConflictError('A record with the same id in another work'));
    throw e;
  });
  return { works: b.works.map((w) => w.id), added: { revisions: b.revisions.length, events: b.events.length, comments: b.comments.length } };
}

async function mergeWith(tx: WorkStoresTx, b: Bundle): Promise<ImportSummary> {
  const revisions = new Map(b.revisions.map((r) => [r.id, r]));
  const existingWorks: string[] = [];
  for (const w of b.works) {
    if (!(await tx.objectStore('works').get(w.id))) {
      await addWork(tx, w, revisions);
      continue;
    }
    existingWorks.push(w.id);
    const records = recordsOfBundleWork(w, revisions);
    for (const x of records.witnesses) if (!(await tx.objectStore('witnesses').get([x.workId, x.id]))) await tx.objectStore('witnesses').add(x);
    // Paragraphs the stored work lacks are added; chunks are rebuilt from the union.
    const stored = paragraphsOfChunks(await tx.objectStore('paragraphChunks').getAll(workKeyRange(w.id)));
    const have = new Set(stored.map((p) => p.id));
    const missing = records.paragraphs.filter((p) => !have.has(p.id));
    if (missing.length > 0) await Promise.all(chunksOf([...stored, ...missing]).map((c) => tx.objectStore('paragraphChunks').put(c)));
  }
  const added = {
    revisions: await addMissing(tx, 'revision', tx.objectStore('revisions'), b.revisions),
    events: await addMissing(tx, 'event', tx.objectStore('events'), b.events),
    comments: await addMissing(tx, 'comment', tx.objectStore('comments'), b.comments),
  };
  for (const a of b.alignments) {
    const have = await tx.objectStore('alignments').get([a.workId, a.witnessId]);
    if (!have || have.updatedAt < a.updatedAt) await tx.objectStore('alignments').put(a);
  }
  for (const n of b.names) {
    const have = await tx.objectStore('names').get([n.workId, n.id]);
    if (!have || have.updatedAt < n.updatedAt) await tx.objectStore('names').put(n);
  }
  for (const workId of existingWorks) await recomputeCurrentTexts(tx, workId);
  return { works: b.works.map((w) => w.id), added };
}

interface AppendOnlyStore<T> {
  get(id: string): Promise<T | undefined>;
  add(record: T): Promise<unknown>;
}

/** Adds records not yet stored; an id stored with different content is refused (records are immutable). */
async function addMissing<T extends { readonly id: string }>(tx: WorkStoresTx, what: string, store: AppendOnlyStore<T>, records: readonly T[]): Promise<number> {
  let added = 0;
  for (const r of records) {
    const have = await store.get(r.id);
    if (!have) {
      await store.add(r);
      added += 1;
    } else if (canonical(have) !== canonical(r)) {
      refuse(tx, importConflictError(`The ${what} “${r.id}”`));
    }
  }
  return added;
}

/** After a merge, each paragraph's current text is the latest approval in the united history. */
async function recomputeCurrentTexts(tx: WorkStoresTx, workId: string): Promise<void> {
  const range = workKeyRange(workId);
  const [chunks, revisions, events] = await Promise.all([
    tx.objectStore('paragraphChunks').getAll(range),
    tx.objectStore('revisions').index('byWork').getAll(range),
    tx.objectStore('events').index('byWork').getAll(range),
  ]);
  const revisionsOf = groupBy(revisions, (r) => r.paragraphId);
  const approvalsOf = groupBy(events.filter((e) => e.to === 'approved'), (e) => e.paragraphId);
  for (const chunk of chunks) {
    let changed = false;
    const paragraphs = chunk.paragraphs.map((p) => {
      const current = approvedRevisionAt(revisionsOf.get(p.id) ?? [], approvalsOf.get(p.id) ?? []);
      if (!current || current.id === p.revisionId) return p;
      changed = true;
      return { ...p, text: current.text, revisionId: current.id, updatedAt: current.createdAt };
    });
    if (changed) await tx.objectStore('paragraphChunks').put({ ...chunk, paragraphs });
  }
}

async function paragraphsIn(tx: { objectStore(name: 'paragraphChunks'): { getAll(range?: IDBKeyRange): Promise<ParagraphChunk[]> } }, range?: IDBKeyRange): Promise<ParagraphRecord[]> {
  return paragraphsOfChunks(await tx.objectStore('paragraphChunks').getAll(range));
}

function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value);
}
