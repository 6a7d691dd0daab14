/**
 * Two members replicate a shared work through a real pouchdb-server: a write
 * reaches the other side, a refused write stays visible with its reason, a
 * wrong password and a non-member get their status, and the server killed
 * and restarted mid-sync loses nothing: both resume and exchange every write.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventDoc, revisionDoc } from '../../src/core/team/team-docs.ts';
import type { Revision } from '../../src/core/workflow/revision.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import { shareWork } from '../../src/sync/team-admin.ts';
import { eventually, nodeClient } from './support/node-client.ts';
import { sampleBundle } from './support/sample-bundle.ts';
import { startTestTeamServer, unique, type TestTeamServer } from './support/team-server.ts';

let server: TestTeamServer;
const ids = createIdFactory();

before(async () => {
  // This file kills its server, so it always starts its own.
  server = await startTestTeamServer({ own: true });
});
after(() => server.stop());

async function sharedWork(members: string[]) {
  const workId = unique('sync');
  const bundle = await sampleBundle(workId);
  const r = await shareWork(server.admin, bundle, workId, members);
  assert.ok(r.ok, JSON.stringify(r));
  const base = bundle.revisions.find((x) => x.witnessId === 'en-parallax')!;
  return { workId, bundle, base };
}

function edit(base: Revision, author: string, text: string): Revision {
  return { ...base, id: ids(), baseRevisionId: base.id, text, author, createdAt: new Date().toISOString(), origin: 'edit' };
}

describe('work sync', () => {
  it('delivers a write to the other member, and keeps a refused write visible with its reason', async () => {
    const a = unique('alice');
    const b = unique('bob');
    const alice = await server.user(a, 'editor');
    const bob = await server.user(b, 'reviewer');
    const { workId, base } = await sharedWork([a, b]);
    const ca = await nodeClient(alice, workId);
    const cb = await nodeClient(bob, workId);
    try {
      await eventually(async () => (await cb.view()).revisions.length > 30, 10_000, 'bob pulls the work');
      const mine = edit(base, a, 'Alice’s revision');
      await ca.write([revisionDoc(mine)]);
      await eventually(async () => (await cb.view()).revisions.some((r) => r.id === mine.id), 5000, 'bob sees alice’s revision');
      // Alice (an editor) approves her own revision while connected: the server refuses, her replica keeps it, marked refused.
      const approval = { id: ids(), workId, paragraphId: mine.paragraphId, revisionId: mine.id, from: 'proposed' as const, to: 'approved' as const, author: a, at: new Date().toISOString(), note: null };
      await ca.write([eventDoc(approval, a)]);
      await eventually(() => ca.sync.refused().some((r) => r.id === `evt:${approval.id}`), 5000, 'the refusal is reported');
      assert.match(ca.sync.refused()[0]?.reason ?? '', /only a reviewer/);
      assert.equal(ca.sync.status().kind, 'not-allowed');
      assert.ok(!(await ca.view()).events.some((e) => e.id === approval.id), 'a refused record is not part of the team state');
      await new Promise((r) => setTimeout(r, 500));
      assert.ok(!(await cb.view()).events.some((e) => e.id === approval.id), 'and never reaches bob');
      assert.ok(ca.applied.docs > 0 && cb.applied.docs > 30, 'incoming records are applied');
    } finally {
      await ca.sync.stop();
      await cb.sync.stop();
    }
  });

  it('says Wrong password and Not allowed', async () => {
    const a = unique('alice');
    await server.user(a, 'editor');
    const c = unique('carol');
    const carol = await server.user(c, 'editor');
    const { workId } = await sharedWork([a]);
    const wrong = await nodeClient(server.as(a, 'nope'), workId);
    const outsider = await nodeClient(carol, workId);
    try {
      await eventually(() => wrong.sync.status().kind === 'wrong-password', 5000, 'wrong password status');
      await eventually(() => outsider.sync.status().kind === 'not-allowed', 5000, 'non-member status');
    } finally {
      await wrong.sync.stop();
      await outsider.sync.stop();
    }
  });

  it('survives the server killed and restarted mid-sync: both resume, nothing lost', { timeout: 60_000 }, async () => {
    const a = unique('alice');
    const b = unique('bob');
    const alice = await server.user(a, 'editor');
    const bob = await server.user(b, 'reviewer');
    const { workId, base } = await sharedWork([a, b]);
    const ca = await nodeClient(alice, workId);
    const cb = await nodeClient(bob, workId);
    try {
      await eventually(async () => (await cb.view()).revisions.length > 30, 10_000, 'bob pulls the work');
      const written: string[] = [];
      const writeSome = async (who: typeof ca, author: string, n: number) => {
        for (let i = 0; i < n; i++) {
          const r = edit(base, author, `${author} ${i}`);
          written.push(r.id);
          await who.write([revisionDoc(r)]);
        }
      };
      const during = writeSome(ca, a, 40);
      await new Promise((r) => setTimeout(r, 30));
      const restarted = server.restart!(800);
      await writeSome(cb, b, 20);
      await during;
      await restarted;
      await writeSome(ca, a, 5);
      const wait = await eventually(async () => {
        const [va, vb] = [await ca.view(), await cb.view()];
        return written.every((id) => va.revisions.some((r) => r.id === id) && vb.revisions.some((r) => r.id === id));
      }, 30_000, 'both sides hold all 65 writes');
      assert.ok(ca.statuses.some((s) => s.kind === 'offline') || cb.statuses.some((s) => s.kind === 'offline'), 'someone noticed the outage');
      await eventually(() => ca.sync.status().kind === 'synced' && cb.sync.status().kind === 'synced', 10_000, 'both synced again');
      console.log(`# resumed and exchanged all writes ${wait} ms after the restart`);
    } finally {
      await ca.sync.stop();
      await cb.sync.stop();
    }
  });
});
