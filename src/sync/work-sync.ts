/**
 * Keeps one shared work in step with its team database. PouchDB does the
 * replication (checkpoints, retries, live changes); this module only
 *  - mirrors the work's local records into a local PouchDB database
 *    (`mirror`, idempotent: documents are immutable and ids stable),
 *  - applies every document that arrives to the app's store through `apply`
 *    (idempotent, one transaction per batch), resuming from its own
 *    checkpoint in `_local/` so nothing is lost if the page dies mid-sync,
 *  - turns replication events into a SyncStatus, and keeps every write the
 *    server refused (`denied`) with its reason.
 */
import { readTeamRecords, type TeamRecords } from '../core/team/bundle-of-docs.ts';
import { teamDbName } from '../core/team/team-db-name.ts';
import type { TeamDoc } from '../core/team/team-docs.ts';
import type { PouchConstructor, PouchDatabase, PouchDoc, PouchEmitter } from './pouch-types.ts';
import type { RefusedRecord, SyncStatus } from './sync-status.ts';
import type { TeamServer } from './team-http.ts';

const APPLIED_ID = '_local/parallax-applied';
const REFUSED_ID = '_local/parallax-refused';
/** Documents applied per store transaction: bounded memory on a first pull of 35,000 records. */
const APPLY_BATCH = 2000;
/** Documents per replication request: PouchDB's default of 100 makes a first pull of 35,000 records 350 round trips. */
const REPLICATION_BATCH = 1000;
/** Retry delays after a lost connection: quick first retries, never slower than 5 s. */
const backOff = (delay: number) => Math.min(Math.max(delay * 2, 250), 5000);

export interface WorkSyncOptions {
  readonly PouchDB: PouchConstructor;
  readonly workId: string;
  /** With the member's credentials (held in memory only). */
  readonly server: TeamServer;
  /** Local PouchDB database name (tests give each client its own). */
  readonly localName?: string;
  readonly localAdapter?: string;
  /** Writes incoming records to the app's store; must be idempotent. */
  readonly apply: (records: TeamRecords) => Promise<void>;
  readonly onStatus?: (status: SyncStatus) => void;
  readonly onRefused?: (refused: readonly RefusedRecord[]) => void;
}

export interface WorkSync {
  /** Adds local records to the replica (already-present documents are skipped). */
  mirror(docs: readonly TeamDoc[]): Promise<void>;
  status(): SyncStatus;
  refused(): readonly RefusedRecord[];
  /** Every document of the local replica except those the server refused. */
  docs(): Promise<PouchDoc[]>;
  /** Resolves when replication first caught up with the server and all of it is applied (or after `timeoutMs`, offline). */
  caughtUp(timeoutMs: number): Promise<void>;
  /** Cuts the connection (offline); local writes keep going into the replica. */
  disconnect(): void;
  connect(): void;
  stop(): Promise<void>;
}

