/** One work of a bundle as the shared document model, with each paragraph's current (approved) text. */
import { WORK_FORMAT, WORK_VERSION, type Paragraph, type Work } from '../model/work.ts';
import { err, ok, pxError, type Result } from '../result.ts';
import { bundleErrors } from './bundle-errors.ts';
import type { Bundle, BundleWork } from './bundle-types.ts';

/** A live work of the bundle; a deleted one (in the bin of the workspace it came from) is refused. */
export function workFromBundle(bundle: Bundle, workId: string): Result<Work> {
  const work = bundle.works.find((w) => w.id === workId);
  if (!work) return err(bundleErrors.workNotFound(workId));
  if (work.deletedAt !== null) {
    return err(pxError('MODEL_DELETED_WORK', `The work “${workId}” was deleted (it is in the bin of the workspace the bundle holds).`,
      'Restore the bundle in the app and take the work out of the bin, or choose another work.'));
  }
  return ok(modelOfBundleWork(work, revisionTexts(bundle)));
}

/** Revision id → text, built once for all the works of a bundle (ids are unique in a checked bundle). */
export function revisionTexts(bundle: Bundle): ReadonlyMap<string, string> {
  return new Map(bundle.revisions.map((r) => [r.id, r.text]));
}

/** The work's records as the shared model, its paragraphs with their current text. */
export function modelOfBundleWork(work: BundleWork, textOf: ReadonlyMap<string, string>): Work {
  return {
    format: WORK_FORMAT,
    version: WORK_VERSION,
    id: work.id,
    meta: work.meta,
    notes: work.notes,
    witnesses: work.witnesses.map((w) => ({
      id: w.id, lang: w.lang, role: w.role, label: w.label, translator: w.translator, provenance: w.provenance,
      preparedForProject: w.preparedForProject,
      paragraphs: w.paragraphs.map((p): Paragraph => {
        const text = textOf.get(p.revisionId) ?? '';
        return p.pageBreaks ? { id: p.id, kind: p.kind, text, pageBreaks: p.pageBreaks } : { id: p.id, kind: p.kind, text };
      }),
    })),
  };
}
