/**
 * Convergence: three members (an editor, two reviewers) make 1,000 random
 * edits, proposals, decisions and comments on the real sample, each from
 * what their own replica shows, while connections drop and come back at
 * random. At the end every client's bundle and `parallax team pull` are
 * byte-identical, and no record any client wrote is missing.
 */
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runTeam } from '../../src/cli/commands/team.ts';
import { nodeIo, sessionIo } from '../../src/cli/io.ts';
import { serializeBundle } from '../../src/core/bundle/index.ts';
import type { Bundle } from '../../src/core/bundle/bundle-types.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import { decisionConflicts } from '../../src/core/team/decision-conflicts.ts';
import { commentDoc, eventDoc, revisionDoc, type TeamDoc } from '../../src/core/team/team-docs.ts';
import { revisionState } from '../../src/core/workflow/revision-state.ts';
import type { Revision, TransitionEvent } from '../../src/core/workflow/revision.ts';
import { readWorkDocs, shareWork } from '../../src/sync/team-admin.ts';
import { eventually, nodeClient, type NodeClient } from './support/node-client.ts';
import { sampleBundle } from './support/sample-bundle.ts';
import { startTestTeamServer, unique, type TestTeamServer } from './support/team-server.ts';

const OPS = 1000;
let server: TestTeamServer;
before(async () => {
  server = await startTestTeamServer();
});
after(() => server.stop());

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('convergence', () => {
  it(`three clients, ${OPS} random edits, proposals and decisions with random disconnects, end identical`, { timeout: 180_000 }, async () => {
    const rnd = random(Number(process.env['PARALLAX_SEED'] ?? 121617));
    const pick = <T>(xs: readonly T[]): T | undefined => xs[Math.floor(rnd() * xs.length)];
    const names = { alice: unique('alice'), bob: unique('bob'), dora: unique('dora') };
    const workId = unique('converge');
    const handles = {
      alice: await server.user(names.alice, 'editor'),
      bob: await server.user(names.bob, 'reviewer'),
      dora: await server.user(names.dora, 'reviewer'),
    };
    const shared = await shareWork(server.admin, await sampleBundle(workId), workId, Object.values(names));
    assert.ok(shared.ok);
    const clients: Array<{ c: NodeClient; reviewer: boolean; ids: () => string; online: boolean }> = [];
    for (const [key, h] of Object.entries(handles)) clients.push({ c: await nodeClient(h, workId), reviewer: key !== 'alice', ids: createIdFactory(), online: true });
    const written = new Set<string>();
    const counts = { edit: 0, propose: 0, decide: 0, comment: 0, disconnect: 0 };
    try {
      for (const { c } of clients) await eventually(async () => (await c.view()).revisions.length > 30, 15_000, `${c.name} pulls the work`);
      for (let op = 0; op < OPS; op++) {
        const client = pick(clients)!;
        if (rnd() < 0.08) {
          client.online = !client.online;
          if (client.online) client.c.sync.connect();
          else client.c.sync.disconnect();
          counts.disconnect += 1;
          continue;
        }
        const view = await client.c.view();
        const docs = nextWrite(view, client, rnd, pick, counts);
        for (const d of docs) written.add(d._id);
        await client.c.write(docs);
        // A little time between writes, so replication interleaves with them as it would between people.
        if (op % 25 === 0) await new Promise((r) => setTimeout(r, 20));
      }
      for (const client of clients) client.c.sync.connect();
      const target = written.size + shared.value.uploaded;
      await eventually(async () => {
        const all = await readWorkDocs(server.admin, workId);
        if (!all.ok || all.value.length - 1 !== target) return false; // - the design document
        for (const { c } of clients) if ((await c.sync.docs()).length !== target) return false;
        return true;
      }, 90_000, `every replica holds all ${target} records`);
      const views = await Promise.all(clients.map(({ c }) => c.view()));
      const texts = views.map(serializeBundle);
      const dir = await mkdtemp(path.join(tmpdir(), 'parallax-pull-'));
      try {
        const out = path.join(dir, 'pulled.json');
        const lines: string[] = [];
        const io = sessionIo({ ...nodeIo, out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) });
        const values = { server: server.url, out, port: '5984', host: '127.0.0.1', data: '', role: undefined, members: undefined, work: undefined, json: false };
        const code = await runTeam('pull', workId, values, io, {
          env: { PARALLAX_USER: names.bob, PARALLAX_PASSWORD: `${names.bob}-pw` }, readStdin: async () => '', now: () => new Date(),
        });
        assert.equal(code, 0, lines.join('\n'));
        const pulled = await readFile(out, 'utf8');
        for (const t of texts) assert.equal(t, pulled, 'a client’s bundle equals team pull');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      const final = views[0]!;
      const present = new Set([...final.revisions.map((r) => `rev:${r.id}`), ...final.events.map((e) => `evt:${e.id}`), ...final.comments.map((c) => `com:${c.id}`)]);
      for (const id of written) assert.ok(present.has(id), `${id} is in the final state`);
      for (const { c } of clients) assert.deepEqual(c.sync.refused(), [], 'no write was refused');
      console.log(`# ${JSON.stringify(counts)}; ${written.size} records; ${decisionConflicts(final).length} decision conflicts shown`);
      assert.ok(counts.decide > 50 && counts.edit > 200 && counts.disconnect > 30, JSON.stringify(counts));
    } finally {
      for (const { c } of clients) await c.sync.stop();
    }
  });
});

