/**
 * What every repository shares: the connection, the id factory, the clock and
 * the channel to other tabs. Tests pass their own clock to write history "in the past".
 */
import type { IdFactory } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { Timestamp } from '../core/workflow/revision.ts';
import type { ChangeChannel, ChangeMessage } from './change-channel.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ParallaxDb, ParallaxSchema } from './schema.ts';
import { storeErrorFrom, type StoreError } from './store-errors.ts';

export interface StorageContext {
  readonly db: ParallaxDb;
  readonly ids: IdFactory;
  readonly now: () => Date;
  readonly channel: ChangeChannel;
}

export type StoreResult<T> = Result<T, StoreError>;

export function timestamp(ctx: StorageContext): Timestamp {
  return ctx.now().toISOString();
}

/**
 * A domain refusal inside a transaction: thrown to abort it (so nothing of a
 * half-done change is kept), then returned as the error.
 */
export class Refusal extends Error {
  constructor(readonly error: StoreError) {
    super(error.message);
  }
}

/**
 * Runs a write and turns every failure into a coded error: a Refusal keeps its
 * code; QuotaExceededError becomes STORE_QUOTA. On success, tells other tabs.
 */
export async function guardedWrite<T>(
  ctx: StorageContext,
  write: (begin: BeginWrite) => Promise<T>,
  announce?: (value: T) => ChangeMessage | null,
): Promise<StoreResult<T>> {
  const opened: Array<WriteTx<StoreNames<ParallaxSchema>>> = [];
  const begin: BeginWrite = (stores) => {
    // Strict: the write is on disk when the transaction completes (Chromium's default, 'relaxed' since
    // v83, may lose the last revisions to a power cut after the app said they were saved).
    const tx = ctx.db.transaction(stores, 'readwrite', { durability: 'strict' });
    opened.push(tx as unknown as WriteTx<StoreNames<ParallaxSchema>>);
    return tx;
  };
  try {
    const value = await write(begin);
    const message = announce?.(value);
    if (message) ctx.channel.post(message);
    return ok(value);
  } catch (e) {
    // Whatever failed (a refusal, a quota error, a bug), no part of the change may commit.
    for (const tx of opened) abortQuietly(tx);
    return err(e instanceof Refusal ? e.error : storeErrorFrom(e));
  }
}

/**
 * Issues many requests and waits for them all. If issuing throws half way
 * (DataCloneError, a bad key), the requests already issued still get a
 * handler: the transaction aborts and their rejections are expected.
 */
export function allRequests(issue: (add: (request: Promise<unknown>) => void) => void): Promise<unknown[]> {
  const pending: Promise<unknown>[] = [];
  try {
    issue((request) => pending.push(request));
  } catch (e) {
    void Promise.allSettled(pending);
    return Promise.reject(e);
  }
  return Promise.all(pending);
}

/** A read-write transaction over the stores `S`. */
export type WriteTx<S extends StoreNames<ParallaxSchema>> = IDBPTransaction<ParallaxSchema, S[], 'readwrite'>;
/** Opens a read-write transaction that guardedWrite aborts if the write fails anywhere. */
export type BeginWrite = <S extends StoreNames<ParallaxSchema>>(stores: S[]) => WriteTx<S>;

function abortQuietly(tx: { abort(): void; readonly done?: Promise<void> }): void {
  // The aborted transaction's `done` rejects; the error already in hand is the answer.
  tx.done?.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already committed, finished or aborting.
  }
}

/** Aborts the running transaction (if still active) and throws the refusal. */
export function refuse(tx: { abort(): void; readonly done?: Promise<void> }, error: StoreError): never {
  abortQuietly(tx);
  throw new Refusal(error);
}

/** Keeps `unwrap` of a pure Result inside a transaction short: refuse on error. */
export function must<T>(tx: { abort(): void; readonly done?: Promise<void> }, result: Result<T>): T {
  if (!result.ok) refuse(tx, result.error);
  return result.value;
}
