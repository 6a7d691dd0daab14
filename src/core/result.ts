import type { PxErrorCode } from './errors/codes.ts';

/**
 * A parser or importer returns a Result: a malformed file is an expected
 * outcome, not an exception, so callers switch over `ok` instead of catching.
 */
export type Result<T, E = PxError> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** A coded, user-facing error: what happened, and what to do about it. */
export interface PxError {
  /** Stable upper-snake code with an area prefix, e.g. `IMPORT_EMPTY`; one of the codes in errors/codes.ts. */
  readonly code: PxErrorCode;
  /** What happened, in one sentence a person can read. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

export function err<E = PxError>(error: E): Result<never, E> {
  return { ok: false, error };
}

export function pxError(code: PxErrorCode, message: string, hint: string): PxError {
  return { code, message, hint };
}

/** The one-line form used by the CLI and logs: `error[CODE]: what happened — what to do`. */
export function formatError(e: PxError): string {
  return `error[${e.code}]: ${e.message} — ${e.hint}`;
}
