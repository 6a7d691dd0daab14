/**
 * One immutable CouchDB document per record of a shared work. `_id` is a type
 * prefix and the record's ULID, so a record always lands on the same id and
 * is never updated: CouchDB revision conflicts cannot arise.
 *
 * Records without an id of their own (an alignment snapshot, a work's name
 * list) get a ULID-shaped id made from their time and a hash of their content,
 * so mirroring the same record twice gives the same document.
 */
import type { BundleAlignment, BundleName, BundleWork } from '../bundle/bundle-types.ts';
import type { Revision, RevisionComment, TransitionEvent } from '../workflow/revision.ts';

export const DOC_PREFIX = { work: 'work:', revision: 'rev:', event: 'evt:', comment: 'com:', alignment: 'aln:', names: 'nam:' } as const;
export type TeamDocType = keyof typeof DOC_PREFIX;

interface DocHead<T extends TeamDocType> {
  readonly _id: string;
  readonly _rev?: string;
  readonly type: T;
  readonly workId: string;
  readonly author: string;
}

export type WorkDoc = DocHead<'work'> & Omit<BundleWork, 'id'>;
export type RevisionDoc = DocHead<'revision'> & Revision;
/**
 * `proposer` is the author of the decided revision, copied onto the event:
 * validate_doc_update sees one document at a time, so this is how the server
 * refuses a reviewer deciding their own proposal. Clients check the claim
 * against the revision itself (see bundleOfDocs).
 */
export type EventDoc = DocHead<'event'> & TransitionEvent & { readonly proposer: string };
export type CommentDoc = DocHead<'comment'> & RevisionComment;
export type AlignmentDoc = DocHead<'alignment'> & BundleAlignment;
export type NameEntry = Omit<BundleName, 'workId' | 'author' | 'updatedAt'>;
export interface NamesDoc extends DocHead<'names'> {
  readonly updatedAt: string;
  readonly entries: readonly NameEntry[];
}

export type TeamDoc = WorkDoc | RevisionDoc | EventDoc | CommentDoc | AlignmentDoc | NamesDoc;

export function workDoc(w: BundleWork): WorkDoc {
  const { id, ...rest } = w;
  return { _id: DOC_PREFIX.work + id, type: 'work', workId: id, ...rest };
}

export function revisionDoc(r: Revision): RevisionDoc {
  return { _id: DOC_PREFIX.revision + r.id, type: 'revision', ...r };
}

export function eventDoc(e: TransitionEvent, proposer: string): EventDoc {
  return { _id: DOC_PREFIX.event + e.id, type: 'event', ...e, proposer };
}

export function commentDoc(c: RevisionComment): CommentDoc {
  return { _id: DOC_PREFIX.comment + c.id, type: 'comment', ...c };
}

export function alignmentDoc(a: BundleAlignment): AlignmentDoc {
  return { _id: DOC_PREFIX.alignment + contentId(a.updatedAt, [a.witnessId, a.author, JSON.stringify(a.rows), JSON.stringify(a.editHistory)]), type: 'alignment', ...a };
}

/** A work's whole name list at one time (the app saves the list as a whole). */
export function namesDoc(workId: string, names: readonly BundleName[]): NamesDoc | null {
  if (names.length === 0) return null;
  const latest = names.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  const entries = names.map(({ workId: _w, author: _a, updatedAt: _u, ...entry }) => entry).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    _id: DOC_PREFIX.names + contentId(latest.updatedAt, [latest.author, JSON.stringify(entries)]),
    type: 'names', workId, author: latest.author, updatedAt: latest.updatedAt, entries,
  };
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID-shaped id: 10 characters of the record's time, 16 of a 80-bit FNV-style hash of its content. */
export function contentId(at: string, parts: readonly string[]): string {
  let time = Date.parse(at);
  if (!Number.isFinite(time) || time < 0) time = 0;
  let head = '';
  for (let i = 0; i < 10; i++) {
    head = ALPHABET[time % 32] + head;
    time = Math.floor(time / 32);
  }
  // Four independent 32-bit FNV-1a lanes (different seeds) give 16 base-32 digits.
  const text = parts.join('\u0000');
  let tail = '';
  for (const seed of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) {
    let h = seed >>> 0;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    for (let i = 0; i < 4; i++) {
      tail += ALPHABET[h % 32];
      h = Math.floor(h / 32);
    }
  }
  return head + tail;
}
