/**
 * What the team server's admin does, over plain HTTP: add users, share a
 * work (its database, `_security`, the validation design document, the
 * records), and what anyone does without a live replica: list the works one
 * may open, read a work's documents for `team pull`.
 *
 * The directory (`parallax-directory`) lists shared works with their title and
 * members, because CouchDB 3 lets only admins list databases.
 */
import type { Bundle } from '../core/bundle/bundle-types.ts';
import { err, ok, type Result } from '../core/result.ts';
import { docsOfBundle } from '../core/team/docs-of-bundle.ts';
import type { TeamDoc } from '../core/team/team-docs.ts';
import { teamDbName } from '../core/team/team-db-name.ts';
import { teamErrors, type TeamError } from '../core/team/team-errors.ts';
import type { TeamRole } from '../core/team/team-rules.ts';
import { teamDesignDoc, TEAM_DESIGN_DOC_ID } from '../core/team/validate-doc-update.ts';
import { teamRequest, type BulkResult, type TeamServer } from './team-http.ts';

export const DIRECTORY_DB = 'parallax-directory';
/** Documents per `_bulk_docs` request: small enough for a slow server, few enough round trips for 35,000 records. */
const UPLOAD_BATCH = 1000;

export interface DirectoryEntry {
  readonly workId: string;
  readonly db: string;
  readonly title: string;
  /** Member names; empty means every editor and reviewer. */
  readonly members: readonly string[];
}

export async function addUser(server: TeamServer, name: string, password: string, role: TeamRole): Promise<Result<void, TeamError>> {
  const id = `org.couchdb.user:${name}`;
  const path = `/_users/${encodeURIComponent(id)}`;
  const have = await teamRequest<{ _rev: string }>(server, path, { what: `The user “${name}”` });
  if (!have.ok && have.error.code !== 'TEAM_NOT_FOUND') return have;
  const body = { _id: id, name, password, roles: [role], type: 'user', ...(have.ok ? { _rev: have.value._rev } : {}) };
  const put = await teamRequest(server, path, { method: 'PUT', body, what: `The user “${name}”` });
  return put.ok ? ok(undefined) : put;
}

export interface ShareSummary {
  readonly db: string;
  readonly uploaded: number;
  /** Records the server already held (sharing again uploads only what is new). */
  readonly present: number;
}

export async function shareWork(server: TeamServer, bundle: Bundle, workId: string, members: readonly string[]): Promise<Result<ShareSummary, TeamError>> {
  const work = bundle.works.find((w) => w.id === workId);
  if (!work) return err(teamErrors.notFound(`The work “${workId}” in the bundle`));
  const db = teamDbName(workId);
  const created = await teamRequest(server, `/${encodeURIComponent(db)}`, { method: 'PUT', what: `The work “${workId}”` });
  if (!created.ok && created.error.code !== 'TEAM_EXISTS') return created;
  if (!created.ok) {
    const same = await sameHistory(server, db, bundle, workId);
    if (!same.ok) return same;
  }
  const security = { admins: { names: [], roles: [] }, members: members.length > 0 ? { names: [...members], roles: [] } : { names: [], roles: ['editor', 'reviewer'] } };
  const secured = await teamRequest(server, `/${encodeURIComponent(db)}/_security`, { method: 'PUT', body: security });
  if (!secured.ok) return secured;
  const design = await putReplacing(server, db, TEAM_DESIGN_DOC_ID, teamDesignDoc());
  if (!design.ok) return design;
  const uploaded = await uploadDocs(server, db, docsOfBundle(bundle, workId));
  if (!uploaded.ok) return uploaded;
  const listed = await listInDirectory(server, { workId, db, title: work.meta.title ?? workId, members: [...members] });
  return listed.ok ? uploaded : listed;
}

/**
 * Sharing again may add history (a bundle from the app that holds the shared
 * records and more), never a second, unrelated copy: a work folder imported
 * again has new revision ids, which would give every paragraph two originals.
 */
async function sameHistory(server: TeamServer, db: string, bundle: Bundle, workId: string): Promise<Result<void, TeamError>> {
  const zero = bundle.revisions.find((r) => r.workId === workId && r.origin === 'import');
  const work = await teamRequest(server, `/${encodeURIComponent(db)}/${encodeURIComponent(`work:${workId}`)}`);
  if (!work.ok) return work.error.code === 'TEAM_NOT_FOUND' ? ok(undefined) : work;
  if (!zero) return ok(undefined);
  const have = await teamRequest(server, `/${encodeURIComponent(db)}/${encodeURIComponent(`rev:${zero.id}`)}`);
  if (have.ok) return ok(undefined);
  return have.error.code === 'TEAM_NOT_FOUND'
    ? err(teamErrors.exists(`The work “${workId}”, with a different history,`))
    : have;
}

