import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBundle } from '../../src/core/bundle/index.ts';
import type { Workspace } from '../../src/storage/index.ts';
import { freshWorkspace, sampleWork, steppingClock, unwrap } from './fresh-workspace.ts';

/** The sample work with real history: an approved edit, a rejected proposal, a comment, an alignment, names, and a removed second work. */
async function workspaceWithHistory(): Promise<Workspace> {
  const ws = await freshWorkspace(steppingClock());
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  unwrap(await ws.works.importWork({ ...work, id: 'removed-copy' }));
  unwrap(await ws.works.removeWork('removed-copy'));
  const texts = await ws.currentTexts(work.id);
  const p4 = texts.get('en-7b-p4');
  const p5 = texts.get('en-7b-p5');
  assert.ok(p4 && p5);
  const a = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p4', baseRevisionId: p4.revisionId, text: p4.text.replace(/\s+\S+$/, ' (edited).'), propose: true }));
  unwrap(await ws.comments.addComment(a.revision.id, 'Checked against the Chinese rendering.'));
  unwrap(await ws.revisions.approve(a.revision.id, 'ok'));
  const b = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p5', baseRevisionId: p5.revisionId, text: 'A rejected rewording.', propose: true }));
  unwrap(await ws.revisions.reject(b.revision.id, 'too free'));
  unwrap(await ws.alignments.saveAlignment(work.id, 'en-7b', { rows: [{ source: [0], target: [0], score: 0.93, status: 'confirmed' }, { source: [1, 2], target: [1], score: 0.61, status: 'auto' }] },
    [{ id: '01KPN5A980BGGSEMQ7FBKS9APJ', at: '2026-04-01T09:30:00.000Z', author: 'Test Editor', action: 'confirm', rows: [0] }]));
  unwrap(await ws.names.saveNames('', [{ id: 'zhang-hanfu', kind: 'person', canonical: 'Zhang Hanfu', original: '章汉夫', variants: ['Chang Han-fu'] }]));
  unwrap(await ws.names.saveNames(work.id, [{ id: 'horgos', kind: 'place', canonical: 'Khorgos', variants: ['Huoerguosi', 'Horgos'] }]));
  return ws;
}

