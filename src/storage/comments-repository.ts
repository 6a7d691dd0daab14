/** Comments on open (draft or proposed) revisions: append-only, like the rest of history. */
import { checkAuthor, checkCommentable, revisionState, sortById } from '../core/workflow/index.ts';
import type { RevisionComment } from '../core/workflow/revision.ts';
import { editorNameIn } from './editor-name.ts';
import { notFoundError } from './store-errors.ts';
import { guardedWrite, must, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';

export interface CommentsRepository {
  addComment(revisionId: string, text: string): Promise<StoreResult<RevisionComment>>;
  /** Oldest first. */
  listComments(revisionId: string): Promise<RevisionComment[]>;
}

export function createCommentsRepository(ctx: StorageContext): CommentsRepository {
  return {
    addComment: (revisionId, text) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['revisions', 'events', 'comments', 'settings']);
        const author = must(tx, checkAuthor(await editorNameIn(tx)));
        const revision = await tx.objectStore('revisions').get(revisionId);
        if (!revision) refuse(tx, notFoundError(`The revision “${revisionId}”`));
        const events = await tx.objectStore('events').index('byRevision').getAll(revisionId);
        must(tx, checkCommentable(revisionState(revision, events), text));
        const comment: RevisionComment = {
          id: ctx.ids(), workId: revision.workId, paragraphId: revision.paragraphId, revisionId,
          author, at: timestamp(ctx), text: text.trim(),
        };
        await Promise.all([tx.objectStore('comments').add(comment), tx.done]);
        return comment;
      }, (c) => ({ kind: 'comment', workId: c.workId, revisionId: c.revisionId })),
    listComments: async (revisionId) => sortById(await ctx.db.getAllFromIndex('comments', 'byRevision', revisionId)),
  };
}