async function uploadDocs(server: TeamServer, db: string, docs: readonly TeamDoc[]): Promise<Result<ShareSummary, TeamError>> {
  let uploaded = 0;
  let present = 0;
  for (let i = 0; i < docs.length; i += UPLOAD_BATCH) {
    const batch = docs.slice(i, i + UPLOAD_BATCH);
    // Records already there are left alone: writing one again would be an update, which the rules refuse.
    const have = await teamRequest<{ rows: Array<{ key: string; error?: string; value?: { deleted?: boolean } }> }>(server, `/${encodeURIComponent(db)}/_all_docs`, { method: 'POST', body: { keys: batch.map((d) => d._id) } });
    if (!have.ok) return have;
    const existing = new Set(have.value.rows.filter((r) => !r.error && !r.value?.deleted).map((r) => r.key));
    const missing = batch.filter((d) => !existing.has(d._id));
    present += batch.length - missing.length;
    if (missing.length === 0) continue;
    const r = await teamRequest<BulkResult[]>(server, `/${encodeURIComponent(db)}/_bulk_docs`, { method: 'POST', body: { docs: missing } });
    if (!r.ok) return r;
    for (const d of r.value) {
      if (!d.error) uploaded += 1;
      else if (d.error === 'conflict') present += 1;
      else return err(d.error === 'forbidden' || d.error === 'unauthorized' ? teamErrors.forbidden(d.reason ?? d.error) : teamErrors.badRecord(d.id, d.reason ?? d.error));
    }
  }
  return ok({ db, uploaded, present });
}

/** A document only admins change (design document, directory entry): put, replacing what is there. */
async function putReplacing(server: TeamServer, db: string, id: string, body: object): Promise<Result<void, TeamError>> {
  const path = `/${encodeURIComponent(db)}/${id.startsWith('_design/') ? `_design/${encodeURIComponent(id.slice(8))}` : encodeURIComponent(id)}`;
  const have = await teamRequest<{ _rev: string }>(server, path);
  if (!have.ok && have.error.code !== 'TEAM_NOT_FOUND') return have;
  const put = await teamRequest(server, path, { method: 'PUT', body: { ...body, ...(have.ok ? { _rev: have.value._rev } : {}) } });
  return put.ok ? ok(undefined) : put;
}

async function listInDirectory(server: TeamServer, entry: DirectoryEntry): Promise<Result<void, TeamError>> {
  const created = await teamRequest(server, `/${DIRECTORY_DB}`, { method: 'PUT' });
  if (!created.ok && created.error.code !== 'TEAM_EXISTS') return created;
  return putReplacing(server, DIRECTORY_DB, `work:${entry.workId}`, { type: 'work', ...entry });
}

/** The shared works this user may open (a member by name, or every editor and reviewer). */
export async function listTeamWorks(server: TeamServer, user: string): Promise<Result<DirectoryEntry[], TeamError>> {
  const r = await teamRequest<{ rows: Array<{ doc?: Partial<DirectoryEntry> }> }>(server, `/${DIRECTORY_DB}/_all_docs?include_docs=true`, { what: 'The list of shared works' });
  if (!r.ok) return r.error.code === 'TEAM_NOT_FOUND' ? ok([]) : r;
  const entries: DirectoryEntry[] = [];
  for (const row of r.value.rows) {
    const d = row.doc;
    if (!d || typeof d.workId !== 'string' || typeof d.db !== 'string' || typeof d.title !== 'string' || !Array.isArray(d.members)) continue;
    const members = d.members.filter((m): m is string => typeof m === 'string');
    if (members.length === 0 || members.includes(user)) entries.push({ workId: d.workId, db: d.db, title: d.title, members });
  }
  return ok(entries.sort((a, b) => a.title.localeCompare(b.title)));
}

/** Every document of a shared work, read in pages (`team pull`). */
export async function readWorkDocs(server: TeamServer, workId: string): Promise<Result<unknown[], TeamError>> {
  const db = encodeURIComponent(teamDbName(workId));
  const docs: unknown[] = [];
  const page = 2000;
  let startKey: string | null = null;
  for (;;) {
    const query: string = `include_docs=true&limit=${page + 1}${startKey === null ? '' : `&startkey=${encodeURIComponent(JSON.stringify(startKey))}`}`;
    const r: Result<{ rows: Array<{ id: string; doc?: unknown }> }, TeamError> = await teamRequest(server, `/${db}/_all_docs?${query}`, { what: `The work “${workId}”` });
    if (!r.ok) return r;
    const rows = r.value.rows;
    for (const row of rows.slice(0, page)) if (row.doc !== undefined) docs.push(row.doc);
    if (rows.length <= page) return ok(docs);
    startKey = rows[page]?.id ?? null;
  }
}