describe('backup repository', () => {
  it('export → wipe → import → export is byte-identical, and the work loads as before', async () => {
    const ws = await workspaceWithHistory();
    const first = unwrap(await ws.backup.exportBundleText());
    const before = unwrap(await ws.works.loadWork('wilson-121617'));
    unwrap(await ws.backup.wipe());
    assert.deepEqual(await ws.works.listWorks(), []);
    const summary = unwrap(await ws.backup.importBundleText(first, { mode: 'replace' }));
    assert.deepEqual([...summary.works].sort(), ['removed-copy', 'wilson-121617']);
    const second = unwrap(await ws.backup.exportBundleText());
    assert.equal(second, first);
    assert.deepEqual(unwrap(await ws.works.loadWork('wilson-121617')), before);
    assert.deepEqual((await ws.works.listRemovedWorks()).map((w) => w.id), ['removed-copy']);
    ws.close();
  });

  it('exports one work with its own history only', async () => {
    const ws = await workspaceWithHistory();
    const b = unwrap(await ws.backup.exportBundle({ workId: 'wilson-121617' }));
    assert.equal(b.scope, 'work');
    assert.deepEqual(b.works.map((w) => w.id), ['wilson-121617']);
    assert.ok(b.revisions.every((r) => r.workId === 'wilson-121617'));
    assert.deepEqual(b.names.map((n) => n.id), ['horgos']);
    assert.equal(b.events.length, 4);
    const missing = await ws.backup.exportBundle({ workId: 'nope' });
    assert.equal(!missing.ok && missing.error.code, 'STORE_NOT_FOUND');
    ws.close();
  });

  it('a restore that fails on its last record leaves nothing written (STORE_IMPORT_CONFLICT)', async () => {
    const source = await workspaceWithHistory();
    const bundle = unwrap(await source.backup.exportBundle({ workId: 'wilson-121617' }));
    source.close();
    const target = await freshWorkspace();
    const other = await sampleWork();
    unwrap(await target.works.importWork({ ...other, id: 'other' }));
    unwrap(await target.names.saveNames('', [{ id: 'zhang-hanfu', kind: 'person', canonical: 'Zhang Hanfu', variants: [] }]));
    const before = unwrap(await target.backup.exportBundleText());
    // The bundle's last record is a workspace-wide name the target already holds: valid on its own
    // (a work bundle does not replace workspace names), refused by the database after every other record was added.
    const hostile = { ...bundle, names: [...bundle.names, { workId: '', id: 'zhang-hanfu', kind: 'person' as const, canonical: 'Zhang Hanfu', variants: [], author: 'X', updatedAt: '2026-04-01T00:00:00.000Z' }] };
    assert.ok(parseBundle(JSON.stringify(hostile)).ok);
    const r = await target.backup.importBundle(hostile, { mode: 'replace' });
    assert.equal(!r.ok && r.error.code, 'STORE_IMPORT_CONFLICT');
    assert.equal(unwrap(await target.backup.exportBundleText()), before);
    const gone = await target.works.loadWork('wilson-121617');
    assert.equal(gone.ok, false);
    target.close();
  });

  it('validates fully before writing: a broken bundle is a BUNDLE_ error and writes nothing', async () => {
    const ws = await workspaceWithHistory();
    const text = unwrap(await ws.backup.exportBundleText());
    const before = text;
    const broken = text.replace(/"revisionId": "[0-9A-Z]{26}"/, '"revisionId": "NOPE"');
    const r = await ws.backup.importBundleText(broken, { mode: 'replace' });
    assert.equal(!r.ok && r.error.code, 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(unwrap(await ws.backup.exportBundleText()), before);
    ws.close();
  });

  it('merges two workspaces’ histories of the same work by id, and moves the current text to the latest approval', async () => {
    const a = await workspaceWithHistory();
    const base = unwrap(await a.backup.exportBundleText());
    const b = await freshWorkspace({ editor: 'Second Editor', ...steppingClock('2026-06-01T00:00:00.000Z') });
    unwrap(await b.backup.importBundleText(base, { mode: 'replace' }));
    const p6 = (await b.currentTexts('wilson-121617')).get('en-7b-p6');
    assert.ok(p6);
    const edit = unwrap(await b.revisions.saveRevision({ workId: 'wilson-121617', paragraphId: 'en-7b-p6', baseRevisionId: p6.revisionId, text: 'Merged wording.', propose: true }));
    unwrap(await b.revisions.approve(edit.revision.id));
    const fromB = unwrap(await b.backup.exportBundleText({ workId: 'wilson-121617' }));
    const summary = unwrap(await a.backup.importBundleText(fromB, { mode: 'merge' }));
    assert.deepEqual(summary.added, { revisions: 1, events: 2, comments: 0 });
    assert.equal((await a.currentTexts('wilson-121617')).get('en-7b-p6')?.text, 'Merged wording.');
    // Merging the same bundle again adds nothing.
    assert.deepEqual(unwrap(await a.backup.importBundleText(fromB, { mode: 'merge' })).added, { revisions: 0, events: 0, comments: 0 });
    // The same id with different content is refused, and nothing changes.
    const parsed = parseBundle(fromB);
    assert.ok(parsed.ok);
    const tampered = { ...parsed.value, revisions: parsed.value.revisions.map((r) => (r.id === edit.revision.id ? { ...r, text: 'Tampered.' } : r)) };
    const before = unwrap(await a.backup.exportBundleText());
    const refused = await a.backup.importBundle(tampered, { mode: 'merge' });
    assert.equal(!refused.ok && refused.error.code, 'STORE_IMPORT_CONFLICT');
    assert.equal(unwrap(await a.backup.exportBundleText()), before);
    a.close();
    b.close();
  });
});
