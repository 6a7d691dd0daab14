/**
 * The fold of a shared work: its team documents (in any order, from any
 * replica) back into one bundle. Every client that holds the same documents
 * gets the same bundle, byte for byte once serialised: records sort by id,
 * the current text of a paragraph is the latest approval (ties by event id),
 * the alignment of a witness and the name list are the latest snapshot.
 *
 * Documents are untrusted: the bundle goes through the same field reader as
 * a bundle file, and a document that fails it is left out and reported, so
 * one bad record never hides the rest.
 */
import type { Bundle, BundleAlignment, BundleName, BundleWork } from '../bundle/bundle-types.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../bundle/bundle-types.ts';
import { checkReferences } from '../bundle/check-references.ts';
import { FieldError, isObject, type JsonObject } from '../bundle/read-fields.ts';
import { readBundleRecords } from '../bundle/read-records.ts';
import { err, ok, type Result } from '../result.ts';
import { approvedRevisionAt } from '../workflow/revision-state.ts';
import type { Revision, RevisionComment, TransitionEvent } from '../workflow/revision.ts';
import { teamErrors, type TeamError } from './team-errors.ts';
import { DOC_PREFIX, type TeamDocType } from './team-docs.ts';

export interface SkippedDoc {
  readonly id: string;
  readonly reason: string;
}

export interface FoldedWork {
  readonly bundle: Bundle;
  /** Documents left out of the fold, with why (malformed, or an event whose claim about its proposal is false). */
  readonly skipped: readonly SkippedDoc[];
  /** Decisions and comments whose revision has not arrived yet (held back until it does). */
  readonly waiting: number;
}

type Sorted = { [K in TeamDocType]: JsonObject[] };

/** The records of some documents of one work (a replication batch, or all of them), each checked on its own. */
export interface TeamRecords {
  readonly work: BundleWork | null;
  readonly revisions: readonly Revision[];
  readonly events: readonly TransitionEvent[];
  readonly comments: readonly RevisionComment[];
  /** Every alignment snapshot (the latest per witness wins when folded). */
  readonly alignments: readonly BundleAlignment[];
  /** The latest name list among the documents, or null when there was none. */
  readonly names: readonly BundleName[] | null;
  readonly skipped: readonly SkippedDoc[];
}

/**
 * `knownAuthors` gives the authors of revisions outside `docs` (already
 * applied), so a decision's claim about its proposer is checked in a batch too.
 */
export function readTeamRecords(docs: readonly unknown[], workId: string, knownAuthors: ReadonlyMap<string, string> = new Map()): TeamRecords {
  const skipped: SkippedDoc[] = [];
  const sorted = sortDocs(docs, workId, skipped);
  const revisions = keepValid(sorted.revision, 'revisions', skipped) as Revision[];
  const authorOf = new Map(knownAuthors);
  for (const r of revisions) authorOf.set(r.id, r.author);
  const proposerOf = new Map(sorted.event.map((d) => [d['id'], d['proposer']]));
  const events = (keepValid(sorted.event, 'events', skipped) as TransitionEvent[]).filter((e) => {
    const claimed = proposerOf.get(e.id);
    const actual = authorOf.get(e.revisionId);
    if (actual === undefined || (e.to !== 'approved' && e.to !== 'rejected') || claimed === actual) return true;
    skipped.push({ id: DOC_PREFIX.event + e.id, reason: `it names ${String(claimed)} as the proposer of a revision ${actual} wrote` });
    return false;
  });
  const workRaw = sorted.work[0];
  let work: BundleWork | null = null;
  if (workRaw) {
    try {
      work = readBundleRecords({ ...emptyRaw(), works: [stripDoc(workRaw, workId)] }).works[0] ?? null;
    } catch (e) {
      skipped.push({ id: String(workRaw['_id']), reason: e instanceof FieldError ? e.error.message : 'unreadable' });
    }
  }
  return {
    work, revisions, events,
    comments: keepValid(sorted.comment, 'comments', skipped) as RevisionComment[],
    alignments: keepValid(sorted.alignment, 'alignments', skipped) as BundleAlignment[],
    names: latestNames(sorted.names, workId, skipped),
    skipped,
  };
}

export function bundleOfDocs(docs: readonly unknown[], workId: string): Result<FoldedWork, TeamError> {
  const r = readTeamRecords(docs, workId);
  if (!r.work) return err(teamErrors.notFound(`The work “${workId}”`));
  // Replication does not keep order across batches: a decision or comment can arrive before its revision.
  const have = new Set(r.revisions.map((x) => x.id));
  const events = r.events.filter((e) => have.has(e.revisionId));
  const comments = r.comments.filter((c) => have.has(c.revisionId));
  const bundle: Bundle = {
    format: BUNDLE_FORMAT, version: BUNDLE_VERSION, scope: 'work',
    works: [withCurrentRevisions(r.work, r.revisions, events)],
    revisions: r.revisions, events, comments,
    alignments: latestAlignments(r.alignments), names: r.names ?? [],
  };
  const broken = checkReferences(bundle);
  const waiting = r.events.length - events.length + r.comments.length - comments.length;
  return broken ? err(teamErrors.badRecord(workId, broken.message)) : ok({ bundle, skipped: r.skipped, waiting });
}

