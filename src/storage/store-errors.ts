/**
 * Storage's coded errors. A conflict carries both texts so the caller can
 * show them side by side: nothing is ever silently overwritten.
 */
import { pxError, type PxError } from '../core/result.ts';
import type { Revision } from '../core/workflow/revision.ts';

export interface StoreConflict {
  /** The caller's text, saved as a draft marked `origin: 'conflict'`. */
  readonly mine: Revision;
  /** The paragraph's current revision, saved meanwhile by someone else (another tab). */
  readonly theirs: { readonly revisionId: string; readonly text: string; readonly author: string };
}

export interface StoreError extends PxError {
  readonly conflict?: StoreConflict;
}

export function conflictError(conflict: StoreConflict): StoreError {
  return {
    ...pxError('STORE_CONFLICT', 'This paragraph was changed elsewhere (another window or tab) while you were editing it.',
      'Both texts are kept: yours is saved as a draft marked as conflicting. Compare them and propose the one to keep.'),
    conflict,
  };
}

export function staleApprovalError(): StoreError {
  return pxError('STORE_CONFLICT', 'The paragraph changed since this revision was written, so approving it would silently drop that change.',
    'Reload the paragraph and make a new revision from its current text.');
}

export function notFoundError(what: string): StoreError {
  return pxError('STORE_NOT_FOUND', `${what} is not in this workspace.`, 'Reload the page: it may have been removed in another window.');
}

export function existsError(what: string): StoreError {
  return pxError('STORE_EXISTS', `${what} is already in this workspace.`, 'Remove it first, or import it as a merge.');
}

export function quotaError(): StoreError {
  return pxError('STORE_QUOTA', 'The browser has no room left for this workspace, so the last change was not saved. Everything saved before is intact.',
    'Free space (export and remove works you no longer need, or clear other site data) and try again.');
}

export function closedError(): StoreError {
  return pxError('STORE_CLOSED', 'The workspace was closed because a newer version of the app opened it in another tab.',
    'Reload this page to continue with the newer version.');
}

export function importConflictError(what: string): StoreError {
  return pxError('STORE_IMPORT_CONFLICT', `${what} exists here with different content, so the bundle cannot be merged.`,
    'Import with “replace” to use the bundle’s version, or export this workspace first.');
}

export function unexpectedError(e: unknown): StoreError {
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return pxError('STORE_FAILED', `The browser’s database refused the change (${message}). Nothing of this change was saved.`,
    'Try again; if it keeps failing, export a backup and reload the page.');
}

/** Maps a thrown DOMException to a coded error; QuotaExceededError becomes STORE_QUOTA. */
export function storeErrorFrom(e: unknown): StoreError {
  const name = e instanceof Error || (typeof e === 'object' && e !== null && 'name' in e) ? (e as { name: string }).name : '';
  if (name === 'QuotaExceededError') return quotaError();
  if (name === 'InvalidStateError' && /clos/i.test(String((e as Error).message))) return closedError();
  return unexpectedError(e);
}
