/**
 * Reading history: a paragraph's revisions with word diffs, a diff between
 * any two revisions, the work's activity timeline (paged, newest first), and
 * the approved text of every paragraph as of any past moment.
 */
import type { DiffOp } from '../core/diff/word-diff.ts';
import { err, ok } from '../core/result.ts';
import { approvedRevisionAt } from '../core/workflow/revision-state.ts';
import type { Revision, RevisionComment, RevisionOrigin, RevisionState, Timestamp, TransitionEvent } from '../core/workflow/revision.ts';
import { findParagraph, paragraphsOfChunks } from './paragraph-chunks.ts';
import { viewsOf, type RevisionView } from './revisions-repository.ts';
import type { ParallaxDb } from './schema.ts';
import { notFoundError } from './store-errors.ts';
import type { StorageContext, StoreResult } from './storage-context.ts';
import { workKeyRange } from './work-records.ts';
import { groupBy } from './group-by.ts';

export interface RevisionHistoryEntry extends RevisionView {
  readonly comments: readonly RevisionComment[];
  /** Word diff from the revision it was based on; null for revision zero. */
  readonly diff: readonly DiffOp[] | null;
}

export type TimelineEntry =
  | { readonly kind: 'revision'; readonly id: string; readonly at: Timestamp; readonly author: string; readonly paragraphId: string; readonly witnessId: string; readonly revisionId: string; readonly origin: RevisionOrigin }
  | { readonly kind: 'transition'; readonly id: string; readonly at: Timestamp; readonly author: string; readonly paragraphId: string; readonly revisionId: string; readonly from: RevisionState; readonly to: RevisionState; readonly note: string | null }
  | { readonly kind: 'comment'; readonly id: string; readonly at: Timestamp; readonly author: string; readonly paragraphId: string; readonly revisionId: string; readonly text: string };

export interface TimelinePage {
  /** Newest first. */
  readonly entries: readonly TimelineEntry[];
  /** Pass as `before` for the next (older) page; null when this is the last page. */
  readonly next: string | null;
}

export const DEFAULT_TIMELINE_PAGE = 50;

/** Above this many changed paragraphs, approvedTextsAsOf reads the work's revisions at once (measured: 2,000 single reads took longer than one read of 20,000 revisions). */
const PER_PARAGRAPH_READS = 100;

export interface HistoryRepository {
  /** Every revision of a paragraph, oldest first, each with its state, comments and diff to its base. */
  paragraphHistory(workId: string, paragraphId: string): Promise<StoreResult<RevisionHistoryEntry[]>>;
  /** Word diff from revision `fromId` to revision `toId` (any two, same witness language). */
  diffRevisions(fromId: string, toId: string): Promise<StoreResult<DiffOp[]>>;
  /** The work's activity (edits, transitions, comments; not the import itself), newest first. */
  timeline(workId: string, opts?: { readonly before?: string; readonly limit?: number }): Promise<TimelinePage>;
  /** paragraphId → the text approved at `date` ("the edition as of 1 May"); paragraphs not yet imported then are absent. */
  approvedTextsAsOf(workId: string, date: Date | Timestamp): Promise<Map<string, string>>;
}

