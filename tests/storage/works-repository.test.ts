import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_SIZE } from '../../src/storage/index.ts';
import { generateWork } from '../support/generate-work.ts';
import { freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

describe('works repository', () => {
  it('imports the sample work and loads it back equal, with revision zero per paragraph', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const loaded = unwrap(await ws.works.loadWork(work.id));
    assert.deepEqual(loaded, { ...work, notes: work.notes ?? null });
    const first = work.witnesses[1]?.paragraphs[0];
    assert.ok(first);
    const history = await ws.revisions.paragraphRevisions(work.id, first.id);
    assert.equal(history.length, 1);
    assert.equal(history[0]?.revision.origin, 'import');
    assert.equal(history[0]?.state, 'approved');
    assert.equal(history[0]?.revision.text, first.text);
    assert.equal(history[0]?.revision.author, 'Test Editor');
    ws.close();
  });

  it('refuses a second import of the same id (STORE_EXISTS) and leaves the first intact', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const again = await ws.works.importWork(work);
    assert.equal(again.ok, false);
    assert.equal(!again.ok && again.error.code, 'STORE_EXISTS');
    assert.equal((await ws.works.listWorks()).length, 1);
    ws.close();
  });

  it('removes a work restorably, restores it, and purges it for good', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    unwrap(await ws.works.removeWork(work.id));
    assert.deepEqual(await ws.works.listWorks(), []);
    assert.deepEqual((await ws.works.listRemovedWorks()).map((w) => w.id), [work.id]);
    unwrap(await ws.works.restoreWork(work.id));
    assert.deepEqual((await ws.works.listWorks()).map((w) => w.id), [work.id]);
    unwrap(await ws.works.purgeWork(work.id));
    const gone = await ws.works.loadWork(work.id);
    assert.equal(!gone.ok && gone.error.code, 'STORE_NOT_FOUND');
    assert.equal((await ws.db.getAll('revisions')).length, 0);
    assert.equal((await ws.db.getAll('paragraphChunks')).length, 0);
    ws.close();
  });

  it('reports STORE_NOT_FOUND for removing an unknown work', async () => {
    const ws = await freshWorkspace();
    const r = await ws.works.removeWork('nope');
    assert.equal(!r.ok && r.error.code, 'STORE_NOT_FOUND');
    ws.close();
  });

  it('gives current texts keyed by paragraph id', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const texts = await ws.currentTexts(work.id);
    const total = work.witnesses.reduce((n, w) => n + w.paragraphs.length, 0);
    assert.equal(texts.size, total);
    const p = work.witnesses[0]?.paragraphs[2];
    assert.ok(p);
    assert.equal(texts.get(p.id)?.text, p.text);
    ws.close();
  });

  it('keeps works longer than one chunk intact, and an approval in a later chunk changes only its paragraph', async () => {
    const ws = await freshWorkspace();
    const work = generateWork({ paragraphs: CHUNK_SIZE * 2 + 37 });
    unwrap(await ws.works.importWork(work));
    assert.deepEqual(unwrap(await ws.works.loadWork(work.id)), { ...work, notes: null });
    const last = `en-p${CHUNK_SIZE * 2 + 37}`;
    const cur = (await ws.currentTexts(work.id)).get(last);
    assert.ok(cur);
    const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: last, baseRevisionId: cur.revisionId, text: 'Last paragraph, revised.', propose: true }));
    unwrap(await ws.revisions.approve(r.revision.id));
    const loaded = unwrap(await ws.works.loadWork(work.id));
    const expected = work.witnesses.map((w) => w.paragraphs.map((p) => (p.id === last ? 'Last paragraph, revised.' : p.text)));
    assert.deepEqual(loaded.witnesses.map((w) => w.paragraphs.map((p) => p.text)), expected);
    ws.close();
  });
});
