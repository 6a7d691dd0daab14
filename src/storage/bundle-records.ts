/**
 * Converts between store records and bundle records. Pure: the backup
 * repository reads and writes the stores around it.
 */
import type { Bundle, BundleWork } from '../core/bundle/bundle-types.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../core/bundle/bundle-types.ts';
import type { Revision, RevisionComment, TransitionEvent } from '../core/workflow/revision.ts';
import { groupBy } from './group-by.ts';
import type { AlignmentRecord, NameRecord, ParagraphRecord, WitnessRecord, WorkRecord } from './schema.ts';

export interface StoreSnapshot {
  readonly works: readonly WorkRecord[];
  readonly witnesses: readonly WitnessRecord[];
  readonly paragraphs: readonly ParagraphRecord[];
  readonly revisions: readonly Revision[];
  readonly events: readonly TransitionEvent[];
  readonly comments: readonly RevisionComment[];
  readonly alignments: readonly AlignmentRecord[];
  readonly names: readonly NameRecord[];
}

export function bundleOfSnapshot(s: StoreSnapshot, scope: Bundle['scope']): Bundle {
  const witnessesOf = groupBy(s.witnesses, (w) => w.workId);
  const paragraphsOf = groupBy(s.paragraphs, (p) => `${p.workId}/${p.witnessId}`);
  const works = s.works.map((w): BundleWork => ({
    id: w.id, meta: w.meta, notes: w.notes, author: w.author, createdAt: w.createdAt, deletedAt: w.deletedAt,
    witnesses: [...(witnessesOf.get(w.id) ?? [])].sort((a, b) => a.ordinal - b.ordinal).map((x) => ({
      id: x.id, lang: x.lang, role: x.role, label: x.label, translator: x.translator, provenance: x.provenance,
      preparedForProject: x.preparedForProject,
      paragraphs: [...(paragraphsOf.get(`${w.id}/${x.id}`) ?? [])].sort((a, b) => a.ordinal - b.ordinal).map((p) => (
        p.pageBreaks ? { id: p.id, kind: p.kind, pageBreaks: p.pageBreaks, revisionId: p.revisionId } : { id: p.id, kind: p.kind, revisionId: p.revisionId })),
    })),
  }));
  return {
    format: BUNDLE_FORMAT, version: BUNDLE_VERSION, scope, works,
    revisions: s.revisions, events: s.events, comments: s.comments,
    alignments: s.alignments.map((a) => ({ workId: a.workId, witnessId: a.witnessId, rows: a.rows, editHistory: a.editHistory, author: a.author, updatedAt: a.updatedAt })),
    names: s.names,
  };
}

export interface WorkWrite {
  readonly work: WorkRecord;
  readonly witnesses: WitnessRecord[];
  readonly paragraphs: ParagraphRecord[];
}

/** The work, witness and paragraph records of one bundled work; paragraph texts come from their current revisions. */
export function recordsOfBundleWork(w: BundleWork, textOf: ReadonlyMap<string, Revision>): WorkWrite {
  const witnesses: WitnessRecord[] = [];
  const paragraphs: ParagraphRecord[] = [];
  w.witnesses.forEach((x, ordinal) => {
    witnesses.push({ workId: w.id, id: x.id, ordinal, lang: x.lang, role: x.role, label: x.label, translator: x.translator, provenance: x.provenance, preparedForProject: x.preparedForProject });
    x.paragraphs.forEach((p, pOrdinal) => {
      const current = textOf.get(p.revisionId);
      paragraphs.push({
        workId: w.id, witnessId: x.id, id: p.id, ordinal: pOrdinal, kind: p.kind,
        ...(p.pageBreaks ? { pageBreaks: [...p.pageBreaks] } : {}),
        text: current?.text ?? '', revisionId: p.revisionId, updatedAt: current?.createdAt ?? w.createdAt,
      });
    });
  });
  return {
    work: { id: w.id, meta: w.meta, notes: w.notes, witnessIds: w.witnesses.map((x) => x.id), author: w.author, createdAt: w.createdAt, deletedAt: w.deletedAt },
    witnesses, paragraphs,
  };
}
