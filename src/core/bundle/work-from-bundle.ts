/** One work of a bundle as the shared document model, with each paragraph's current (approved) text. */
import { WORK_FORMAT, WORK_VERSION, type Paragraph, type Work } from '../model/work.ts';
import { err, ok, type Result } from '../result.ts';
import { bundleErrors } from './bundle-errors.ts';
import type { Bundle } from './bundle-types.ts';

export function workFromBundle(bundle: Bundle, workId: string): Result<Work> {
  const work = bundle.works.find((w) => w.id === workId);
  if (!work) return err(bundleErrors.workNotFound(workId));
  const textOf = new Map(bundle.revisions.filter((r) => r.workId === workId).map((r) => [r.id, r.text]));
  return ok({
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
  });
}
