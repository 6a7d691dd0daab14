/**
 * Changing which texts a stored work holds, without losing any: add a text
 * (a translation, with revision zero per paragraph), or replace a text by a
 * new version of its file. A replacement is a new approved revision per
 * changed paragraph, so the history keeps every earlier text and a revert
 * brings it back. Each call is one transaction: all of it or none.
 */
import { paragraphId, WORK_FORMAT, WORK_VERSION, type Paragraph, type Witness } from '../core/model/work.ts';
import type { Revision, TransitionEvent } from '../core/workflow/revision.ts';
import { checkAuthor } from '../core/workflow/index.ts';
import { editorNameIn } from './editor-name.ts';
import { chunksOf, paragraphsOfChunks } from './paragraph-chunks.ts';
import type { ParagraphRecord, WitnessRecord } from './schema.ts';
import { existsError, notFoundError } from './store-errors.ts';
import { allRequests, guardedWrite, must, refuse, timestamp, type StorageContext, type StoreResult } from './storage-context.ts';
import { recordsOfWork } from './work-records.ts';
import { IMPORT_AUTHOR, summaryOf, type WorkSummary } from './works-repository.ts';

export interface ReplaceTextInput {
  readonly workId: string;
  readonly witnessId: string;
  /** The new version's paragraphs, in order (their ids are ignored: ordinals match them). */
  readonly paragraphs: readonly Paragraph[];
  /** Why, recorded on every approval (e.g. "Replaced from spring.en.txt"). */
  readonly note: string;
}

export interface ReplaceTextSummary {
  /** Paragraphs whose text changed (a new approved revision each). */
  readonly changed: number;
  /** Paragraphs the new version has beyond the old one. */
  readonly added: number;
  /** Old paragraphs the new version no longer has: their text becomes empty (the old text stays in history). */
  readonly emptied: number;
  readonly unchanged: number;
}

export interface WorkTextsRepository {
  /** Adds a text to a stored work, after its others. STORE_EXISTS if its id is taken or it is a second original. */
  addWitness(workId: string, witness: Witness): Promise<StoreResult<WorkSummary>>;
  /** Replaces one text's paragraphs by a new version, as revisions (needs an editor name: they are signed). */
  replaceText(input: ReplaceTextInput): Promise<StoreResult<ReplaceTextSummary>>;
}

/** Every key `[workId, witnessId, …]` of one witness. */
function witnessKeyRange(workId: string, witnessId: string): IDBKeyRange {
  return IDBKeyRange.bound([workId, witnessId], [workId, witnessId, []]);
}

export function createWorkTextsRepository(ctx: StorageContext): WorkTextsRepository {
  return {
    addWitness: (workId, witness) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['works', 'witnesses', 'paragraphChunks', 'revisions', 'settings']);
        const work = await tx.objectStore('works').get(workId);
        if (!work || work.deletedAt !== null) refuse(tx, notFoundError(`The work “${workId}”`));
        const witnesses = await tx.objectStore('witnesses').index('byWork').getAll(workId);
        if (witnesses.some((w) => w.id === witness.id)) refuse(tx, existsError(`A text with id “${witness.id}” in “${workId}”`));
        if (witness.role === 'original' && witnesses.some((w) => w.role === 'original')) refuse(tx, existsError(`An original text of “${workId}”`));
        const author = (await editorNameIn(tx)) ?? IMPORT_AUTHOR;
        const records = recordsOfWork({ format: WORK_FORMAT, version: WORK_VERSION, id: workId, meta: work.meta, witnesses: [witness] }, author, timestamp(ctx), ctx.ids);
        const ordinal = Math.max(-1, ...witnesses.map((w) => w.ordinal)) + 1;
        const next = { ...work, witnessIds: [...work.witnessIds, witness.id] };
        await allRequests((add) => {
          for (const r of records.witnesses) add(tx.objectStore('witnesses').add({ ...r, ordinal }));
          for (const c of chunksOf(records.paragraphs)) add(tx.objectStore('paragraphChunks').add(c));
          for (const r of records.revisions) add(tx.objectStore('revisions').add(r));
          add(tx.objectStore('works').put(next));
        });
        await tx.done;
        return summaryOf(next);
      }, (s) => ({ kind: 'work', workId: s.id })),

    replaceText: (input) =>
      guardedWrite(ctx, async (begin) => {
        const tx = begin(['works', 'witnesses', 'paragraphChunks', 'revisions', 'events', 'settings']);
        const author = must(tx, checkAuthor(await editorNameIn(tx)));
        const witness: WitnessRecord | undefined = await tx.objectStore('witnesses').get([input.workId, input.witnessId]);
        if (!witness) refuse(tx, notFoundError(`The text “${input.witnessId}” of “${input.workId}”`));
        const old = paragraphsOfChunks(await tx.objectStore('paragraphChunks').getAll(witnessKeyRange(input.workId, input.witnessId)))
          .sort((a, b) => a.ordinal - b.ordinal);
        const at = timestamp(ctx);
        const plan = replacementPlan(ctx, old, input, author, at);
        await allRequests((add) => {
          for (const r of plan.revisions) add(tx.objectStore('revisions').add(r));
          for (const e of plan.events) add(tx.objectStore('events').add(e));
          for (const c of chunksOf(plan.paragraphs)) add(tx.objectStore('paragraphChunks').put(c));
        });
        await tx.done;
        return plan.summary;
      }, () => ({ kind: 'work', workId: input.workId })),
  };
}