export async function startWorkSync(opts: WorkSyncOptions): Promise<WorkSync> {
  const dbName = teamDbName(opts.workId);
  const local = new opts.PouchDB(opts.localName ?? dbName, opts.localAdapter ? { adapter: opts.localAdapter } : {});
  const creds = opts.server.credentials;
  const remote = new opts.PouchDB(`${opts.server.url}/${encodeURIComponent(dbName)}`, {
    // Never let PouchDB create the database: only the admin shares a work (and a non-admin PUT crashes pouchdb-server 4.2).
    skip_setup: true,
    ...(creds ? { auth: { username: creds.name, password: creds.password } } : {}),
  });

  let status: SyncStatus = { kind: 'syncing' };
  const setStatus = (s: SyncStatus) => {
    if (s.kind === status.kind && (s.kind !== 'not-allowed' || status.kind !== 'not-allowed' || s.reason === status.reason)) return;
    status = s;
    opts.onStatus?.(s);
  };

  const refusedList: RefusedRecord[] = ((await readLocal(local, REFUSED_ID))?.['items'] as RefusedRecord[] | undefined) ?? [];
  const refusedIds = new Set(refusedList.map((r) => r.id));
  let deniedSincePause = false;
  const refuse = async (id: string, reason: string) => {
    deniedSincePause = true;
    setStatus({ kind: 'not-allowed', reason });
    if (refusedIds.has(id)) return;
    refusedIds.add(id);
    refusedList.push({ id, reason });
    await writeLocal(local, REFUSED_ID, { items: refusedList });
    opts.onRefused?.([...refusedList]);
  };

  let checkpoint = ((await readLocal(local, APPLIED_ID))?.['seq'] as number | string | undefined) ?? 0;
  const drainOnce = async () => {
    for (;;) {
      const batch = await local.changes({ since: checkpoint, include_docs: true, limit: APPLY_BATCH });
      if (batch.results.length === 0) return;
      const docs = batch.results.flatMap((r) => (r.doc && !r.deleted && !r.id.startsWith('_') ? [r.doc] : []));
      if (docs.length > 0) await opts.apply(readTeamRecords(docs, opts.workId, await authorsOfDecided(local, docs)));
      // Saved after the store committed: a crash in between re-applies the batch, which is harmless.
      checkpoint = batch.last_seq;
      await writeLocal(local, APPLIED_ID, { seq: checkpoint });
    }
  };
  let draining: Promise<void> = Promise.resolve();
  let drainQueued = false;
  const drain = () => {
    if (drainQueued) return draining;
    drainQueued = true;
    draining = draining.then(() => {
      drainQueued = false;
      return drainOnce();
    }).catch((e: unknown) => {
      // The store refused a batch (quota, closed tab): the checkpoint did not move, so the next change retries it.
    });
    return draining;
  };
  const feed = local.changes({ since: 'now', live: true }).on('change', () => void drain());
  await drain();

  // PouchDB reports its first pause before it has pulled anything, so "caught up" is counted: the local
  // replica holds at least as many documents as the server did when we started (unreachable: nothing to wait for).
  const remoteCount = await remote.info().then((i) => i.doc_count, () => 0);
  const holdsAll = async () => (await local.info()).doc_count >= remoteCount;
  let markCaughtUp: () => void = () => {};
  const firstCaughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
  let caughtUpOnce = false;
  let replication: PouchEmitter | null = null;
  const connect = () => {
    if (replication) return;
    setStatus({ kind: 'syncing' });
    let failing = false;
    const sync = local.sync(remote, { live: true, retry: true, back_off_function: backOff, batch_size: REPLICATION_BATCH });
    // The two-way sync swallows its halves' errors while it retries; they tell whether the server is there.
    for (const half of [sync.push, sync.pull]) {
      half?.on('requestError', (e) => {
        failing = true;
        setStatus(statusOfError(e));
      });
    }
    replication = sync
      .on('active', () => {
        failing = false;
        deniedSincePause = false;
        setStatus({ kind: 'syncing' });
      })
      .on('paused', (e) => {
        if (e) setStatus(statusOfError(e));
        else {
          void (async () => {
            if (!caughtUpOnce && !(await holdsAll())) return;
            caughtUpOnce = true;
            markCaughtUp();
            if (!deniedSincePause && !failing) setStatus({ kind: 'synced' });
          })();
        }
      })
      .on('denied', (info) => {
        const d = (info as { doc?: { id?: string; reason?: string; message?: string } }).doc ?? {};
        void refuse(d.id ?? '?', d.reason ?? d.message ?? 'the team server refused this change.');
      })
      .on('error', (e) => setStatus(statusOfError(e)));
  };
  const disconnect = () => {
    replication?.cancel();
    replication = null;
    setStatus({ kind: 'offline' });
  };
  connect();

  return {
    async mirror(docs) {
      if (docs.length === 0) return;
      // A conflict means the document is already there, identical: records are immutable.
      await local.bulkDocs(docs);
    },
    status: () => status,
    refused: () => [...refusedList],
    async docs() {
      const all = await local.allDocs({ include_docs: true });
      return all.rows.flatMap((r) => (r.doc && !r.id.startsWith('_') && !refusedIds.has(r.id) ? [r.doc] : []));
    },
    async caughtUp(timeoutMs) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([firstCaughtUp, new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
      await drain();
    },
    disconnect,
    connect,
    async stop() {
      replication?.cancel();
      replication = null;
      feed.cancel();
      await draining;
      await local.close();
      await remote.close();
    },
  };
}

/** Authors of the revisions that decisions in this batch refer to but the batch does not hold. */
async function authorsOfDecided(local: PouchDatabase, docs: readonly PouchDoc[]): Promise<Map<string, string>> {
  const inBatch = new Set(docs.filter((d) => d['type'] === 'revision').map((d) => String(d['id'])));
  const wanted = [...new Set(docs.filter((d) => d['type'] === 'event' && !inBatch.has(String(d['revisionId']))).map((d) => `rev:${String(d['revisionId'])}`))];
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  const found = await local.allDocs({ include_docs: true, keys: wanted });
  for (const row of found.rows) if (row.doc && typeof row.doc['author'] === 'string') out.set(String(row.doc['id']), row.doc['author']);
  return out;
}

export function statusOfError(e: unknown): SyncStatus {
  const x = (e ?? {}) as { status?: number; reason?: string; message?: string };
  const reason = x.reason ?? x.message ?? '';
  if (x.status === 401 && /name or password/i.test(reason)) return { kind: 'wrong-password' };
  if (x.status === 401 || x.status === 403) return { kind: 'not-allowed', reason: x.status === 403 && reason ? reason : 'you are not a member of this work.' };
  return { kind: 'offline' };
}

async function readLocal(db: PouchDatabase, id: string): Promise<PouchDoc | null> {
  try {
    return await db.get(id);
  } catch {
    return null;
  }
}

async function writeLocal(db: PouchDatabase, id: string, body: object): Promise<void> {
  const have = await readLocal(db, id);
  await db.put({ ...body, _id: id, ...(have?._rev ? { _rev: have._rev } : {}) });
}
