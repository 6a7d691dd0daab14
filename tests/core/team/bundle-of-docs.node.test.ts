/** The fold of team documents: the sample's records round-trip, any order gives the same bytes, bad documents are left out and named. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serializeBundle } from '../../../src/core/bundle/index.ts';
import type { Bundle } from '../../../src/core/bundle/bundle-types.ts';
import { bundleOfDocs } from '../../../src/core/team/bundle-of-docs.ts';
import { decisionConflicts } from '../../../src/core/team/decision-conflicts.ts';
import { docsOfBundle } from '../../../src/core/team/docs-of-bundle.ts';
import { teamDbName } from '../../../src/core/team/team-db-name.ts';
import type { Revision, TransitionEvent } from '../../../src/core/workflow/revision.ts';
import { sampleBundle } from '../../sync/support/sample-bundle.ts';

const W = 'wilson-121617';

/** The sample with an approved edit, a pending proposal and a comment, as the app would have it. */
async function withHistory(): Promise<Bundle> {
  const b = await sampleBundle(W);
  const zero = b.revisions.find((r) => r.witnessId === 'en-parallax') ?? b.revisions[0]!;
  const edit: Revision = { ...zero, id: '01M9000000000000000000000A', baseRevisionId: zero.id, text: `${zero.text} (revised)`, author: 'alice', createdAt: '2026-02-01T00:00:00.000Z', origin: 'edit' };
  const next: Revision = { ...edit, id: '01M9000000000000000000000B', baseRevisionId: edit.id, text: 'pending', createdAt: '2026-02-02T00:00:00.000Z' };
  const ev = (id: string, r: Revision, from: TransitionEvent['from'], to: TransitionEvent['to'], author: string, at: string): TransitionEvent =>
    ({ id, workId: W, paragraphId: r.paragraphId, revisionId: r.id, from, to, author, at, note: null });
  const events = [
    ev('01M9000000000000000000000C', edit, 'draft', 'proposed', 'alice', '2026-02-01T00:00:01.000Z'),
    ev('01M9000000000000000000000D', edit, 'proposed', 'approved', 'bob', '2026-02-01T00:00:02.000Z'),
    ev('01M9000000000000000000000E', next, 'draft', 'proposed', 'alice', '2026-02-02T00:00:01.000Z'),
  ];
  const works = b.works.map((w) => ({ ...w, witnesses: w.witnesses.map((x) => ({ ...x, paragraphs: x.paragraphs.map((p) => (p.id === zero.paragraphId && x.id === zero.witnessId ? { ...p, revisionId: edit.id } : p)) })) }));
  return {
    ...b, works, revisions: [...b.revisions, edit, next], events,
    comments: [{ id: '01M9000000000000000000000F', workId: W, paragraphId: next.paragraphId, revisionId: next.id, author: 'bob', at: '2026-02-02T00:00:02.000Z', text: 'Why “pending”?' }],
    alignments: [{ workId: W, witnessId: 'en-parallax', rows: [{ source: [0], target: [0], score: 1, status: 'confirmed' }], editHistory: [], author: 'alice', updatedAt: '2026-02-03T00:00:00.000Z' }],
    names: [{ workId: W, id: 'n1', kind: 'person', canonical: 'Mao Zedong', variants: ['Mao'], author: 'alice', updatedAt: '2026-02-03T00:00:00.000Z' }],
  };
}

describe('bundleOfDocs', () => {
  it('gives back the bundle the documents were made from, byte for byte, in any order', async () => {
    const b = await withHistory();
    const docs = docsOfBundle(b, W);
    assert.equal(docs.length, b.revisions.length + b.events.length + b.comments.length + 3);
    const forward = bundleOfDocs(docs, W);
    const backward = bundleOfDocs([...docs].reverse(), W);
    assert.ok(forward.ok && backward.ok);
    assert.equal(serializeBundle(forward.value.bundle), serializeBundle(b));
    assert.equal(serializeBundle(backward.value.bundle), serializeBundle(b));
    assert.deepEqual(forward.value.skipped, []);
  });

  it('leaves out a malformed document and a decision that lies about its proposer, and says so', async () => {
    const b = await withHistory();
    const docs = docsOfBundle(b, W).map((d) => (d._id === 'evt:01M9000000000000000000000D' ? { ...d, proposer: 'carol' } : d));
    const broken = { _id: 'rev:01M90000000000000000000ZZ', type: 'revision', workId: W, id: '01M90000000000000000000ZZ', author: 'mallory' };
    const r = bundleOfDocs([...docs, broken, { _id: 'other', type: 'x' }], W);
    assert.ok(r.ok);
    assert.deepEqual(r.value.skipped.map((s) => s.id).sort(), ['evt:01M9000000000000000000000D', 'other', 'rev:01M90000000000000000000ZZ']);
    // Without that approval the edited paragraph falls back to revision zero.
    const zero = b.revisions.find((x) => x.witnessId === 'en-parallax')!;
    const para = r.value.bundle.works[0]!.witnesses.find((w) => w.id === 'en-parallax')!.paragraphs.find((p) => p.id === zero.paragraphId)!;
    assert.equal(para.revisionId, zero.id);
  });

  it('reports a work that is not there', () => {
    const r = bundleOfDocs([], W);
    assert.equal(r.ok ? 'ok' : r.error.code, 'TEAM_NOT_FOUND');
  });

  it('names competing approvals made apart; the fold picks the later one everywhere', async () => {
    const b = await withHistory();
    const edit = b.revisions.find((r) => r.id === '01M9000000000000000000000A')!;
    const rival: Revision = { ...edit, id: '01M9000000000000000000000G', text: 'rival text', author: 'carol' };
    const approveRival: TransitionEvent = { id: '01M9000000000000000000000H', workId: W, paragraphId: edit.paragraphId, revisionId: rival.id, from: 'proposed', to: 'approved', author: 'dora', at: '2026-02-01T00:00:03.000Z', note: null };
    const docs = docsOfBundle({ ...b, revisions: [...b.revisions, rival], events: [...b.events, approveRival] }, W);
    const r = bundleOfDocs(docs, W);
    assert.ok(r.ok);
    const conflicts = decisionConflicts(r.value.bundle);
    assert.equal(conflicts.length, 1);
    assert.equal(conflicts[0]?.kind, 'competing-approvals');
    assert.deepEqual(conflicts[0]?.events.map((e) => e.author), ['bob', 'dora']);
    const para = r.value.bundle.works[0]!.witnesses.find((w) => w.id === edit.witnessId)!.paragraphs.find((p) => p.id === edit.paragraphId)!;
    assert.equal(para.revisionId, rival.id);
  });
});

describe('teamDbName', () => {
  it('keeps usual ids readable and maps every other one to a legal CouchDB name, one to one', () => {
    assert.equal(teamDbName('wilson-121617'), 'parallax-work-wilson-121617');
    const ids = ['Wilson-121617', 'wilson-121617', 'a.b c', 'a$2e$b c', '文件', 'x$y', 'x$24$y'];
    const names = ids.map(teamDbName);
    for (const name of names) assert.match(name, /^[a-z][a-z0-9_$()+/-]*$/);
    assert.equal(new Set(names).size, ids.length);
  });
});
