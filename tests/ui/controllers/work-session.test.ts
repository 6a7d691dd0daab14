// The work session applies each change by its record: a saved draft, an
// approval, another tab's write. Counted in real IndexedDB: a save reads what
// the write itself needs and nothing of the rest of the work.
import { describe, it, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { freshWorkspace, sampleWork, unwrap } from '../../storage/fresh-workspace.ts';
import { openWorkspace, type Workspace } from '../../../src/storage/index.ts';
import type { PxWorkView } from '../../../src/ui/px-work-view.ts';
import { answerSelfApproval, mountWorkView } from '../work-view-harness.ts';
import { until } from '../compare-fixtures.ts';
import { countReads, type ReadCounter } from '../idb-read-counter.ts';

async function opened(ws: Workspace): Promise<PxWorkView> {
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  const { view } = await mountWorkView(ws, work.id);
  await until(() => view.session.view && view.session.view.aligning.size === 0, 'the work open and aligned', 20_000);
  return view;
}

/** A paragraph of the second English translation, its grid row and current revision. */
function target(view: PxWorkView) {
  const v = view.session.view!;
  const row = v.grid.rows.findIndex((r) => (r.cells['en-parallax']?.length ?? 0) > 0 && (r.cells['zh']?.length ?? 0) > 0);
  const pid = v.grid.rows[row]!.cells['en-parallax']![0]!;
  return { row, pid, base: view.session.currentRevision(pid)! };
}

describe('work session: incremental changes', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let ws: Workspace | undefined;
  let counter: ReadCounter | undefined;
  afterEach(() => {
    counter?.stop();
    counter = undefined;
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    ws?.close();
  });

  it('saving a draft reads only what the write needs, marks one cell and leaves texts and checks alone', async () => {
    ws = await freshWorkspace();
    const view = await opened(ws);
    const { row, pid, base } = target(view);
    // What a whole-work reload reads, for comparison.
    const whole = countReads();
    view.session.reload();
    await until(() => view.session.loading.status === 2, 'reloaded');
    whole.stop();
    await view.updateComplete;
    const before = view.session.view!;
    counter = countReads();
    await view.revisions.act({ action: 'save', witnessId: 'en-parallax', paragraphId: pid, text: `${base.text} Draft.`, note: 'why: a test' });
    await view.updateComplete;
    counter.stop();
    const after = view.session.view!;
    assert.equal(after.drafts.get(pid)?.[0]?.note, 'why: a test', 'the draft keeps its note');
    assert.equal(after.textsVersion, before.textsVersion, 'a draft changes no current text');
    assert.equal(after.current, before.current);
    assert.equal(after.grid, before.grid);
    // The write's own reads: editor name, the paragraph's chunk, the base revision.
    assert.ok(counter.total() <= 6, `a save read ${counter.total()} times: ${JSON.stringify([...counter.reads])}`);
    assert.equal(counter.on('events'), 0, 'no timeline paging');
    assert.ok(counter.on('paragraphChunks') <= 1, 'at most the one chunk holding the paragraph');
    assert.ok(whole.total() > 4 * counter.total(), `a reload reads ${whole.total()}, a save ${counter.total()}`);
    assert.equal(view.session.ownDraft(pid, 'Test Editor')?.text, `${base.text} Draft.`);
    assert.ok(row >= 0);
  });

  it('approving moves one paragraph’s text and touches its row only; the queue follows', async () => {
    ws = await freshWorkspace();
    const view = await opened(ws);
    const { row, pid, base } = target(view);
    await view.revisions.act({ action: 'propose', witnessId: 'en-parallax', paragraphId: pid, text: `${base.text} Proposed.`, note: 'n' });
    const proposal = await until(() => view.session.view?.proposals.find((p) => p.paragraphId === pid), 'proposal in the queue');
    assert.equal(proposal.note, 'n');
    const before = view.session.view!;
    counter = countReads();
    const approving = view.revisions.act({ action: 'approve', witnessId: 'en-parallax', paragraphId: pid, revisionId: proposal.revisionId, note: '' });
    await answerSelfApproval(view);
    await approving;
    counter.stop();
    const after = view.session.view!;
    assert.deepEqual(after.touchedRows, [row]);
    assert.equal(after.textsVersion, before.textsVersion + 1);
    assert.match(after.current.get(pid) ?? '', /Proposed\.$/);
    assert.equal(after.proposals.length, 0);
    assert.equal(after.approvals.at(-1)?.revisionId, proposal.revisionId);
    assert.equal(counter.on('events.byWork'), 0, 'no timeline paging');
    assert.ok(counter.total() <= 8, `an approval read ${counter.total()} times: ${JSON.stringify([...counter.reads])}`);
  });

  it('another tab’s approval arrives through the change channel and is applied by its one record', async () => {
    ws = await freshWorkspace();
    const view = await opened(ws);
    const { row, pid, base } = target(view);
    const other = await openWorkspace({ name: ws.name });
    try {
      const r = unwrap(await other.revisions.saveRevision({ workId: 'wilson-121617', paragraphId: pid, baseRevisionId: base.revisionId, text: 'From the other tab.', propose: true }));
      await until(() => view.session.view?.proposals.some((p) => p.revisionId === r.revision.id), 'the other tab’s proposal shown');
      counter = countReads();
      unwrap(await other.revisions.approve(r.revision.id));
      await until(() => view.session.view?.current.get(pid) === 'From the other tab.', 'the approved text shown');
      counter.stop();
      assert.deepEqual(view.session.view?.touchedRows, [row]);
      assert.equal(view.session.view?.proposals.length, 0);
      assert.equal(view.session.currentRevision(pid)?.revisionId, r.revision.id);
      // The approval's own transaction plus one getRevision here: no whole-work read.
      assert.ok(counter.on('paragraphChunks') <= 2, JSON.stringify([...counter.reads]));
      assert.equal(counter.on('events.byWork'), 0);
    } finally {
      other.close();
    }
  });
});
