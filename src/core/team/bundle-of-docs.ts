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
import type { Revision, TransitionEvent } from '../workflow/revision.ts';
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
}

type Sorted = { [K in TeamDocType]: JsonObject[] };

export function bundleOfDocs(docs: readonly unknown[], workId: string): Result<FoldedWork, TeamError> {
  const skipped: SkippedDoc[] = [];
  const sorted = sortDocs(docs, workId, skipped);
  const workRaw = sorted.work[0];
  if (!workRaw) return err(teamErrors.notFound(`The work “${workId}”`));
  const revisions = keepValid(sorted.revision, 'revisions', skipped) as Revision[];
  const authorOf = new Map(revisions.map((r) => [r.id, r.author]));
  const proposerOf = new Map(sorted.event.map((d) => [d['id'], d['proposer']]));
  const events = (keepValid(sorted.event, 'events', skipped) as TransitionEvent[]).filter((e) => {
    const claimed = proposerOf.get(e.id);
    const actual = authorOf.get(e.revisionId);
    if (actual === undefined || (e.to !== 'approved' && e.to !== 'rejected') || claimed === actual) return true;
    skipped.push({ id: DOC_PREFIX.event + e.id, reason: `it names ${String(claimed)} as the proposer of a revision ${actual} wrote` });
    return false;
  });
  const comments = keepValid(sorted.comment, 'comments', skipped);
  const alignments = latestAlignments(keepValid(sorted.alignment, 'alignments', skipped) as BundleAlignment[]);
  const names = latestNames(sorted.names, workId, skipped);
  const work = withCurrentRevisions(stripDoc(workRaw, workId), revisions, events);
  const raw = { scope: 'work', works: [work], revisions, events, comments, alignments, names };
  try {
    const bundle = readBundleRecords(raw);
    const broken = checkReferences(bundle);
    if (broken) return err(teamErrors.badRecord(workId, broken.message));
    return ok({ bundle: { ...bundle, format: BUNDLE_FORMAT, version: BUNDLE_VERSION }, skipped });
  } catch (e) {
    if (e instanceof FieldError) return err(teamErrors.badRecord(DOC_PREFIX.work + workId, e.error.message));
    throw e;
  }
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
function withCurrentRevisions(work: JsonObject, revisions: readonly Revision[], events: readonly TransitionEvent[]): JsonObject {
  const revisionsOf = new Map<string, Revision[]>();
  for (const r of revisions) revisionsOf.set(r.paragraphId, [...(revisionsOf.get(r.paragraphId) ?? []), r]);
  const approvalsOf = new Map<string, TransitionEvent[]>();
  for (const e of events) if (e.to === 'approved') approvalsOf.set(e.paragraphId, [...(approvalsOf.get(e.paragraphId) ?? []), e]);
  const witnesses = Array.isArray(work['witnesses']) ? work['witnesses'] : [];
  return {
    ...work,
    witnesses: witnesses.map((w: unknown) => {
      if (!isObject(w) || !Array.isArray(w['paragraphs'])) return w;
      return {
        ...w,
        paragraphs: w['paragraphs'].map((p: unknown) => {
          if (!isObject(p) || typeof p['id'] !== 'string') return p;
          const current = approvedRevisionAt(revisionsOf.get(p['id']) ?? [], approvalsOf.get(p['id']) ?? []);
          return current ? { ...p, revisionId: current.id } : p;
        }),
      };
    }),
  } satisfies Partial<Record<keyof BundleWork, unknown>>;
}

function latestAlignments(all: readonly BundleAlignment[]): BundleAlignment[] {
  const byWitness = new Map<string, BundleAlignment>();
  for (const a of all) {
    const have = byWitness.get(a.witnessId);
    // Documents come sorted by id, so on equal times the later id wins, the same on every client.
    if (!have || a.updatedAt >= have.updatedAt) byWitness.set(a.witnessId, a);
  }
  return [...byWitness.values()];
}

function latestNames(docs: readonly JsonObject[], workId: string, skipped: SkippedDoc[]): BundleName[] {
  let best: JsonObject | undefined;
  for (const d of docs) if (!best || String(d['updatedAt']) >= String(best['updatedAt'])) best = d;
  if (!best) return [];
  const entries = Array.isArray(best['entries']) ? best['entries'] : [];
  const names = entries.map((e: unknown) => ({ ...(isObject(e) ? e : {}), workId, author: best?.['author'], updatedAt: best?.['updatedAt'] }));
  try {
    readBundleRecords({ ...emptyRaw(), names });
    return names as unknown as BundleName[];
  } catch (e) {
    skipped.push({ id: String(best['_id'] ?? ''), reason: e instanceof FieldError ? e.error.message : 'unreadable' });
    return [];
  }
}
