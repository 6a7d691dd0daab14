/**
 * What every repository shares: the connection, the id factory, the clock and
 * the channel to other tabs. Tests pass their own clock to write history "in the past".
 */
import type { IdFactory } from '../core/ids.ts';
import { err, ok, type Result } from '../core/result.ts';
import type { Timestamp } from '../core/workflow/revision.ts';
import type { ChangeChannel, ChangeMessage } from './change-channel.ts';
import type { ParallaxDb } from './schema.ts';
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
  write: () => Promise<T>,
  announce?: (value: T) => ChangeMessage | null,
): Promise<StoreResult<T>> {
  try {
    const value = await write();
    const message = announce?.(value);
    if (message) ctx.channel.post(message);
    return ok(value);
  } catch (e) {
    return err(e instanceof Refusal ? e.error : storeErrorFrom(e));
  }
}

/** Aborts the running transaction (if still active) and throws the refusal. */
export function refuse(tx: { abort(): void; readonly done?: Promise<void> }, error: StoreError): never {
  // The aborted transaction's `done` rejects; the refusal is the answer, so that rejection is expected.
  tx.done?.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborting: the refusal below still reaches the caller.
  }
  throw new Refusal(error);
}

/** Keeps `unwrap` of a pure Result inside a transaction short: refuse on error. */
export function must<T>(tx: { abort(): void; readonly done?: Promise<void> }, result: Result<T>): T {
  if (!result.ok) refuse(tx, result.error);
  return result.value;
}
