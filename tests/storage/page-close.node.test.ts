// A tab that dies in the middle of a burst of saves loses no committed revision
// and leaves no half-written one: real Chromium, real IndexedDB, storage served by Vite.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startStoragePage } from './fixtures/page-server.ts';

// Page scripts are strings: tsx would otherwise inject helpers (`__name`) the page lacks.
const START_BURST = `(async () => {
  const ws = await window.px.openWorkspace({ name: 'burst' });
  await ws.settings.setEditorName('Burst Editor');
  const work = window.px.generateWork({ paragraphs: 300 });
  const imported = await ws.works.importWork(work);
  if (!imported.ok) throw new Error(imported.error.message);
  const current = await ws.currentTexts(work.id);
  // Not awaited: the burst runs until the tab dies.
  (async () => {
    for (let i = 1; ; i++) {
      const id = 'en-p' + (1 + (i % 300));
      const cur = current.get(id);
      const r = await ws.revisions.saveRevision({ workId: work.id, paragraphId: id, baseRevisionId: cur.revisionId, text: cur.text + ' Burst ' + i + '.', propose: true });
      if (r.ok) window.reportCommitted(r.value.revision.id);
    }
  })();
  return work.id;
})()`;

const READ_BACK = (workId: string, ids: readonly string[]) => `(async () => {
  const ws = await window.px.openWorkspace({ name: 'burst' });
  const missing = [];
  for (const id of ${JSON.stringify(ids)}) if (!(await ws.revisions.getRevision(id)).ok) missing.push(id);
  const revisions = (await ws.db.getAll('revisions')).filter((r) => r.workId === ${JSON.stringify(workId)} && r.origin !== 'import');
  const events = await ws.db.getAll('events');
  const eventsOf = new Map();
  for (const e of events) eventsOf.set(e.revisionId, (eventsOf.get(e.revisionId) || 0) + 1);
  const halfWritten = revisions.filter((r) => eventsOf.get(r.id) !== 1).map((r) => r.id);
  return { missing, stored: revisions.length, halfWritten };
})()`;

describe('a tab closed in the middle of a burst of saves', () => {
  it('keeps every committed revision, each with its proposal (no half-written change)', async () => {
    const env = await startStoragePage();
    try {
      const page = await env.open();
      const committed: string[] = [];
      await page.exposeFunction('reportCommitted', (id: string) => committed.push(id));
      const workId = (await page.evaluate(START_BURST)) as string;
      const deadline = Date.now() + 60_000;
      while (committed.length < 40 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.ok(committed.length >= 40, `only ${committed.length} saves committed in a minute`);
      // Crash the renderer mid-burst: harsher than a close, no unload handlers run.
      const cdp = await env.context.newCDPSession(page);
      const crashed = new Promise((resolve) => page.once('crash', resolve));
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
      const reported = [...committed];

      const again = await env.open();
      const result = (await again.evaluate(READ_BACK(workId, reported))) as { missing: string[]; stored: number; halfWritten: string[] };
      assert.deepEqual(result.missing, [], 'a revision reported committed is gone');
      assert.ok(result.stored >= reported.length);
      assert.deepEqual(result.halfWritten, []);
    } finally {
      await env.close();
    }
  });
});
