/** Name authorities: the workspace-wide list (workId '') and per-work lists. */
import type { BundleName } from '../core/bundle/bundle-types.ts';
import { editorNameIn } from './editor-name.ts';
import type { NameRecord } from './schema.ts';
import { guardedWrite, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';
import { IMPORT_AUTHOR } from './works-repository.ts';

/** The workId of the workspace-wide name list. */
export const WORKSPACE_NAMES = '';

export type NameEntryInput = Omit<BundleName, 'workId' | 'author' | 'updatedAt'>;

export interface NamesRepository {
  /**
   * Replaces the whole list of one scope in one transaction. Signed by the
   * editor, or, before a name is set, as imported data (like revision zero):
   * the corpus lists are seeded on first run so names are marked at once.
   */
  saveNames(workId: string, entries: readonly NameEntryInput[]): Promise<StoreResult<NameRecord[]>>;
  listNames(workId: string): Promise<NameRecord[]>;
}

export function createNamesRepository(ctx: StorageContext): NamesRepository {
  return {
    saveNames: (workId, entries) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['names', 'settings']);
        const author = (await editorNameIn(tx)) ?? IMPORT_AUTHOR;
        const at = timestamp(ctx);
        await tx.objectStore('names').delete(workKeyRange(workId));
        const records = entries.map((e): NameRecord => ({ ...e, variants: [...e.variants], workId, author, updatedAt: at }));
        await Promise.all([...records.map((r) => tx.objectStore('names').put(r)), tx.done]);
        return records;
      }, () => ({ kind: 'names', workId })),
    listNames: (workId) => ctx.db.getAll('names', workKeyRange(workId)),
  };
}
