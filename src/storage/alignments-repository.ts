/**
 * Alignment persistence: the rows (with confirmed ones) of one translation
 * against the original, and the manual edits that made them.
 */
import type { AlignmentEdit, StoredAlignmentRow } from '../core/bundle/bundle-types.ts';
import { checkAuthor } from '../core/workflow/transitions.ts';
import { editorNameIn } from './editor-name.ts';
import type { AlignmentRecord } from './schema.ts';
import { notFoundError } from './store-errors.ts';
import { guardedWrite, must, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';

export interface AlignmentsRepository {
  saveAlignment(workId: string, witnessId: string, alignment: { readonly rows: readonly StoredAlignmentRow[] }, editHistory: readonly AlignmentEdit[]): Promise<StoreResult<AlignmentRecord>>;
  loadAlignment(workId: string, witnessId: string): Promise<AlignmentRecord | undefined>;
  listAlignments(workId: string): Promise<AlignmentRecord[]>;
}

export function createAlignmentsRepository(ctx: StorageContext): AlignmentsRepository {
  return {
    saveAlignment: (workId, witnessId, alignment, editHistory) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['alignments', 'witnesses', 'settings']);
        const author = must(tx, checkAuthor(await editorNameIn(tx)));
        if (!(await tx.objectStore('witnesses').get([workId, witnessId]))) refuse(tx, notFoundError(`The witness “${witnessId}” of “${workId}”`));
        // Copy plain data only: the caller's objects may carry extra fields or be frozen.
        const record: AlignmentRecord = {
          workId, witnessId, author, updatedAt: timestamp(ctx),
          rows: alignment.rows.map((r) => ({ source: [...r.source], target: [...r.target], score: r.score, status: r.status })),
          editHistory: editHistory.map((e) => ({ ...e, rows: [...e.rows] })),
        };
        await Promise.all([tx.objectStore('alignments').put(record), tx.done]);
        return record;
      }, (r) => ({ kind: 'alignment', workId: r.workId, witnessId: r.witnessId })),
    loadAlignment: (workId, witnessId) => ctx.db.get('alignments', [workId, witnessId]),
    listAlignments: (workId) => ctx.db.getAll('alignments', workKeyRange(workId)),
  };
}
