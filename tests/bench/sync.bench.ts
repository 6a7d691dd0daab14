/**
 * Team sync in Chromium against a real pouchdb-server on 127.0.0.1: the
 * first pull of a 5,000-row × 3-witness work with 20,000 revisions into a
 * fresh workspace (replication + applying every record to IndexedDB), and how
 * long a remote edit takes to reach another tab's store. The baselines are
 * raw PouchDB replications of the same documents, measured in the same run.
 * The initial-JS budget (sync as a lazy chunk) is checked by tests/e2e/initial-size.
 */
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';
import { bundleOfWork } from '../../src/core/bundle/index.ts';
import type { Bundle } from '../../src/core/bundle/bundle-types.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import type { Revision, TransitionEvent } from '../../src/core/workflow/revision.ts';
import { shareWork } from '../../src/sync/team-admin.ts';
import { chromiumArgs, chromiumPath } from '../support/chromium.mjs';
import { generateWork } from '../support/generate-work.ts';
import type { SyncPage } from '../sync/fixtures/sync-page.ts';
import { startTestTeamServer, unique } from '../sync/support/team-server.ts';
import { median, ms, ratio, type BenchRow } from './bench.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ROWS = 5000;
const REVISIONS = 20_000;
const EDITS_TIMED = 9;

/** The generated work with 5,000 edits (proposed and approved by a reviewer) on top of its 15,000 revision zeros. */
function bigBundle(workId: string): Bundle {
  const ids = createIdFactory();
  const b = bundleOfWork({ ...generateWork({ paragraphs: ROWS, wordsPerParagraph: 60 }), id: workId }, { author: 'import', at: '2026-01-01T00:00:00.000Z', ids });
  const zeros = b.revisions;
  const edits: Revision[] = [];
  const events: TransitionEvent[] = [];
  for (let i = 0; edits.length + zeros.length < REVISIONS; i++) {
    const base = zeros[(i * 7919) % zeros.length] as Revision;
    const at = new Date(Date.parse('2026-02-01T00:00:00.000Z') + i * 1000).toISOString();
    const edit: Revision = { ...base, id: ids(), baseRevisionId: base.id, text: `${base.text} (edit ${i})`, author: 'alice', createdAt: at, origin: 'edit' };
    edits.push(edit);
    events.push({ id: ids(), workId, paragraphId: edit.paragraphId, revisionId: edit.id, from: 'draft', to: 'proposed', author: 'alice', at, note: null });
  }
  return { ...b, revisions: [...zeros, ...edits], events };
}

export default async function syncBench(): Promise<BenchRow[]> {
  const team = await startTestTeamServer({ own: true });
  const vite = await createServer({
    root, configFile: false, logLevel: 'error', cacheDir: '/tmp/parallax-sync-vite',
    server: { host: '127.0.0.1', port: 0, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: ['idb', 'pouchdb-browser', 'diff-match-patch'] },
  });
  await vite.listen();
  const address = vite.httpServer?.address();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    if (!address || typeof address === 'string') throw new Error('vite did not listen');
    const pageUrl = `http://127.0.0.1:${address.port}/tests/sync/fixtures/sync-page.html`;
    const alice = unique('alice');
    const bob = unique('bob');
    await team.user(alice, 'editor', 'alice-pw');
    await team.user(bob, 'reviewer', 'bob-pw');
    const workId = unique('bench');
    const bundle = bigBundle(workId);
    const t0 = performance.now();
    const shared = await shareWork(team.admin, bundle, workId, [alice, bob]);
    if (!shared.ok) throw new Error(shared.error.message);
    const shareMs = performance.now() - t0;

    const open = async () => {
      const page = await (await browser.newContext()).newPage();
      await page.goto(pageUrl);
      await page.waitForFunction(() => (window as unknown as { px?: { ready: boolean } }).px?.ready === true, undefined, { timeout: 60_000 });
      return page;
    };
    const loginA = { url: team.url, name: alice, password: 'alice-pw' };
    const loginB = { url: team.url, name: bob, password: 'bob-pw' };
    const pa = await open();
    const pb = await open();
    const raw = await pa.evaluate(([l, w]) => (window as unknown as { px: SyncPage }).px.rawPull(l, w), [loginA, workId] as const);
    const pull = await pa.evaluate(([l, w, n]) => (window as unknown as { px: SyncPage }).px.firstPull(l, w, n), [loginA, workId, bundle.revisions.length] as const);
    await pb.evaluate(([l, w, n]) => (window as unknown as { px: SyncPage }).px.firstPull(l, w, n), [loginB, workId, bundle.revisions.length] as const);

    const latencies: number[] = [];
    for (let i = 0; i < EDITS_TIMED; i++) {
      const sent = await pb.evaluate(([p, t]) => (window as unknown as { px: SyncPage }).px.editParagraph(p, t), [bundle.works[0]!.witnesses[1]!.paragraphs[i]!.id, `bob’s edit ${i}`] as const);
      const seen = await pa.evaluate(([id]) => (window as unknown as { px: SyncPage }).px.arrivedAt(id, 20_000), [sent.id] as const);
      if (seen !== null) latencies.push(seen - sent.at);
    }
    await pa.evaluate(([l, w]) => (window as unknown as { px: SyncPage }).px.rawLive(l, w), [loginA, workId] as const);
    await pb.evaluate(([l, w]) => (window as unknown as { px: SyncPage }).px.rawLive(l, w), [loginB, workId] as const);
    const rawLatencies: number[] = [];
    for (let i = 0; i < EDITS_TIMED; i++) {
      const id = `rev:RAW${String(i).padStart(23, '0')}`;
      const doc = { _id: id, type: 'revision', id: id.slice(4), workId, witnessId: 'x', paragraphId: 'x', baseRevisionId: 'x', text: 'raw', author: bob, createdAt: new Date().toISOString(), origin: 'edit' };
      const at = await pb.evaluate(([d]) => (window as unknown as { px: SyncPage }).px.rawPut(d), [doc] as const);
      const seen = await pa.evaluate(([x]) => (window as unknown as { px: SyncPage }).px.rawSeen(x, 20_000), [id] as const);
      if (seen !== null) rawLatencies.push(seen - at);
    }
    const work = `${ROWS.toLocaleString('en')} rows × 3 witnesses, ${bundle.revisions.length.toLocaleString('en')} revisions, ${bundle.events.length.toLocaleString('en')} events`;
    const editValue = latencies.length ? ms(median(latencies)) : 'not seen';
    return [
      { group: 'sync', name: 'team share (upload as admin, Node)', input: work, value: ms(shareMs) },
      { group: 'sync', name: 'first pull into a fresh workspace (Chromium, into IndexedDB)', input: work, value: ms(pull.ms), baseline: `raw PouchDB replicate.from ${ms(raw.ms)} (${raw.docs.toLocaleString('en')} docs)`, ratio: ratio(pull.ms, raw.ms), target: '≤ 10 s' },
      { group: 'sync', name: `remote edit visible in the other tab’s store, median of ${latencies.length}`, input: 'loopback, two Chromium contexts', value: editValue, baseline: `raw PouchDB live sync ${rawLatencies.length ? ms(median(rawLatencies)) : 'not seen'}`, ...(latencies.length && rawLatencies.length ? { ratio: ratio(median(latencies), median(rawLatencies)) } : {}), target: '≤ 1 s' },
    ];
  } finally {
    await browser.close();
    await vite.close();
    await team.stop();
  }
}