function sortDocs(docs: readonly unknown[], workId: string, skipped: SkippedDoc[]): Sorted {
  const out: Sorted = { work: [], revision: [], event: [], comment: [], alignment: [], names: [] };
  for (const d of docs) {
    if (!isObject(d)) continue;
    const id = typeof d['_id'] === 'string' ? d['_id'] : '';
    if (id.startsWith('_design/') || id.startsWith('_local/')) continue;
    const type = d['type'];
    if (typeof type !== 'string' || !(type in DOC_PREFIX) || !id.startsWith(DOC_PREFIX[type as TeamDocType]) || d['workId'] !== workId) {
      skipped.push({ id, reason: 'not a record of this work' });
      continue;
    }
    out[type as TeamDocType].push(d);
  }
  for (const list of Object.values(out)) list.sort((a, b) => (String(a['_id']) < String(b['_id']) ? -1 : 1));
  return out;
}

/** Strips the document fields and keeps each record the bundle reader accepts on its own. */
function keepValid(docs: readonly JsonObject[], key: 'revisions' | 'events' | 'comments' | 'alignments', skipped: SkippedDoc[]): unknown[] {
  const records = docs.map(({ _id, _rev, type, proposer, ...record }) => record);
  try {
    readBundleRecords({ ...emptyRaw(), [key]: records });
    return records;
  } catch {
    // One bad record: find it (and any others) one by one, so the good ones still count.
    return records.filter((r, i) => {
      try {
        readBundleRecords({ ...emptyRaw(), [key]: [r] });
        return true;
      } catch (e) {
        skipped.push({ id: String(docs[i]?.['_id'] ?? ''), reason: e instanceof FieldError ? e.error.message : 'unreadable' });
        return false;
      }
    });
  }
}

function emptyRaw(): JsonObject {
  return { scope: 'work', works: [], revisions: [], events: [], comments: [], alignments: [], names: [] };
}

function stripDoc(d: JsonObject, workId: string): JsonObject {
  const { _id, _rev, type, workId: _w, ...work } = d;
  return { ...work, id: workId };
}

/** Each paragraph's current revision is the fold of the approvals, not what the work document was shared with. */
export function withCurrentRevisions(work: BundleWork, revisions: readonly Revision[], events: readonly TransitionEvent[]): BundleWork {
  const revisionsOf = new Map<string, Revision[]>();
  for (const r of revisions) revisionsOf.set(r.paragraphId, [...(revisionsOf.get(r.paragraphId) ?? []), r]);
  const approvalsOf = new Map<string, TransitionEvent[]>();
  for (const e of events) if (e.to === 'approved') approvalsOf.set(e.paragraphId, [...(approvalsOf.get(e.paragraphId) ?? []), e]);
  return {
    ...work,
    witnesses: work.witnesses.map((w) => ({
      ...w,
      paragraphs: w.paragraphs.map((p) => {
        const current = approvedRevisionAt(revisionsOf.get(p.id) ?? [], approvalsOf.get(p.id) ?? []);
        return current ? { ...p, revisionId: current.id } : p;
      }),
    })),
  };
}

export function latestAlignments(all: readonly BundleAlignment[]): BundleAlignment[] {
  const byWitness = new Map<string, BundleAlignment>();
  for (const a of all) {
    const have = byWitness.get(a.witnessId);
    // Documents come sorted by id, so on equal times the later id wins, the same on every client.
    if (!have || a.updatedAt >= have.updatedAt) byWitness.set(a.witnessId, a);
  }
  return [...byWitness.values()];
}

function latestNames(docs: readonly JsonObject[], workId: string, skipped: SkippedDoc[]): BundleName[] | null {
  let best: JsonObject | undefined;
  for (const d of docs) if (!best || String(d['updatedAt']) >= String(best['updatedAt'])) best = d;
  if (!best) return null;
  const entries = Array.isArray(best['entries']) ? best['entries'] : [];
  const names = entries.map((e: unknown) => ({ ...(isObject(e) ? e : {}), workId, author: best?.['author'], updatedAt: best?.['updatedAt'] }));
  try {
    readBundleRecords({ ...emptyRaw(), names });
    return names as unknown as BundleName[];
  } catch (e) {
    skipped.push({ id: String(best['_id'] ?? ''), reason: e instanceof FieldError ? e.error.message : 'unreadable' });
    return null;
  }
}
