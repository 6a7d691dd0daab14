import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDB } from 'idb';
import { DB_VERSION, openWorkspace, type ChangeMessage } from '../../src/storage/index.ts';
import { freshName, freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

describe('two tabs on one workspace', () => {
  it('saving against a stale base keeps both texts: STORE_CONFLICT, the loser kept as a conflicting draft', async () => {
    const name = freshName();
    const tabA = await freshWorkspace({ name, editor: 'Ann' });
    const tabB = await openWorkspace({ name });
    const work = await sampleWork();
    unwrap(await tabA.works.importWork(work));
    // Both tabs start editing the same paragraph from the same current revision.
    const start = (await tabB.currentTexts(work.id)).get('en-7b-p2');
    assert.ok(start);
    const mine = unwrap(await tabA.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p2', baseRevisionId: start.revisionId, text: 'Ann’s wording.', propose: true }));
    unwrap(await tabA.revisions.approve(mine.revision.id));
    const late = await tabB.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p2', baseRevisionId: start.revisionId, text: 'Ben’s wording.' });
    assert.ok(!late.ok);
    assert.equal(late.error.code, 'STORE_CONFLICT');
    assert.equal(late.error.conflict?.theirs.text, 'Ann’s wording.');
    assert.equal(late.error.conflict?.theirs.author, 'Ann');
    assert.equal(late.error.conflict?.mine.text, 'Ben’s wording.');
    const history = await tabB.revisions.paragraphRevisions(work.id, 'en-7b-p2');
    const kept = history.find((v) => v.revision.text === 'Ben’s wording.');
    assert.equal(kept?.revision.origin, 'conflict');
    assert.equal(kept?.revision.conflictWith, mine.revision.id);
    assert.equal(kept?.state, 'draft');
    assert.equal((await tabB.currentTexts(work.id)).get('en-7b-p2')?.text, 'Ann’s wording.', 'never a silent overwrite');
    tabA.close();
    tabB.close();
  });

  it('approving a proposal whose base is stale is a conflict, not an overwrite', async () => {
    const name = freshName();
    const tabA = await freshWorkspace({ name });
    const tabB = await openWorkspace({ name });
    const work = await sampleWork();
    unwrap(await tabA.works.importWork(work));
    const start = (await tabA.currentTexts(work.id)).get('en-7b-p3');
    assert.ok(start);
    const first = unwrap(await tabA.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p3', baseRevisionId: start.revisionId, text: 'First.', propose: true }));
    const second = unwrap(await tabB.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p3', baseRevisionId: start.revisionId, text: 'Second.', propose: true }));
    unwrap(await tabA.revisions.approve(first.revision.id));
    const r = await tabB.revisions.approve(second.revision.id);
    assert.equal(!r.ok && r.error.code, 'STORE_CONFLICT');
    assert.equal(unwrap(await tabB.revisions.getRevision(second.revision.id)).state, 'proposed');
    assert.equal((await tabB.currentTexts(work.id)).get('en-7b-p3')?.text, 'First.');
    tabA.close();
    tabB.close();
  });

  it('tells other tabs what changed over a BroadcastChannel named after the database', async () => {
    const name = freshName();
    const tabA = await freshWorkspace({ name });
    const tabB = await openWorkspace({ name });
    const heard: ChangeMessage[] = [];
    const ownEcho: ChangeMessage[] = [];
    tabB.onRemoteChange((m) => heard.push(m));
    tabA.onRemoteChange((m) => ownEcho.push(m));
    const work = await sampleWork();
    unwrap(await tabA.works.importWork(work));
    const start = (await tabA.currentTexts(work.id)).get('en-7b-p2');
    assert.ok(start);
    const r = unwrap(await tabA.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p2', baseRevisionId: start.revisionId, text: 'Changed.', propose: true }));
    for (let i = 0; i < 50 && heard.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    assert.deepEqual(heard, [{ kind: 'work', workId: work.id }, { kind: 'revision', workId: work.id, revisionId: r.revision.id }]);
    assert.deepEqual(ownEcho, []);
    tabA.close();
    tabB.close();
  });

  it('closes cleanly when another tab upgrades the schema, tells the app, and does not block the upgrade', async () => {
    const name = freshName();
    const closed: string[] = [];
    const old = await freshWorkspace({ name, onClosed: (reason) => closed.push(reason) });
    const blocked: string[] = [];
    const newer = await openDB(name, DB_VERSION + 1, { blocked: () => blocked.push('blocked') });
    assert.deepEqual(closed, ['versionchange']);
    assert.deepEqual(blocked, []);
    assert.equal(newer.version, DB_VERSION + 1);
    const r = await old.settings.set('x', 1);
    assert.equal(!r.ok && r.error.code, 'STORE_CLOSED');
    newer.close();
  });
});
