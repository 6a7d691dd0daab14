/** Placeholder until the bundle format lands (next commit): export/import of `parallax.bundle`. */
import type { StorageContext } from './storage-context.ts';

export interface BackupRepository {
  readonly ready: false;
}

export function createBackupRepository(_ctx: StorageContext): BackupRepository {
  return { ready: false };
}