export function createHistoryRepository(ctx: StorageContext): HistoryRepository {
  const { db } = ctx;
  return {
    async paragraphHistory(workId, paragraphId) {
      const { wordDiff } = await loadWordDiff();
      const paragraph = (await findParagraph(db.transaction('paragraphChunks').store, workId, paragraphId))?.paragraph;
      if (!paragraph) return err(notFoundError(`The paragraph “${paragraphId}”`));
      const lang = (await db.get('witnesses', [workId, paragraph.witnessId]))?.lang ?? 'en';
      const tx = db.transaction(['revisions', 'events', 'comments'], 'readonly');
      const range = IDBKeyRange.bound([workId, paragraphId], [workId, paragraphId, []]);
      const [revisions, events] = await Promise.all([
        tx.objectStore('revisions').index('byParagraph').getAll(range),
        tx.objectStore('events').index('byParagraph').getAll(range),
      ]);
      const comments = await Promise.all(revisions.map((r) => tx.objectStore('comments').index('byRevision').getAll(r.id)));
      const commentsOf = new Map(revisions.map((r, i) => [r.id, comments[i] ?? []]));
      const textOf = new Map(revisions.map((r) => [r.id, r.text]));
      return ok(viewsOf(revisions, events).map((v) => {
        const baseText = v.revision.baseRevisionId ? textOf.get(v.revision.baseRevisionId) : undefined;
        return {
          ...v,
          comments: [...(commentsOf.get(v.revision.id) ?? [])].sort((a, b) => (a.id < b.id ? -1 : 1)),
          diff: baseText === undefined ? null : wordDiff(baseText, v.revision.text, lang),
        };
      }));
    },

    async diffRevisions(fromId, toId) {
      const [a, b] = await Promise.all([db.get('revisions', fromId), db.get('revisions', toId)]);
      if (!a) return err(notFoundError(`The revision “${fromId}”`));
      if (!b) return err(notFoundError(`The revision “${toId}”`));
      const lang = (await db.get('witnesses', [b.workId, b.witnessId]))?.lang ?? 'en';
      const { wordDiff } = await loadWordDiff();
      return ok(wordDiff(a.text, b.text, lang));
    },

    async timeline(workId, opts = {}) {
      const limit = Math.max(1, opts.limit ?? DEFAULT_TIMELINE_PAGE);
      const [revisions, events, comments] = await Promise.all([
        newestOf(db, 'revisions', workId, opts.before, limit),
        newestOf(db, 'events', workId, opts.before, limit),
        newestOf(db, 'comments', workId, opts.before, limit),
      ]);
      const entries = [...revisions.map(revisionEntry), ...events.map(transitionEntry), ...comments.map(commentEntry)]
        .sort((a, b) => (a.id > b.id ? -1 : a.id < b.id ? 1 : 0))
        .slice(0, limit);
      const last = entries[entries.length - 1];
      return { entries, next: entries.length === limit && last ? last.id : null };
    },

    async approvedTextsAsOf(workId, date) {
      const asOf = typeof date === 'string' ? date : date.toISOString();
      const tx = db.transaction(['paragraphChunks', 'revisions', 'events'], 'readonly');
      const [chunks, events] = await Promise.all([
        tx.objectStore('paragraphChunks').getAll(workKeyRange(workId)),
        tx.objectStore('events').index('byWork').getAll(workKeyRange(workId)),
      ]);
      // A paragraph approved nothing after `asOf` still shows then what it shows now; only the others need their history.
      const changedSince = new Set(events.filter((e) => e.to === 'approved' && e.at > asOf).map((e) => e.paragraphId));
      const texts = new Map<string, string>();
      for (const p of paragraphsOfChunks(chunks)) {
        // updatedAt is the import time while the current text is revision zero: later means the paragraph did not exist yet.
        if (!changedSince.has(p.id) && p.updatedAt <= asOf) texts.set(p.id, p.text);
      }
      const approvalsOf = groupBy(events.filter((e) => e.to === 'approved' && changedSince.has(e.paragraphId)), (e) => e.paragraphId);
      // One request per paragraph is cheaper for a few; past that, one read of the work's revisions wins.
      const histories = changedSince.size > PER_PARAGRAPH_READS
        ? [...groupBy((await tx.objectStore('revisions').index('byWork').getAll(workKeyRange(workId))).filter((r) => changedSince.has(r.paragraphId)), (r) => r.paragraphId).values()]
        : await Promise.all([...changedSince].map((paragraphId) =>
          tx.objectStore('revisions').index('byParagraph').getAll(IDBKeyRange.bound([workId, paragraphId], [workId, paragraphId, []]))));
      for (const own of histories) {
        const first = own[0];
        const approved = first ? approvedRevisionAt(own, approvalsOf.get(first.paragraphId) ?? [], asOf) : null;
        if (first && approved) texts.set(first.paragraphId, approved.text);
      }
      return texts;
    },
  };
}

/** The word diff loads with the first history shown, not with the first paint (it is most of diff-match-patch). */
const loadWordDiff = () => import('../core/diff/word-diff.ts');

/** Up to `limit` newest records of one work older than `before`, by the time-ordered id. */
async function newestOf<S extends 'revisions' | 'events' | 'comments'>(db: ParallaxDb, store: S, workId: string, before: string | undefined, limit: number) {
  const index = store === 'revisions' ? db.transaction('revisions').store.index('editsByWork') : db.transaction(store).store.index('byWork');
  const range = before === undefined ? workKeyRange(workId) : IDBKeyRange.bound([workId], [workId, before], false, true);
  const out: Array<Revision | TransitionEvent | RevisionComment> = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out as S extends 'revisions' ? Revision[] : S extends 'events' ? TransitionEvent[] : RevisionComment[];
}

const revisionEntry = (r: Revision): TimelineEntry => ({ kind: 'revision', id: r.id, at: r.createdAt, author: r.author, paragraphId: r.paragraphId, witnessId: r.witnessId, revisionId: r.id, origin: r.origin });
const transitionEntry = (e: TransitionEvent): TimelineEntry => ({ kind: 'transition', id: e.id, at: e.at, author: e.author, paragraphId: e.paragraphId, revisionId: e.revisionId, from: e.from, to: e.to, note: e.note });
const commentEntry = (c: RevisionComment): TimelineEntry => ({ kind: 'comment', id: c.id, at: c.at, author: c.author, paragraphId: c.paragraphId, revisionId: c.revisionId, text: c.text });
