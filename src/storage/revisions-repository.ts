/**
 * Revisions of translation paragraphs and their workflow. Rules come from the
 * pure core (src/core/workflow); this file adds the transactions: every change
 * reads what it depends on and writes in the same transaction, so two tabs can
 * never both win. Nothing is updated in place except the paragraph's
 * current-text cache, which approval moves forward.
 */
import type { IDBPTransaction } from 'idb';
import { ok } from '../core/result.ts';
import { checkAuthor, checkEditable, checkTransition, revisionState, sortById, unchanged } from '../core/workflow/index.ts';
import type { Revision, RevisionState, TransitionEvent } from '../core/workflow/revision.ts';
import { editorNameIn } from './editor-name.ts';
import { chunkWith, findParagraph } from './paragraph-chunks.ts';
import { workKeyRange } from './work-records.ts';
import type { ParagraphRecord, ParallaxSchema } from './schema.ts';
import { conflictError, notFoundError, staleApprovalError } from './store-errors.ts';
import { guardedWrite, must, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';

export interface RevisionView {
  readonly revision: Revision;
  readonly state: RevisionState;
  /** Transition events of this revision, oldest first. */
  readonly events: readonly TransitionEvent[];
}

export interface SaveRevisionInput {
  readonly workId: string;
  readonly paragraphId: string;
  /** The revision the editor started from: the paragraph's current revision when editing began. */
  readonly baseRevisionId: string;
  readonly text: string;
  /** Propose at once (draft → proposed in the same transaction). */
  readonly propose?: boolean;
  readonly note?: string | null;
}

export interface RevertInput {
  readonly workId: string;
  readonly paragraphId: string;
  /** The revision whose text comes back. */
  readonly toRevisionId: string;
  /** Propose and approve the revert in the same transaction (each step recorded). Default: leave it as a draft. */
  readonly approve?: boolean;
  readonly note?: string | null;
}

export interface RevisionsRepository {
  /**
   * A new draft. If the paragraph moved on since `baseRevisionId` (another tab
   * approved a change), the text is still saved, as a draft marked
   * `origin: 'conflict'`, and the result is STORE_CONFLICT carrying both texts.
   */
  saveRevision(input: SaveRevisionInput): Promise<StoreResult<RevisionView>>;
  /**
   * Edits a draft: a new draft with the same base replaces it (the old one is withdrawn, not changed).
   * `propose` proposes the new draft in the same transaction; `note` is kept on it (and on the proposal).
   */
  reviseDraft(draftId: string, text: string, opts?: { readonly note?: string | null; readonly propose?: boolean }): Promise<StoreResult<RevisionView>>;
  propose(revisionId: string, note?: string | null): Promise<StoreResult<RevisionView>>;
  /** Makes the text current. STORE_CONFLICT if the paragraph changed since the revision's base. */
  approve(revisionId: string, note?: string | null): Promise<StoreResult<RevisionView>>;
  reject(revisionId: string, note?: string | null): Promise<StoreResult<RevisionView>>;
  /** A proposal goes back to draft for more editing. */
  sendBack(revisionId: string, note?: string | null): Promise<StoreResult<RevisionView>>;
  withdraw(revisionId: string, note?: string | null): Promise<StoreResult<RevisionView>>;
  /** A new revision carrying an older text: history is never rewritten. */
  revert(input: RevertInput): Promise<StoreResult<RevisionView>>;
  getRevision(revisionId: string): Promise<StoreResult<RevisionView>>;
  /** Every revision of a paragraph, oldest first, with its state. */
  paragraphRevisions(workId: string, paragraphId: string): Promise<RevisionView[]>;
  /** The work's drafts and proposals (what awaits editing or review), oldest first. */
  openRevisions(workId: string): Promise<RevisionView[]>;
}

type RevisionTx = IDBPTransaction<ParallaxSchema, Array<'revisions' | 'events' | 'paragraphChunks' | 'settings'>, 'readwrite'>;
const REVISION_STORES: Array<'revisions' | 'events' | 'paragraphChunks' | 'settings'> = ['revisions', 'events', 'paragraphChunks', 'settings'];

export function createRevisionsRepository(ctx: StorageContext): RevisionsRepository {
  const { db } = ctx;

  /** Runs one workflow change in one transaction and announces it to other tabs. */
  const change = (work: (tx: RevisionTx, author: string) => Promise<RevisionView>) =>
    guardedWrite(ctx, async (begin) => {
      const tx = begin(REVISION_STORES);
      const author = must(tx, checkAuthor(await editorNameIn(tx)));
      const view = await work(tx, author);
      await tx.done;
      return view;
    }, (v) => ({ kind: 'revision', workId: v.revision.workId, revisionId: v.revision.id }));

  const transitionTo = (to: RevisionState) => (revisionId: string, note: string | null = null) =>
    change(async (tx, author) => {
      const view = await loadView(tx, revisionId);
      return applyTransition(ctx, tx, view, to, author, note);
    });

  /** Adds a new draft revision (conflict-checked against the paragraph's current revision). */
  const addDraft = async (tx: RevisionTx, author: string, fields: Omit<Revision, 'id' | 'author' | 'createdAt' | 'origin' | 'witnessId' | 'note'> & { supersedes?: string; note?: string | null }) => {
    const paragraph = (await findParagraph(tx.objectStore('paragraphChunks'), fields.workId, fields.paragraphId))?.paragraph;
    if (!paragraph) refuse(tx, notFoundError(`The paragraph “${fields.paragraphId}”`));
    const base = fields.baseRevisionId ? await tx.objectStore('revisions').get(fields.baseRevisionId) : undefined;
    if (!base || base.paragraphId !== fields.paragraphId) refuse(tx, notFoundError(`The base revision “${fields.baseRevisionId ?? ''}”`));
    if (base.text === fields.text) refuse(tx, unchanged());
    const stale = paragraph.revisionId !== fields.baseRevisionId;
    const { note, ...rest } = fields;
    const why = note?.trim();
    const revision: Revision = {
      ...rest, witnessId: paragraph.witnessId, id: ctx.ids(), author, createdAt: timestamp(ctx),
      origin: stale ? 'conflict' : 'edit', ...(stale ? { conflictWith: paragraph.revisionId } : {}), ...(why ? { note: why } : {}),
    };
    await tx.objectStore('revisions').add(revision);
    return { revision, paragraph, stale };
  };

  return {
    async saveRevision(input) {
      const result = await change(async (tx, author) => {
        const { revision } = await addDraft(tx, author, { workId: input.workId, paragraphId: input.paragraphId, baseRevisionId: input.baseRevisionId, text: input.text, note: input.note ?? null });
        const view: RevisionView = { revision, state: 'draft', events: [] };
        return input.propose && revision.origin !== 'conflict' ? applyTransition(ctx, tx, view, 'proposed', author, input.note ?? null) : view;
      });
      return result.ok ? conflictOf(ctx, result.value) : result;
    },

    async reviseDraft(draftId, text, opts = {}) {
      const result = await change(async (tx, author) => {
        const draft = await loadView(tx, draftId);
        must(tx, checkEditable(draft.state));
        const note = opts.note?.trim() || null;
        // The same text with a new note is a new draft too: the note is the editor's record of why.
        if (draft.revision.text === text && (note === null || note === (draft.revision.note ?? null))) refuse(tx, unchanged());
        const { revision } = await addDraft(tx, author, {
          workId: draft.revision.workId, paragraphId: draft.revision.paragraphId,
          baseRevisionId: draft.revision.baseRevisionId, text, supersedes: draftId, note,
        });
        await applyTransition(ctx, tx, draft, 'withdrawn', author, 'superseded by an edited draft');
        const view: RevisionView = { revision, state: 'draft', events: [] };
        return opts.propose && revision.origin !== 'conflict' ? applyTransition(ctx, tx, view, 'proposed', author, note) : view;
      });
      return result.ok ? conflictOf(ctx, result.value) : result;
    },

    propose: transitionTo('proposed'),
    approve: transitionTo('approved'),
    reject: transitionTo('rejected'),
    sendBack: transitionTo('draft'),
    withdraw: transitionTo('withdrawn'),

    revert: (input) =>
      change(async (tx, author) => {
        const target = await tx.objectStore('revisions').get(input.toRevisionId);
        if (!target || target.paragraphId !== input.paragraphId || target.workId !== input.workId) refuse(tx, notFoundError(`The revision “${input.toRevisionId}”`));
        const paragraph = (await findParagraph(tx.objectStore('paragraphChunks'), input.workId, input.paragraphId))?.paragraph;
        if (!paragraph) refuse(tx, notFoundError(`The paragraph “${input.paragraphId}”`));
        if (paragraph.text === target.text) refuse(tx, unchanged());
        const revision: Revision = {
          id: ctx.ids(), workId: input.workId, witnessId: paragraph.witnessId, paragraphId: input.paragraphId,
          baseRevisionId: paragraph.revisionId, text: target.text, author, createdAt: timestamp(ctx), origin: 'revert', revertOf: target.id,
        };
        await tx.objectStore('revisions').add(revision);
        let view: RevisionView = { revision, state: 'draft', events: [] };
        if (input.approve) {
          view = await applyTransition(ctx, tx, view, 'proposed', author, input.note ?? null);
          view = await applyTransition(ctx, tx, view, 'approved', author, input.note ?? null);
        }
        return view;
      }),

    async getRevision(revisionId) {
      const tx = db.transaction(['revisions', 'events'], 'readonly');
      const revision = await tx.objectStore('revisions').get(revisionId);
      if (!revision) return { ok: false, error: notFoundError(`The revision “${revisionId}”`) };
      const events = sortById(await tx.objectStore('events').index('byRevision').getAll(revisionId));
      return ok({ revision, state: revisionState(revision, events), events });
    },

    async paragraphRevisions(workId, paragraphId) {
      const tx = db.transaction(['revisions', 'events'], 'readonly');
      const range = IDBKeyRange.bound([workId, paragraphId], [workId, paragraphId, []]);
      const [revisions, events] = await Promise.all([
        tx.objectStore('revisions').index('byParagraph').getAll(range),
        tx.objectStore('events').index('byParagraph').getAll(range),
      ]);
      return viewsOf(revisions, events);
    },

    async openRevisions(workId) {
      const tx = db.transaction(['revisions', 'events'], 'readonly');
      const range = workKeyRange(workId);
      const [edits, events] = await Promise.all([
        tx.objectStore('revisions').index('editsByWork').getAll(range),
        tx.objectStore('events').index('byWork').getAll(range),
      ]);
      return viewsOf(edits, events).filter((v) => v.state === 'draft' || v.state === 'proposed');
    },
  };
}

/** Revisions with their states, given all events that may concern them. */
export function viewsOf(revisions: readonly Revision[], events: readonly TransitionEvent[]): RevisionView[] {
  const byRevision = new Map<string, TransitionEvent[]>();
  for (const e of sortById(events)) {
    const list = byRevision.get(e.revisionId);
    if (list) list.push(e);
    else byRevision.set(e.revisionId, [e]);
  }
  return sortById(revisions).map((revision) => {
    const own = byRevision.get(revision.id) ?? [];
    return { revision, state: revisionState(revision, own), events: own };
  });
}

async function loadView(tx: RevisionTx, revisionId: string): Promise<RevisionView> {
  const revision = await tx.objectStore('revisions').get(revisionId);
  if (!revision) refuse(tx, notFoundError(`The revision “${revisionId}”`));
  const events = sortById(await tx.objectStore('events').index('byRevision').getAll(revisionId));
  return { revision, state: revisionState(revision, events), events };
}

/** Checks and records one transition; approval also moves the paragraph's current text. */
async function applyTransition(ctx: StorageContext, tx: RevisionTx, view: RevisionView, to: RevisionState, author: string, note: string | null): Promise<RevisionView> {
  must(tx, checkTransition(view.state, to));
  const { revision } = view;
  const at = timestamp(ctx);
  if (to === 'approved') {
    const found = await findParagraph(tx.objectStore('paragraphChunks'), revision.workId, revision.paragraphId);
    if (!found) refuse(tx, notFoundError(`The paragraph “${revision.paragraphId}”`));
    if (found.paragraph.revisionId !== revision.baseRevisionId) refuse(tx, staleApprovalError());
    const next: ParagraphRecord = { ...found.paragraph, text: revision.text, revisionId: revision.id, updatedAt: at };
    await tx.objectStore('paragraphChunks').put(chunkWith(found.chunk, next));
  }
  const event: TransitionEvent = {
    id: ctx.ids(), workId: revision.workId, paragraphId: revision.paragraphId, revisionId: revision.id,
    from: view.state, to, author, at, note: note && note.trim() !== '' ? note.trim() : null,
    ...(to === 'approved' && revision.author === author ? { selfApproval: true as const } : {}),
  };
  await tx.objectStore('events').add(event);
  return { revision, state: to, events: [...view.events, event] };
}

/** A saved conflict is reported as STORE_CONFLICT (the draft is kept, with both texts in the error). */
async function conflictOf(ctx: StorageContext, view: RevisionView): Promise<StoreResult<RevisionView>> {
  const theirsId = view.revision.conflictWith;
  if (view.revision.origin !== 'conflict' || !theirsId) return ok(view);
  const theirs = await ctx.db.get('revisions', theirsId);
  return { ok: false, error: conflictError({ mine: view.revision, theirs: { revisionId: theirsId, text: theirs?.text ?? '', author: theirs?.author ?? '' } }) };
}
