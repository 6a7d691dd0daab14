// The review state folds revisions one at a time: a newer read of a revision
// wins, an older one never undoes it; superseded drafts leave; comments stay
// with their proposal.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Revision, TransitionEvent } from '../../../src/core/workflow/revision.ts';
import type { RevisionView } from '../../../src/storage/index.ts';
import { EMPTY_REVIEW, ownDraft, reviewStateOf, withComments, withRevision } from '../../../src/ui/controllers/review-state.ts';

const rev = (id: string, over: Partial<Revision> = {}): Revision => ({
  id, workId: 'w', witnessId: 'en', paragraphId: 'en-p1', baseRevisionId: 'R0', text: `text ${id}`, author: 'A', createdAt: '2026-01-01T00:00:00.000Z', origin: 'edit', ...over,
});
const ev = (id: string, revisionId: string, from: TransitionEvent['from'], to: TransitionEvent['to'], note: string | null = null): TransitionEvent => ({
  id, workId: 'w', paragraphId: 'en-p1', revisionId, from, to, author: 'A', at: '2026-01-01T00:00:01.000Z', note,
});
const view = (revision: Revision, state: RevisionView['state'], events: TransitionEvent[] = []): RevisionView => ({ revision, state, events });

describe('review state', () => {
  it('a draft, then its proposal, then its approval; an older read arriving late changes nothing', () => {
    const r = rev('R1', { note: 'why' });
    const drafted = withRevision(EMPTY_REVIEW, view(r, 'draft'));
    assert.equal(ownDraft(drafted, 'en-p1', 'A')?.note, 'why');
    assert.equal(ownDraft(drafted, 'en-p1', 'B'), undefined, 'another editor does not resume it');
    const proposed = withRevision(drafted, view(r, 'proposed', [ev('E1', 'R1', 'draft', 'proposed', 'please')]));
    assert.equal(proposed.drafts.size, 0);
    assert.deepEqual(proposed.proposals.map((p) => [p.revisionId, p.note]), [['R1', 'please']]);
    const commented = withComments(proposed, 'R1', [{ id: 'C1', workId: 'w', paragraphId: 'en-p1', revisionId: 'R1', author: 'B', at: '2026-01-01T00:00:02.000Z', text: 'ok' }]);
    const approved = withRevision(commented, view(r, 'approved', [ev('E1', 'R1', 'draft', 'proposed'), ev('E2', 'R1', 'proposed', 'approved')]));
    assert.equal(approved.proposals.length, 0);
    // The proposal's read from before the approval arrives late (another tab's message): ignored.
    assert.equal(withRevision(approved, view(r, 'proposed', [ev('E1', 'R1', 'draft', 'proposed')])), approved);
    // The discussion stays with a proposal that is read again.
    const again = withRevision(commented, view(r, 'proposed', [ev('E1', 'R1', 'draft', 'proposed')]));
    assert.equal(again.proposals[0]?.comments?.length, 1);
  });

  it('a revised draft replaces the one it supersedes; states are built in one pass from the open revisions', () => {
    const first = rev('R1');
    const second = rev('R2', { supersedes: 'R1', text: 'better' });
    const s = withRevision(withRevision(EMPTY_REVIEW, view(first, 'draft')), view(second, 'draft'));
    assert.deepEqual(s.drafts.get('en-p1')?.map((d) => d.revisionId), ['R2']);
    const built = reviewStateOf([view(rev('R3', { paragraphId: 'en-p2' }), 'proposed', [ev('E3', 'R3', 'draft', 'proposed', 'n')]), view(second, 'draft')]);
    assert.deepEqual(built.proposals.map((p) => p.revisionId), ['R3']);
    assert.deepEqual([...built.drafts.keys()], ['en-p1']);
    assert.equal(ownDraft(built, 'en-p1', 'A')?.text, 'better');
  });
});
