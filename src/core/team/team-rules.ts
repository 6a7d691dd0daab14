/**
 * Who may write which record to a shared work: the rules the team server's
 * validate_doc_update enforces (validate-doc-update.ts holds its source), in
 * TypeScript for the client, which checks first so buttons can be disabled
 * with the reason. The server stays the authority; a parity test runs both
 * over the same table of cases.
 */
import { DOC_PREFIX, type TeamDocType } from './team-docs.ts';
import { teamDbName } from './team-db-name.ts';

export type TeamRole = 'editor' | 'reviewer';
export const TEAM_ROLES: readonly TeamRole[] = ['editor', 'reviewer'];

/** CouchDB's user context: the logged-in name, its roles (`_admin` for a server admin), the database. */
export interface TeamUser {
  readonly name: string | null;
  readonly roles: readonly string[];
  readonly db?: string;
}

export type TeamRefusal = { readonly kind: 'unauthorized' | 'forbidden'; readonly reason: string };

const STATES = ['draft', 'proposed', 'approved', 'rejected', 'withdrawn'];
const ORIGINS = ['import', 'edit', 'revert', 'conflict'];
const ID_LENGTH = 26;

type Doc = { readonly [key: string]: unknown };

export function checkTeamWrite(doc: Doc, old: Doc | null, user: TeamUser): TeamRefusal | null {
  // Only server admins can write design documents at all (CouchDB checks that first).
  if (String(doc['_id']).startsWith('_design/')) return null;
  if (!user.name) return { kind: 'unauthorized', reason: 'log in to write to a shared work.' };
  if ((old && !old['_deleted']) || doc['_deleted']) return { kind: 'forbidden', reason: 'records of a shared work are never changed or deleted.' };
  const malformed = malformedReason(doc, user.db);
  if (malformed) return { kind: 'forbidden', reason: `malformed record: ${malformed}.` };
  if (user.roles.includes('_admin')) return null;
  if (doc['author'] !== user.name) return { kind: 'forbidden', reason: `a record must name you as its author (this one names ${String(doc['author'])}).` };
  if (!user.roles.includes('editor') && !user.roles.includes('reviewer')) return { kind: 'forbidden', reason: 'you have neither the editor nor the reviewer role.' };
  if (doc['type'] === 'work') return { kind: 'forbidden', reason: 'only the server admin shares a work.' };
  if (doc['type'] === 'revision' && doc['origin'] === 'import') return { kind: 'forbidden', reason: 'imported text comes only with the shared work.' };
  if (doc['type'] === 'event' && (doc['to'] === 'approved' || doc['to'] === 'rejected')) {
    if (!user.roles.includes('reviewer')) return { kind: 'forbidden', reason: 'only a reviewer may approve or reject.' };
    if (doc['proposer'] === user.name) return { kind: 'forbidden', reason: 'a reviewer cannot approve or reject their own proposal.' };
  }
  return null;
}

function malformedReason(doc: Doc, db: string | undefined): string | null {
  const type = doc['type'];
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(DOC_PREFIX, type)) return 'unknown type';
  const id = String(doc['_id']);
  if (!isText(doc['workId'])) return 'no workId';
  if (db !== undefined && teamDbName(doc['workId']) !== db) return 'it belongs to another work';
  if (!isText(doc['author'])) return 'no author';
  const prefix = DOC_PREFIX[type as TeamDocType];
  if (type === 'work') return id !== prefix + doc['workId'] ? 'its _id is not work:<workId>' : Array.isArray(doc['witnesses']) ? null : 'a work needs witnesses';
  if (type === 'alignment' || type === 'names') {
    if (id.length !== prefix.length + ID_LENGTH || id.indexOf(prefix) !== 0) return 'its _id is not the type prefix and an id';
  } else if (!isText(doc['id']) || id !== prefix + doc['id']) {
    return 'its _id is not the type prefix and its id';
  }
  switch (type) {
    case 'revision':
      return typeof doc['text'] === 'string' && isText(doc['paragraphId']) && isText(doc['witnessId']) && isText(doc['createdAt']) && ORIGINS.indexOf(String(doc['origin'])) >= 0 ? null : 'a revision needs text, paragraph, witness, time and origin';
    case 'event':
      return isText(doc['revisionId']) && isText(doc['paragraphId']) && isText(doc['at']) && STATES.indexOf(String(doc['from'])) >= 0 && STATES.indexOf(String(doc['to'])) >= 0 && typeof doc['proposer'] === 'string' ? null : 'an event needs revision, paragraph, time, states and proposer';
    case 'comment':
      return isText(doc['revisionId']) && isText(doc['paragraphId']) && isText(doc['at']) && typeof doc['text'] === 'string' ? null : 'a comment needs revision, paragraph, time and text';
    case 'alignment':
      return isText(doc['witnessId']) && Array.isArray(doc['rows']) && Array.isArray(doc['editHistory']) && isText(doc['updatedAt']) ? null : 'an alignment needs witness, rows, edits and time';
    default:
      return Array.isArray(doc['entries']) && isText(doc['updatedAt']) ? null : 'a name list needs entries and time';
  }
}

function isText(v: unknown): v is string {
  return typeof v === 'string' && v !== '';
}
