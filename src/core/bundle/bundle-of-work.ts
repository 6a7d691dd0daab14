/**
 * A bundle holding one freshly imported work: revision zero per paragraph,
 * no other history. Lets the CLI turn a work folder into a bundle the app can
 * restore, and gives tests a bundle without a browser.
 */
import type { IdFactory } from '../ids.ts';
import type { Work } from '../model/work.ts';
import type { Revision, Timestamp } from '../workflow/revision.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type BundleWork } from './bundle-types.ts';

export function bundleOfWork(work: Work, opts: { readonly author: string; readonly at: Timestamp; readonly ids: IdFactory }): Bundle {
  const revisions: Revision[] = [];
  const bundled: BundleWork = {
    id: work.id, meta: work.meta, notes: work.notes ?? null, author: opts.author, createdAt: opts.at, deletedAt: null,
    witnesses: work.witnesses.map((w) => ({
      id: w.id, lang: w.lang, role: w.role, label: w.label, translator: w.translator, provenance: w.provenance,
      preparedForProject: w.preparedForProject,
      paragraphs: w.paragraphs.map((p) => {
        const revision: Revision = {
          id: opts.ids(), workId: work.id, witnessId: w.id, paragraphId: p.id, baseRevisionId: null,
          text: p.text, author: opts.author, createdAt: opts.at, origin: 'import',
        };
        revisions.push(revision);
        return p.pageBreaks ? { id: p.id, kind: p.kind, pageBreaks: [...p.pageBreaks], revisionId: revision.id } : { id: p.id, kind: p.kind, revisionId: revision.id };
      }),
    })),
  };
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, scope: 'work', works: [bundled], revisions, events: [], comments: [], alignments: [], names: [] };
}
