// Fast Node check of the storage flow on fake-indexeddb (the Chromium tests are the ones that count).
import 'fake-indexeddb/auto';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBundle, workFromBundle } from '../../src/core/bundle/index.ts';
import { freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

describe('workspace on fake-indexeddb', () => {
  it('imports, revises, approves, exports a bundle the core reads back with the approved text', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const cur = (await ws.currentTexts(work.id)).get('en-parallax-p3');
    assert.ok(cur);
    const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-parallax-p3', baseRevisionId: cur.revisionId, text: 'Node wording.', propose: true }));
    unwrap(await ws.revisions.approve(r.revision.id));
    const bundle = parseBundle(unwrap(await ws.backup.exportBundleText({ workId: work.id })));
    assert.ok(bundle.ok);
    const fromBundle = workFromBundle(bundle.value, work.id);
    assert.ok(fromBundle.ok);
    assert.deepEqual(fromBundle.value, unwrap(await ws.works.loadWork(work.id)));
    assert.equal(fromBundle.value.witnesses.find((w) => w.id === 'en-parallax')?.paragraphs[2]?.text, 'Node wording.');
    ws.close();
  });
});
