/**
 * The team server's rules, against a real pouchdb-server: forged authors,
 * updates and deletes, approvals without the reviewer role, a reviewer
 * deciding their own proposal, non-members, wrong passwords, malformed records.
 * Raw HTTP writes, so the server (not our client) is what refuses.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventDoc, revisionDoc } from '../../src/core/team/team-docs.ts';
import { teamDbName } from '../../src/core/team/team-db-name.ts';
import type { Revision, TransitionEvent } from '../../src/core/workflow/revision.ts';
import { listTeamWorks, readWorkDocs, shareWork } from '../../src/sync/team-admin.ts';
import { authHeader, openSession, teamRequest, type TeamServer } from '../../src/sync/team-http.ts';
import { sampleBundle } from './support/sample-bundle.ts';
import { startTestTeamServer, unique, type TestTeamServer } from './support/team-server.ts';

let server: TestTeamServer;
let alice: TeamServer;
let bob: TeamServer;
let carol: TeamServer;
const workId = unique('rules');
const names = { alice: unique('alice'), bob: unique('bob'), carol: unique('carol') };
let base: Revision;

async function rawPut(as: TeamServer, doc: { _id: string }): Promise<{ status: number; body: { error?: string; reason?: string } }> {
  const r = await fetch(`${as.url}/${teamDbName(workId)}/${encodeURIComponent(doc._id)}`, {
    method: 'PUT', headers: { 'content-type': 'application/json', authorization: authHeader(as.credentials!) }, body: JSON.stringify(doc),
  });
  return { status: r.status, body: (await r.json()) as { error?: string; reason?: string } };
}

let n = 0;
function revision(author: string, text: string): Revision {
  n += 1;
  return { id: `01J${String(n).padStart(23, '0')}`, workId, witnessId: base.witnessId, paragraphId: base.paragraphId, baseRevisionId: base.id, text, author, createdAt: new Date().toISOString(), origin: 'edit' };
}
function decision(r: Revision, author: string, to: TransitionEvent['to']): TransitionEvent {
  n += 1;
  return { id: `01K${String(n).padStart(23, '0')}`, workId, paragraphId: r.paragraphId, revisionId: r.id, from: 'proposed', to, author, at: new Date().toISOString(), note: null };
}

before(async () => {
  server = await startTestTeamServer();
  alice = await server.user(names.alice, 'editor');
  bob = await server.user(names.bob, 'reviewer');
  carol = await server.user(names.carol, 'editor');
  const bundle = await sampleBundle(workId);
  base = bundle.revisions.find((r) => r.witnessId !== 'zh-Hans') ?? bundle.revisions[0]!;
  const shared = await shareWork(server.admin, bundle, workId, [names.alice, names.bob]);
  assert.ok(shared.ok, JSON.stringify(shared));
  assert.equal(shared.value.uploaded, bundle.revisions.length + 1);
});
after(() => server.stop());

describe('team server rules', () => {
  it('accepts an editor’s own revision, and refuses one that names someone else (raw HTTP)', async () => {
    assert.equal((await rawPut(alice, revisionDoc(revision(names.alice, 'Alice’s text')))).status, 201);
    const forged = await rawPut(alice, revisionDoc(revision(names.bob, 'pretending to be Bob')));
    assert.equal(forged.status, 403);
    assert.match(forged.body.reason ?? '', /must name you as its author/);
  });

  it('refuses any update or delete of a record', async () => {
    const r = revisionDoc(revision(names.alice, 'first'));
    const put = await rawPut(alice, r);
    assert.equal(put.status, 201);
    const rev = (put.body as { rev?: string }).rev;
    const update = await rawPut(alice, { ...r, _rev: rev, text: 'changed' } as typeof r);
    assert.equal(update.status, 403);
    assert.match(update.body.reason ?? '', /never changed or deleted/);
    const del = await fetch(`${alice.url}/${teamDbName(workId)}/${encodeURIComponent(r._id)}?rev=${rev}`, { method: 'DELETE', headers: { authorization: authHeader(alice.credentials!) } });
    assert.equal(del.status, 403);
  });

  it('refuses an approval by an editor, accepts it from a reviewer, refuses a reviewer deciding their own proposal', async () => {
    const proposal = revision(names.alice, 'to be approved');
    assert.equal((await rawPut(alice, revisionDoc(proposal))).status, 201);
    const byAlice = await rawPut(alice, eventDoc(decision(proposal, names.alice, 'approved'), names.alice));
    assert.equal(byAlice.status, 403);
    assert.match(byAlice.body.reason ?? '', /only a reviewer/);
    assert.equal((await rawPut(bob, eventDoc(decision(proposal, names.bob, 'approved'), names.alice))).status, 201);
    const own = revision(names.bob, 'Bob’s own');
    assert.equal((await rawPut(bob, revisionDoc(own))).status, 201);
    const self = await rawPut(bob, eventDoc(decision(own, names.bob, 'rejected'), names.bob));
    assert.equal(self.status, 403);
    assert.match(self.body.reason ?? '', /their own proposal/);
  });

  it('refuses a bulk write of a forged record with a per-document error inside a 201', async () => {
    const r = await teamRequest<Array<{ error?: string; reason?: string }>>(alice, `/${teamDbName(workId)}/_bulk_docs`, { method: 'POST', body: { docs: [revisionDoc(revision(names.carol, 'forged in bulk'))] } });
    assert.ok(r.ok);
    assert.equal(r.value[0]?.error, 'forbidden');
  });

  it('refuses malformed records and imported text from a member', async () => {
    const bad = await rawPut(alice, { _id: 'rev:whatever', type: 'revision', workId, author: names.alice } as { _id: string });
    assert.equal(bad.status, 403);
    assert.match(bad.body.reason ?? '', /malformed record/);
    const imported = await rawPut(alice, revisionDoc({ ...revision(names.alice, 'new import'), origin: 'import', baseRevisionId: null }));
    assert.equal(imported.status, 403);
  });

  it('refuses a non-member, reading and writing, with TEAM_FORBIDDEN', async () => {
    const read = await readWorkDocs(carol, workId);
    assert.equal(read.ok ? 'ok' : read.error.code, 'TEAM_FORBIDDEN');
    const write = await rawPut(carol, revisionDoc(revision(names.carol, 'not a member')));
    assert.ok(write.status === 401 || write.status === 403, `status ${write.status}`);
    const listed = await listTeamWorks(carol, names.carol);
    assert.ok(listed.ok);
    assert.ok(!listed.value.some((w) => w.workId === workId), 'a non-member does not see the work listed');
    const forAlice = await listTeamWorks(alice, names.alice);
    assert.ok(forAlice.ok && forAlice.value.some((w) => w.workId === workId));
  });

  it('answers a wrong password with TEAM_UNAUTHORIZED, an unreachable server with TEAM_UNREACHABLE', async () => {
    const wrong = await openSession(server.as(names.alice, 'not-the-password'));
    assert.equal(wrong.ok ? 'ok' : wrong.error.code, 'TEAM_UNAUTHORIZED');
    const right = await openSession(alice);
    assert.deepEqual(right.ok && right.value.roles, ['editor']);
    const gone = await openSession({ url: 'http://127.0.0.1:9', credentials: { name: 'x', password: 'y' } });
    assert.equal(gone.ok ? 'ok' : gone.error.code, 'TEAM_UNREACHABLE');
  });

  it('keeps exactly the accepted records', async () => {
    const docs = await readWorkDocs(bob, workId);
    assert.ok(docs.ok);
    const authors = docs.value.filter((d) => (d as { type?: string }).type === 'revision').map((d) => (d as { author: string }).author);
    assert.ok(!authors.includes(names.carol));
    assert.equal(authors.filter((a) => a === names.bob).length, 1);
  });
});