type Counts = { edit: number; propose: number; decide: number; comment: number; disconnect: number };

/** One write a member could make from what their replica shows. */
function nextWrite(view: Bundle, client: { c: NodeClient; reviewer: boolean; ids: () => string }, rnd: () => number, pick: <T>(xs: readonly T[]) => T | undefined, counts: Counts): TeamDoc[] {
  const me = client.c.name;
  const now = new Date().toISOString();
  const eventsOf = new Map<string, TransitionEvent[]>();
  for (const e of view.events) eventsOf.set(e.revisionId, [...(eventsOf.get(e.revisionId) ?? []), e]);
  const stateOf = (r: Revision) => revisionState(r, eventsOf.get(r.id) ?? []);
  const event = (r: Revision, from: TransitionEvent['from'], to: TransitionEvent['to']): TeamDoc =>
    eventDoc({ id: client.ids(), workId: r.workId, paragraphId: r.paragraphId, revisionId: r.id, from, to, author: me, at: now, note: null }, r.author);
  const roll = rnd();
  if (client.reviewer && roll < 0.35) {
    const open = view.revisions.filter((r) => r.author !== me && stateOf(r) === 'proposed');
    const r = pick(open);
    if (r) {
      counts.decide += 1;
      return [event(r, 'proposed', rnd() < 0.8 ? 'approved' : 'rejected')];
    }
  }
  if (roll < 0.5) {
    const mine = view.revisions.filter((r) => r.author === me && stateOf(r) === 'draft');
    const r = pick(mine);
    if (r) {
      counts.propose += 1;
      return [event(r, 'draft', 'proposed')];
    }
  }
  if (roll < 0.6) {
    const open = view.revisions.filter((r) => stateOf(r) === 'proposed' || stateOf(r) === 'draft');
    const r = pick(open);
    if (r) {
      counts.comment += 1;
      return [commentDoc({ id: client.ids(), workId: r.workId, paragraphId: r.paragraphId, revisionId: r.id, author: me, at: now, text: `comment ${counts.comment} by ${me}` })];
    }
  }
  const witness = view.works[0]!.witnesses.find((w) => w.role === 'translation')!;
  const paragraph = pick(witness.paragraphs)!;
  const current = view.revisions.find((r) => r.id === paragraph.revisionId)!;
  const revision: Revision = { ...current, id: client.ids(), baseRevisionId: current.id, text: `${current.text.slice(0, 60)} [${me} ${counts.edit}]`, author: me, createdAt: now, origin: 'edit' };
  delete (revision as { revertOf?: string }).revertOf;
  counts.edit += 1;
  const docs: TeamDoc[] = [revisionDoc(revision)];
  if (rnd() < 0.6) {
    counts.propose += 1;
    docs.push(event(revision, 'draft', 'proposed'));
  }
  return docs;
}
