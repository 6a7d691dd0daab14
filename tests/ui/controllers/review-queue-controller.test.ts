import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { proposedRevisions } from '../../../src/ui/controllers/review-queue-controller.ts';
import { freshWorkspace, sampleWork, unwrap } from '../../storage/fresh-workspace.ts';

describe('proposedRevisions (from the real timeline)', () => {
  it('lists exactly the revisions whose latest state is proposed, oldest first', async () => {
    const ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const current = await ws.currentTexts(work.id);
    const propose = async (pid: string, text: string) =>
      unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: pid, baseRevisionId: current.get(pid)!.revisionId, text, propose: true, note: 'n' })).revision.id;
    const a = await propose('en-parallax-p2', 'A');
    const b = await propose('en-parallax-p3', 'B');
    const c = await propose('en-parallax-p4', 'C');
    unwrap(await ws.revisions.approve(b));
    unwrap(await ws.revisions.reject(c, 'no'));
    const draft = unwrap(await ws.revisions.saveRevision({ workId: work.id, paragraphId: 'en-parallax-p5', baseRevisionId: current.get('en-parallax-p5')!.revisionId, text: 'D' })).revision.id;
    const d = await propose('en-parallax-p6', 'E');
    const page = await ws.history.timeline(work.id, { limit: 500 });
    const open = proposedRevisions(page.entries);
    assert.deepEqual(open.map((p) => p.revisionId), [a, d]);
    assert.ok(!open.some((p) => p.revisionId === draft));
    assert.equal(open[0]?.paragraphId, 'en-parallax-p2');
    assert.equal(open[0]?.note, 'n');
    ws.close();
  });
});
