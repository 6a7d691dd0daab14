import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

describe('durability', () => {
  it('opens every write transaction (revisions, approvals, imports) with durability "strict"', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    const seen: string[] = [];
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function transaction(this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
      const tx = original.apply(this, args);
      if (tx.mode === 'readwrite') seen.push(tx.durability);
      return tx;
    };
    try {
      unwrap(await ws.works.importWork(work));
      const cur = (await ws.currentTexts(work.id)).get('en-7b-p2');
      assert.ok(cur);
      const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p2', baseRevisionId: cur.revisionId, text: 'Strict.', propose: true }));
      unwrap(await ws.revisions.approve(r.revision.id));
    } finally {
      IDBDatabase.prototype.transaction = original;
    }
    assert.ok(seen.length >= 3, `write transactions seen: ${seen.length}`);
    assert.deepEqual([...new Set(seen)], ['strict']);
    ws.close();
  });

  it('turns a QuotaExceededError into STORE_QUOTA and keeps what was stored, with no half-written change', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const cur = (await ws.currentTexts(work.id)).get('en-7b-p2');
    assert.ok(cur);
    const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p2', baseRevisionId: cur.revisionId, text: 'Quota test.', propose: true }));
    const before = unwrap(await ws.backup.exportBundleText());
    // Approval writes the paragraph, then the event; the browser runs out of room at the event.
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function add(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      if (this.name === 'events') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    };
    let approved;
    try {
      approved = await ws.revisions.approve(r.revision.id);
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    assert.ok(!approved.ok);
    assert.equal(approved.error.code, 'STORE_QUOTA');
    assert.match(approved.error.message, /no room/);
    assert.equal(unwrap(await ws.backup.exportBundleText()), before, 'the paragraph update in the same transaction was rolled back');
    assert.equal((await ws.currentTexts(work.id)).get('en-7b-p2')?.text, cur.text);
    // And the same approval succeeds once there is room again.
    unwrap(await ws.revisions.approve(r.revision.id));
    ws.close();
  });

  it('turns any other database failure into STORE_FAILED, with nothing of the change kept', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    const original = IDBObjectStore.prototype.add;
    let calls = 0;
    IDBObjectStore.prototype.add = function add(this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
      // Fail half way through the import, after many records were already added in the transaction.
      if (this.name === 'revisions' && ++calls === 20) throw new DOMException('Disk trouble.', 'UnknownError');
      return original.apply(this, args);
    };
    let r;
    try {
      r = await ws.works.importWork(work);
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    assert.equal(!r.ok && r.error.code, 'STORE_FAILED');
    assert.deepEqual(await ws.works.listWorks(), []);
    assert.equal((await ws.db.getAll('revisions')).length, 0);
    assert.equal((await ws.db.getAll('paragraphChunks')).length, 0);
    ws.close();
  });

  it('asks for persistent storage and returns the answer', async () => {
    const ws = await freshWorkspace();
    const answer = await ws.requestPersistence();
    assert.ok(['persisted', 'denied'].includes(answer), answer);
    const estimate = await ws.estimate();
    assert.ok(estimate.quota === null || estimate.quota > 0);
    ws.close();
  });

  it('saves alignments with their edit history, and name lists per scope', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const rows = [{ source: [0], target: [0], score: 0.9, status: 'confirmed' as const }, { source: [1], target: [1, 2], score: 0.5, status: 'auto' as const }];
    const edits = [{ id: '01KPN5A980BGGSEMQ7FBKS9APJ', at: '2026-04-01T00:00:00.000Z', author: 'Test Editor', action: 'confirm', rows: [0] }];
    unwrap(await ws.alignments.saveAlignment(work.id, 'en-7b', { rows }, edits));
    const saved = await ws.alignments.loadAlignment(work.id, 'en-7b');
    assert.deepEqual(saved?.rows, rows);
    assert.deepEqual(saved?.editHistory, edits);
    const bad = await ws.alignments.saveAlignment(work.id, 'fr', { rows }, []);
    assert.equal(!bad.ok && bad.error.code, 'STORE_NOT_FOUND');
    unwrap(await ws.names.saveNames(work.id, [{ id: 'a', kind: 'place', canonical: 'Alma-Ata', variants: ['Almaty'] }]));
    unwrap(await ws.names.saveNames(work.id, [{ id: 'b', kind: 'place', canonical: 'Khorgos', variants: [] }]));
    assert.deepEqual((await ws.names.listNames(work.id)).map((n) => n.canonical), ['Khorgos'], 'saving a list replaces it');
    assert.deepEqual(await ws.names.listNames(''), []);
    ws.close();
  });
});
