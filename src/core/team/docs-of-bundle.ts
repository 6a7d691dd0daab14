/** Every record of one work of a bundle as team documents (what `team share` uploads and the app mirrors). */
import type { Bundle } from '../bundle/bundle-types.ts';
import { alignmentDoc, commentDoc, eventDoc, namesDoc, revisionDoc, workDoc, type TeamDoc } from './team-docs.ts';

export function docsOfBundle(bundle: Bundle, workId: string): TeamDoc[] {
  const work = bundle.works.find((w) => w.id === workId);
  const revisions = bundle.revisions.filter((r) => r.workId === workId);
  const authorOf = new Map(revisions.map((r) => [r.id, r.author]));
  const names = namesDoc(workId, bundle.names.filter((n) => n.workId === workId));
  return [
    ...(work ? [workDoc(work)] : []),
    ...revisions.map(revisionDoc),
    ...bundle.events.filter((e) => e.workId === workId).map((e) => eventDoc(e, authorOf.get(e.revisionId) ?? '')),
    ...bundle.comments.filter((c) => c.workId === workId).map(commentDoc),
    ...bundle.alignments.filter((a) => a.workId === workId).map(alignmentDoc),
    ...(names ? [names] : []),
  ];
}
