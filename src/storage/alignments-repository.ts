/**
 * Alignment persistence: the rows (with confirmed ones) of one translation
 * against the original, and the manual edits that made them.
 */
import type { AlignmentEdit, StoredAlignmentRow } from '../core/bundle/bundle-types.ts';
import { checkAuthor } from '../core/workflow/transitions.ts';
import { editorNameIn } from './editor-name.ts';
import { sentencePairsKey, type SentencePairs } from '../core/alignment/sentence-pairs.ts';
import type { AlignmentRow } from '../core/alignment/types.ts';
import type { AlignmentRecord, StoredSentencePairs } from './schema.ts';
import { notFoundError } from './store-errors.ts';
import { guardedWrite, must, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';

export interface AlignmentsRepository {
  saveAlignment(workId: string, witnessId: string, alignment: { readonly rows: readonly StoredAlignmentRow[] }, editHistory: readonly AlignmentEdit[]): Promise<StoreResult<AlignmentRecord>>;
  loadAlignment(workId: string, witnessId: string): Promise<AlignmentRecord | undefined>;
  listAlignments(workId: string): Promise<AlignmentRecord[]>;
  /** Keeps the sentence pairs of one paragraph row with the translation's alignment (which must be saved already). */
  saveSentencePairs(workId: string, witnessId: string, pairs: SentencePairs): Promise<StoreResult<StoredSentencePairs>>;
}

const plainRows = (rows: readonly StoredAlignmentRow[]): AlignmentRow[] =>
  rows.map((r) => ({ source: [...r.source], target: [...r.target], score: r.score, status: r.status }));

export function createAlignmentsRepository(ctx: StorageContext): AlignmentsRepository {
  return {
    saveAlignment: (workId, witnessId, alignment, editHistory) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['alignments', 'witnesses', 'settings']);
        const author = must(tx, checkAuthor(await editorNameIn(tx)));
        if (!(await tx.objectStore('witnesses').get([workId, witnessId]))) refuse(tx, notFoundError(`The witness “${witnessId}” of “${workId}”`));
        // Sentence pairs stay: each knows its paragraph row and sentences, and is checked against them when read.
        const before = await tx.objectStore('alignments').get([workId, witnessId]);
        // Copy plain data only: the caller's objects may carry extra fields or be frozen.
        const record: AlignmentRecord = {
          workId, witnessId, author, updatedAt: timestamp(ctx),
          rows: plainRows(alignment.rows),
          editHistory: editHistory.map((e) => ({ ...e, rows: [...e.rows] })),
          ...(before?.sentencePairs ? { sentencePairs: before.sentencePairs } : {}),
        };
        await Promise.all([tx.objectStore('alignments').put(record), tx.done]);
        return record;
      }, (r) => ({ kind: 'alignment', workId: r.workId, witnessId: r.witnessId })),
    loadAlignment: (workId, witnessId) => ctx.db.get('alignments', [workId, witnessId]),
    listAlignments: (workId) => ctx.db.getAll('alignments', workKeyRange(workId)),
    saveSentencePairs: (workId, witnessId, pairs) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['alignments', 'settings']);
        const author = must(tx, checkAuthor(await editorNameIn(tx)));
        const record = await tx.objectStore('alignments').get([workId, witnessId]);
        if (!record) refuse(tx, notFoundError(`The alignment of “${witnessId}” in “${workId}”`));
        const saved: StoredSentencePairs = {
          sourceParagraphIds: [...pairs.sourceParagraphIds], targetParagraphIds: [...pairs.targetParagraphIds],
          sourceSentences: [...pairs.sourceSentences], targetSentences: [...pairs.targetSentences],
          rows: plainRows(pairs.rows), author, updatedAt: timestamp(ctx),
        };
        const key = sentencePairsKey(pairs.sourceParagraphIds, pairs.targetParagraphIds);
        const next: AlignmentRecord = { ...record, sentencePairs: { ...record.sentencePairs, [key]: saved } };
        await Promise.all([tx.objectStore('alignments').put(next), tx.done]);
        return saved;
      }, () => ({ kind: 'alignment', workId, witnessId })),
  };
}
