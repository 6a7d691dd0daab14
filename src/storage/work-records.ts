/**
 * Converts between the shared document model (`Work`) and the records kept
 * per store. Pure functions: the repositories do the I/O.
 */
import { WORK_FORMAT, WORK_VERSION, type Paragraph, type Witness, type Work } from '../core/model/work.ts';
import type { Revision, Timestamp } from '../core/workflow/revision.ts';
import type { IdFactory } from '../core/ids.ts';
import type { ParagraphRecord, WitnessRecord, WorkRecord } from './schema.ts';

export interface WorkRecords {
  readonly work: WorkRecord;
  readonly witnesses: WitnessRecord[];
  readonly paragraphs: ParagraphRecord[];
  /** Revision zero of every paragraph: the imported text. */
  readonly revisions: Revision[];
}

export function recordsOfWork(work: Work, author: string, at: Timestamp, ids: IdFactory): WorkRecords {
  const witnesses: WitnessRecord[] = [];
  const paragraphs: ParagraphRecord[] = [];
  const revisions: Revision[] = [];
  work.witnesses.forEach((w, ordinal) => {
    witnesses.push({
      workId: work.id, id: w.id, ordinal, lang: w.lang, role: w.role, label: w.label,
      translator: w.translator, provenance: w.provenance, preparedForProject: w.preparedForProject,
    });
    w.paragraphs.forEach((p, pOrdinal) => {
      const revision: Revision = {
        id: ids(), workId: work.id, witnessId: w.id, paragraphId: p.id, baseRevisionId: null,
        text: p.text, author, createdAt: at, origin: 'import',
      };
      revisions.push(revision);
      paragraphs.push({
        workId: work.id, witnessId: w.id, id: p.id, ordinal: pOrdinal, kind: p.kind,
        ...(p.pageBreaks ? { pageBreaks: [...p.pageBreaks] } : {}),
        text: p.text, revisionId: revision.id, updatedAt: at,
      });
    });
  });
  return {
    work: {
      id: work.id, meta: work.meta, notes: work.notes ?? null, witnessIds: work.witnesses.map((w) => w.id),
      author, createdAt: at, deletedAt: null,
    },
    witnesses, paragraphs, revisions,
  };
}

export function workOfRecords(work: WorkRecord, witnesses: readonly WitnessRecord[], paragraphs: readonly ParagraphRecord[]): Work {
  const byWitness = new Map<string, ParagraphRecord[]>();
  for (const p of paragraphs) {
    const list = byWitness.get(p.witnessId);
    if (list) list.push(p);
    else byWitness.set(p.witnessId, [p]);
  }
  const ordered = [...witnesses].sort((a, b) => a.ordinal - b.ordinal);
  return {
    format: WORK_FORMAT,
    version: WORK_VERSION,
    id: work.id,
    meta: work.meta,
    witnesses: ordered.map((w): Witness => ({
      id: w.id, lang: w.lang, role: w.role, label: w.label, translator: w.translator,
      provenance: w.provenance, preparedForProject: w.preparedForProject,
      paragraphs: (byWitness.get(w.id) ?? []).sort((a, b) => a.ordinal - b.ordinal).map(paragraphOfRecord),
    })),
    notes: work.notes,
  };
}

function paragraphOfRecord(p: ParagraphRecord): Paragraph {
  return p.pageBreaks ? { id: p.id, kind: p.kind, text: p.text, pageBreaks: p.pageBreaks } : { id: p.id, kind: p.kind, text: p.text };
}

/** The key range of every `[workId, …]` key of one work. */
export function workKeyRange(workId: string): IDBKeyRange {
  return IDBKeyRange.bound([workId], [workId, []]);
}