interface ReplacementPlan {
  readonly paragraphs: ParagraphRecord[];
  readonly revisions: Revision[];
  readonly events: TransitionEvent[];
  readonly summary: ReplaceTextSummary;
}

/** Paragraph by paragraph (by ordinal): what to write so the witness reads as the new version. */
function replacementPlan(ctx: StorageContext, old: readonly ParagraphRecord[], input: ReplaceTextInput, author: string, at: string): ReplacementPlan {
  const { workId, witnessId, note } = input;
  const paragraphs: ParagraphRecord[] = [];
  const revisions: Revision[] = [];
  const events: TransitionEvent[] = [];
  const counts = { changed: 0, added: 0, emptied: 0, unchanged: 0 };
  const takenIds = new Set(old.map((p) => p.id));
  /** A new approved revision of an existing paragraph: draft → proposed → approved, each step recorded with the note. */
  const revise = (p: ParagraphRecord, text: string) => {
    const revision: Revision = { id: ctx.ids(), workId, witnessId, paragraphId: p.id, baseRevisionId: p.revisionId, text, author, createdAt: at, origin: 'edit' };
    revisions.push(revision);
    for (const [from, to] of [['draft', 'proposed'], ['proposed', 'approved']] as const) {
      events.push({ id: ctx.ids(), workId, paragraphId: p.id, revisionId: revision.id, from, to, author, at, note });
    }
    paragraphs.push({ ...p, text, revisionId: revision.id, updatedAt: at });
  };
  const length = Math.max(old.length, input.paragraphs.length);
  for (let ordinal = 0; ordinal < length; ordinal++) {
    const before = old[ordinal];
    const after = input.paragraphs[ordinal];
    if (before && after) {
      if (before.text === after.text) {
        counts.unchanged++;
        paragraphs.push(before);
      } else {
        counts.changed++;
        revise(before, after.text);
      }
    } else if (before) {
      if (before.text === '') paragraphs.push(before);
      else {
        counts.emptied++;
        revise(before, '');
      }
    } else if (after) {
      counts.added++;
      let id = paragraphId(witnessId, ordinal + 1);
      for (let n = 2; takenIds.has(id); n++) id = `${paragraphId(witnessId, ordinal + 1)}-${n}`;
      takenIds.add(id);
      const revision: Revision = { id: ctx.ids(), workId, witnessId, paragraphId: id, baseRevisionId: null, text: after.text, author, createdAt: at, origin: 'import' };
      revisions.push(revision);
      paragraphs.push({
        workId, witnessId, id, ordinal, kind: after.kind, text: after.text, revisionId: revision.id, updatedAt: at,
        ...(after.pageBreaks ? { pageBreaks: [...after.pageBreaks] } : {}),
      });
    }
  }
  return { paragraphs, revisions, events, summary: counts };
}
