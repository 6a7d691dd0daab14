/**
 * What awaits review in a bundle, in the shape the DOCX writer wants: each
 * proposed revision of a work (its text, author, time) and the comments on
 * them. A reviewer's Word file then shows them as tracked changes and
 * comments, and comes back through "Import a revised version".
 */
import type { Bundle } from '../bundle/bundle-types.ts';
import type { DocxComment, DocxProposal } from '../export/to-docx.ts';
import { revisionState } from '../workflow/revision-state.ts';

export function pendingReview(bundle: Bundle, workId: string): { proposals: DocxProposal[]; comments: DocxComment[] } {
  const events = bundle.events.filter((e) => e.workId === workId);
  const proposed = bundle.revisions.filter((r) => r.workId === workId && r.origin !== 'import' && revisionState(r, events) === 'proposed');
  const open = new Set(proposed.map((r) => r.id));
  return {
    proposals: proposed.map((r) => ({ paragraphId: r.paragraphId, text: r.text, author: r.author, at: r.createdAt })),
    comments: bundle.comments.filter((c) => c.workId === workId && open.has(c.revisionId)).map((c) => ({ paragraphId: c.paragraphId, author: c.author, at: c.at, text: c.text })),
  };
}
