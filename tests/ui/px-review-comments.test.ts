// Comments on proposed revisions, in the work view on a real workspace
// (IndexedDB in Chromium): the review queue lists each proposal's comments and
// takes new ones; the history panel shows them for the selected revision;
// a refused comment reaches the reporter and keeps the draft.
import { describe, it, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { freshWorkspace, sampleWork, unwrap } from '../storage/fresh-workspace.ts';
import type { Workspace } from '../../src/storage/index.ts';
import type { PxWorkView } from '../../src/ui/px-work-view.ts';
import type { PxCompareView } from '../../src/ui/px-compare-view.ts';
import { commentLang, type PxReviewComments } from '../../src/ui/px-review-comments.ts';
import { mountWorkView } from './work-view-harness.ts';
import { until, untilAsync } from './compare-fixtures.ts';

const WORK = 'wilson-121617';
const compareOf = (view: PxWorkView): PxCompareView => view.shadowRoot?.querySelector('px-compare-view') as PxCompareView;

/** The sample work with one proposed revision of an en-parallax paragraph, made as another editor would. */
async function withProposal(ws: Workspace): Promise<{ revisionId: string; paragraphId: string }> {
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  const p = work.witnesses.find((w) => w.id === 'en-parallax')!.paragraphs[3]!;
  const base = (await ws.currentTexts(WORK)).get(p.id)!;
  const r = unwrap(await ws.revisions.saveRevision({ workId: WORK, paragraphId: p.id, baseRevisionId: base.revisionId, text: `${p.text} Proposed addition.`, propose: true }));
  return { revisionId: r.revision.id, paragraphId: p.id };
}

async function queueComments(view: PxWorkView, revisionId: string): Promise<PxReviewComments> {
  const queue = await until(() => view.shadowRoot?.querySelector('px-review-queue'), 'review queue');
  const li = await until(() => queue.shadowRoot?.querySelector(`li[data-revision="${revisionId}"]`), 'the proposal in the queue');
  const box = li.querySelector('px-review-comments') as PxReviewComments;
  await box.updateComplete;
  return box;
}

async function post(box: PxReviewComments, text: string): Promise<HTMLTextAreaElement> {
  const area = box.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  await box.updateComplete;
  (box.shadowRoot?.querySelector('button[type="submit"]') as HTMLButtonElement).click();
  return area;
}

describe('comments on proposed revisions', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let ws: Workspace | undefined;
  afterEach(() => {
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    ws?.close();
  });

  it('lists the comments of a proposal in the review queue and adds one from the labelled box', async () => {
    ws = await freshWorkspace({ editor: 'C. Commenter' });
    const { revisionId } = await withProposal(ws);
    unwrap(await ws.comments.addComment(revisionId, '“Addition” needs a source.'));
    const { view, recorded } = await mountWorkView(ws, WORK);
    const box = await queueComments(view, revisionId);
    await until(() => box.shadowRoot?.querySelectorAll('li[data-comment]').length === 1, 'the stored comment listed');
    const first = box.shadowRoot!.querySelector('li[data-comment]')!;
    assert.match(first.textContent ?? '', /C\. Commenter/);
    assert.match(first.textContent ?? '', /needs a source/);
    assert.ok(first.querySelector('time')?.getAttribute('datetime'), 'the time is machine-readable');
    // The textarea has a label (accessible name), and Comment is disabled while it is empty.
    const area = box.shadowRoot!.querySelector('textarea')!;
    assert.equal(area.labels?.[0]?.textContent?.trim(), 'Comment on this revision');
    assert.ok((box.shadowRoot!.querySelector('button[type="submit"]') as HTMLButtonElement).disabled);
    await post(box, '巴克图的译名应统一。');
    await untilAsync(async () => (await ws!.comments.listComments(revisionId)).length === 2, 'the comment stored');
    const stored = await ws.comments.listComments(revisionId);
    assert.equal(stored[1]?.text, '巴克图的译名应统一。');
    assert.equal(stored[1]?.author, 'C. Commenter');
    const fresh = await queueComments(view, revisionId);
    await until(() => fresh.shadowRoot?.querySelectorAll('li[data-comment]').length === 2, 'the new comment listed');
    const zh = fresh.shadowRoot!.querySelectorAll('li[data-comment] p')[1]!;
    assert.equal(zh.getAttribute('lang'), 'zh', 'a Chinese comment is marked as Chinese');
    assert.equal(fresh.shadowRoot!.querySelectorAll('li[data-comment] p')[0]!.hasAttribute('lang'), false, 'an English one inherits the page language');
    assert.equal((fresh.shadowRoot!.querySelector('textarea') as HTMLTextAreaElement).value, '', 'the box is emptied after posting');
    assert.deepEqual(recorded.errors, []);
  });

  it('reports a refused comment (the revision was approved meanwhile) and keeps the draft', async () => {
    ws = await freshWorkspace();
    const { revisionId } = await withProposal(ws);
    const { view, recorded } = await mountWorkView(ws, WORK);
    const box = await queueComments(view, revisionId);
    // Another tab approves it; this queue has not reloaded yet.
    unwrap(await ws.revisions.approve(revisionId));
    const area = await post(box, 'Too late?');
    await until(() => recorded.errors.length === 1, 'the error reported');
    assert.equal((recorded.errors[0] as { code?: string }).code, 'WORKFLOW_COMMENT_CLOSED');
    await box.updateComplete;
    assert.equal(area.value, 'Too late?', 'the draft is kept');
    assert.equal(area.disabled, false, 'the box is usable again');
    assert.equal((await ws.comments.listComments(revisionId)).length, 0);
  });

  it('shows and takes comments for the selected revision in the history panel', async () => {
    ws = await freshWorkspace();
    const { revisionId, paragraphId } = await withProposal(ws);
    unwrap(await ws.comments.addComment(revisionId, 'Seen in history.'));
    const { view, recorded } = await mountWorkView(ws, WORK);
    const compare = await until(() => compareOf(view)?.alignment?.rows.length ? compareOf(view) : null, 'grid');
    await until(() => view.session.view !== null && view.session.view.aligning.size === 0, 'translations aligned', 20_000);
    const row = compare.alignment!.rows.findIndex((r) => r.cells['en-parallax']?.includes(paragraphId));
    assert.ok(row >= 0);
    await compare.focusRow(row, 2);
    const tab = [...(view.shadowRoot?.querySelectorAll('aside [role="tab"]') ?? [])].find((t) => t.textContent === 'History') as HTMLButtonElement;
    tab.click();
    const panel = await until(() => view.shadowRoot?.querySelector('px-history-panel'), 'history panel');
    const proposed = await until(() => panel.shadowRoot?.querySelector(`li[data-revision="${revisionId}"]`), 'the proposed revision listed');
    const box = proposed.querySelector('px-review-comments') as PxReviewComments;
    await until(() => box.shadowRoot?.querySelector('li[data-comment]')?.textContent?.includes('Seen in history.'), 'its comment shown');
    await post(box, 'And answered there.');
    await untilAsync(async () => (await ws!.comments.listComments(revisionId)).length === 2, 'stored');
    await until(() => panel.shadowRoot?.querySelector(`li[data-revision="${revisionId}"] px-review-comments`)?.shadowRoot?.querySelectorAll('li[data-comment]').length === 2, 'the history shows it');
    // The imported revision is approved: its discussion is closed, so no box.
    const imported = panel.shadowRoot!.querySelector('li.current px-review-comments') as PxReviewComments;
    await imported.updateComplete;
    assert.equal(imported.shadowRoot?.querySelector('textarea'), null);
    assert.deepEqual(recorded.errors, []);
  });

  it('marks only comments written in Chinese characters as Chinese', () => {
    assert.equal(commentLang('巴克图的译名应统一。'), 'zh');
    assert.equal(commentLang('Ba-ke-tu = 巴克图?'), null);
    assert.equal(commentLang('Fine as it is.'), null);
  });
});
