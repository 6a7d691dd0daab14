// Applying a shared work's records to real IndexedDB (Chromium): in any order and batch size, twice,
// the store ends with exactly the bundle the records came from; the local records list back as the same documents.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serializeBundle } from '../../src/core/bundle/index.ts';
import { readTeamRecords } from '../../src/core/team/bundle-of-docs.ts';
import { docsOfBundle } from '../../src/core/team/docs-of-bundle.ts';
import type { EventDoc, TeamDoc } from '../../src/core/team/team-docs.ts';
import type { Workspace } from '../../src/storage/index.ts';
import { freshWorkspace, sampleWork, steppingClock, unwrap } from './fresh-workspace.ts';

const W = 'wilson-121617';

async function withHistory(): Promise<Workspace> {
  const ws = await freshWorkspace(steppingClock());
  unwrap(await ws.works.importWork(await sampleWork()));
  const texts = await ws.currentTexts(W);
  const p4 = texts.get('en-7b-p4');
  const p5 = texts.get('en-7b-p5');
  assert.ok(p4 && p5);
  const a = unwrap(await ws.revisions.saveRevision({ workId: W, paragraphId: 'en-7b-p4', baseRevisionId: p4.revisionId, text: `${p4.text} (edited)`, propose: true }));
  unwrap(await ws.comments.addComment(a.revision.id, 'Checked against the Chinese rendering.'));
  unwrap(await ws.revisions.approve(a.revision.id, 'ok'));
  const b = unwrap(await ws.revisions.saveRevision({ workId: W, paragraphId: 'en-7b-p5', baseRevisionId: p5.revisionId, text: 'A pending rewording.', propose: true }));
  unwrap(await ws.comments.addComment(b.revision.id, 'Too free?'));
  unwrap(await ws.alignments.saveAlignment(W, 'en-7b', { rows: [{ source: [0], target: [0], score: 0.93, status: 'confirmed' }] }, []));
  unwrap(await ws.names.saveNames(W, [{ id: 'horgos', kind: 'place', canonical: 'Khorgos', variants: ['Huoerguosi', 'Horgos'] }]));
  return ws;
}

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('team records in IndexedDB', () => {
  it('applies the records in any order and batch size, twice, and ends with the same bundle', async () => {
    const source = await withHistory();
    const bundle = unwrap(await source.backup.exportBundle({ workId: W }));
    const docs = docsOfBundle(bundle, W);
    const target = await freshWorkspace({ editor: 'bob' });
    // The work document first (as `team share` uploads it), then everything else shuffled, in batches of 7.
    const [workDoc, ...rest] = docs;
    const order: TeamDoc[] = [workDoc as TeamDoc, ...shuffled(rest, 7)];
    for (let i = 0; i < order.length; i += 7) unwrap(await target.team.applyTeamRecords(W, readTeamRecords(order.slice(i, i + 7), W)));
    const once = unwrap(await target.backup.exportBundleText({ workId: W }));
    assert.equal(once, serializeBundle(bundle));
    const again = unwrap(await target.team.applyTeamRecords(W, readTeamRecords(docs, W)));
    assert.deepEqual([again.revisionIds.length, again.decidedRevisionIds.length, again.paragraphIds.length, again.namesChanged], [0, 0, 0, false], 'nothing new the second time');
    assert.equal(unwrap(await target.backup.exportBundleText({ workId: W })), once);
    const loaded = unwrap(await target.works.loadWork(W));
    const p4 = loaded.witnesses.find((w) => w.id === 'en-7b')?.paragraphs.find((p) => p.id === 'en-7b-p4');
    assert.match(p4?.text ?? '', /\(edited\)$/, 'the approved text is current');
  });

  it('reports an approval arriving as a moved paragraph, and lists local records as the same documents', async () => {
    const source = await withHistory();
    const bundle = unwrap(await source.backup.exportBundle({ workId: W }));
    const docs = docsOfBundle(bundle, W);
    const approval = docs.find((d) => d.type === 'event' && d.to === 'approved');
    assert.ok(approval);
    const target = await freshWorkspace({ editor: 'bob' });
    unwrap(await target.team.applyTeamRecords(W, readTeamRecords(docs.filter((d) => d !== approval), W)));
    const moved = unwrap(await target.team.applyTeamRecords(W, readTeamRecords([approval], W)));
    assert.deepEqual(moved.paragraphIds, ['en-7b-p4']);
    assert.equal(moved.decidedRevisionIds.length, 1);

    const listed = await source.team.teamDocsSince(W, null);
    const expected = docs.filter((d) => d.type !== 'work');
    assert.deepEqual(listed.map((d) => d._id).sort(), expected.map((d) => d._id).sort());
    assert.deepEqual(JSON.parse(JSON.stringify(listed.find((d) => d._id === approval._id))), JSON.parse(JSON.stringify(approval)));
    const latest = await source.team.teamDocsSince(W, (approval as EventDoc).id);
    assert.ok(latest.length < listed.length && latest.some((d) => d._id === approval._id), 'since an id lists that record and later ones');
    assert.equal(await source.team.hasLocalHistory(W), true);
    const pristine = await freshWorkspace();
    unwrap(await pristine.works.importWork(await sampleWork()));
    assert.equal(await pristine.team.hasLocalHistory(W), false);
  });
});
