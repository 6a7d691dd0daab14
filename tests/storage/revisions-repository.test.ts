import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Workspace } from '../../src/storage/index.ts';
import { freshWorkspace, sampleWork, unwrap } from './fresh-workspace.ts';

/** The sample work imported, and one translation paragraph of the archive English to edit. */
async function withParagraph(ws: Workspace) {
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  const witness = work.witnesses.find((w) => w.id === 'en-7b');
  const paragraph = witness?.paragraphs[3];
  assert.ok(paragraph);
  const current = (await ws.currentTexts(work.id)).get(paragraph.id);
  assert.ok(current);
  return { work, paragraph, current };
}

describe('revisions repository', () => {
  it('draft → proposed → approved makes the text current and records who, when and the note', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const edited = current.text.replace(/\bthe\b/, 'the very');
    const draft = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: edited }));
    assert.equal(draft.state, 'draft');
    assert.equal((await ws.currentTexts(work.id)).get(paragraph.id)?.text, current.text, 'a draft does not change the current text');
    unwrap(await ws.revisions.propose(draft.revision.id, 'please check'));
    const approved = unwrap(await ws.revisions.approve(draft.revision.id));
    assert.equal(approved.state, 'approved');
    assert.deepEqual(approved.events.map((e) => [e.from, e.to, e.author]), [['draft', 'proposed', 'Test Editor'], ['proposed', 'approved', 'Test Editor']]);
    assert.equal(approved.events[0]?.note, 'please check');
    assert.match(approved.events[1]?.at ?? '', /^\d{4}-\d\d-\d\dT/);
    const loaded = unwrap(await ws.works.loadWork(work.id));
    assert.equal(loaded.witnesses.find((w) => w.id === 'en-7b')?.paragraphs[3]?.text, edited);
    ws.close();
  });

  it('keeps a draft’s note; a revised draft can carry a new note and be proposed in the same step; self-approval is recorded', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const draft = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: current.text + ' One.', note: '  why: first pass ' }));
    assert.equal(draft.revision.note, 'why: first pass');
    // Same text, a new note: still a new draft (the note is the record of why).
    const renoted = unwrap(await ws.revisions.reviseDraft(draft.revision.id, current.text + ' One.', { note: 'why: checked the scan' }));
    assert.equal(renoted.revision.note, 'why: checked the scan');
    assert.equal(renoted.revision.supersedes, draft.revision.id);
    // Same text and no new note: nothing changed.
    const same = await ws.revisions.reviseDraft(renoted.revision.id, current.text + ' One.');
    assert.equal(same.ok ? '' : same.error.code, 'WORKFLOW_UNCHANGED');
    const proposed = unwrap(await ws.revisions.reviseDraft(renoted.revision.id, current.text + ' Two.', { note: 'final', propose: true }));
    assert.equal(proposed.state, 'proposed');
    assert.deepEqual(proposed.events.map((e) => [e.to, e.note]), [['proposed', 'final']]);
    const open = await ws.revisions.openRevisions(work.id);
    assert.deepEqual(open.map((v) => v.revision.id), [proposed.revision.id], 'the superseded drafts are withdrawn');
    const approved = unwrap(await ws.revisions.approve(proposed.revision.id));
    assert.equal(approved.events.at(-1)?.selfApproval, true, 'approved by its own author');
    ws.close();
  });

  it('refuses illegal transitions with WORKFLOW_ codes and changes nothing', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const draft = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: current.text + ' Added.' }));
    const early = await ws.revisions.approve(draft.revision.id);
    assert.equal(!early.ok && early.error.code, 'WORKFLOW_NOT_PROPOSED');
    unwrap(await ws.revisions.propose(draft.revision.id));
    unwrap(await ws.revisions.reject(draft.revision.id, 'not needed'));
    const late = await ws.revisions.approve(draft.revision.id);
    assert.equal(!late.ok && late.error.code, 'WORKFLOW_FINAL');
    const edit = await ws.revisions.reviseDraft(draft.revision.id, 'anything');
    assert.equal(!edit.ok && edit.error.code, 'WORKFLOW_NOT_EDITABLE');
    const view = unwrap(await ws.revisions.getRevision(draft.revision.id));
    assert.equal(view.state, 'rejected');
    assert.equal(view.events.length, 2);
    assert.equal((await ws.currentTexts(work.id)).get(paragraph.id)?.text, current.text);
    ws.close();
  });

  it('refuses changes without an editor name (WORKFLOW_NO_AUTHOR) and an unchanged text (WORKFLOW_UNCHANGED)', async () => {
    const ws = await freshWorkspace({ editor: null });
    const { work, paragraph, current } = await withParagraph(ws);
    const nameless = await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: 'x' });
    assert.equal(!nameless.ok && nameless.error.code, 'WORKFLOW_NO_AUTHOR');
    unwrap(await ws.settings.setEditorName('  Ann  '));
    assert.equal(await ws.settings.editorName(), 'Ann');
    const same = await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: current.text });
    assert.equal(!same.ok && same.error.code, 'WORKFLOW_UNCHANGED');
    assert.equal((await ws.revisions.paragraphRevisions(work.id, paragraph.id)).length, 1);
    ws.close();
  });

  it('edits a draft by superseding it; the old draft is withdrawn, not changed', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const first = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: 'First try.' }));
    const same = await ws.revisions.reviseDraft(first.revision.id, 'First try.');
    assert.equal(!same.ok && same.error.code, 'WORKFLOW_UNCHANGED');
    const second = unwrap(await ws.revisions.reviseDraft(first.revision.id, 'Second try.'));
    assert.equal(second.revision.supersedes, first.revision.id);
    assert.equal(second.revision.baseRevisionId, current.revisionId);
    const all = await ws.revisions.paragraphRevisions(work.id, paragraph.id);
    assert.deepEqual(all.map((v) => [v.revision.text === current.text ? 'zero' : v.revision.text, v.state]), [['zero', 'approved'], ['First try.', 'withdrawn'], ['Second try.', 'draft']]);
    ws.close();
  });

  it('reverts by a new revision carrying the old text; history keeps every step', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const change = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: 'Changed.', propose: true }));
    unwrap(await ws.revisions.approve(change.revision.id));
    const reverted = unwrap(await ws.revisions.revert({ workId: work.id, paragraphId: paragraph.id, toRevisionId: current.revisionId, approve: true, note: 'back to the archive text' }));
    assert.equal(reverted.revision.origin, 'revert');
    assert.equal(reverted.revision.revertOf, current.revisionId);
    assert.equal(reverted.state, 'approved');
    assert.equal((await ws.currentTexts(work.id)).get(paragraph.id)?.text, current.text);
    const all = await ws.revisions.paragraphRevisions(work.id, paragraph.id);
    assert.deepEqual(all.map((v) => v.revision.origin), ['import', 'edit', 'revert']);
    assert.deepEqual(all.map((v) => v.state), ['approved', 'approved', 'approved']);
    const again = await ws.revisions.revert({ workId: work.id, paragraphId: paragraph.id, toRevisionId: current.revisionId });
    assert.equal(!again.ok && again.error.code, 'WORKFLOW_UNCHANGED');
    ws.close();
  });

  it('comments on open revisions only', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const r = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: 'Proposed wording.', propose: true }));
    const c = unwrap(await ws.comments.addComment(r.revision.id, ' Is “wording” right here? '));
    assert.equal(c.text, 'Is “wording” right here?');
    assert.equal(c.workId, work.id);
    const empty = await ws.comments.addComment(r.revision.id, '   ');
    assert.equal(!empty.ok && empty.error.code, 'WORKFLOW_EMPTY_COMMENT');
    unwrap(await ws.revisions.approve(r.revision.id));
    const closed = await ws.comments.addComment(r.revision.id, 'too late');
    assert.equal(!closed.ok && closed.error.code, 'WORKFLOW_COMMENT_CLOSED');
    assert.deepEqual((await ws.comments.listComments(r.revision.id)).map((x) => x.id), [c.id]);
    ws.close();
  });

  it('reports STORE_NOT_FOUND for an unknown revision or paragraph', async () => {
    const ws = await freshWorkspace();
    const { work, current } = await withParagraph(ws);
    const a = await ws.revisions.approve('01ARZ3NDEKTSV4RRFFQ69G5FAV');
    assert.equal(!a.ok && a.error.code, 'STORE_NOT_FOUND');
    const b = await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-7b-p999', baseRevisionId: current.revisionId, text: 'x' });
    assert.equal(!b.ok && b.error.code, 'STORE_NOT_FOUND');
    ws.close();
  });

  it('lists the open drafts and proposals of a work', async () => {
    const ws = await freshWorkspace();
    const { work, paragraph, current } = await withParagraph(ws);
    const other = (await ws.currentTexts(work.id)).get('en-parallax-p2');
    assert.ok(other);
    const draft = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: paragraph.id, baseRevisionId: current.revisionId, text: 'Open draft.' }));
    const proposal = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-parallax-p2', baseRevisionId: other.revisionId, text: 'Open proposal.', propose: true }));
    const done = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-parallax-p2', baseRevisionId: other.revisionId, text: 'Rejected.', propose: true }));
    unwrap(await ws.revisions.reject(done.revision.id));
    const open = await ws.revisions.openRevisions(work.id);
    assert.deepEqual(open.map((v) => [v.revision.id, v.state]), [[draft.revision.id, 'draft'], [proposal.revision.id, 'proposed']]);
    ws.close();
  });
});
