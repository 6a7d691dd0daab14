import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createIdFactory } from '../../../src/core/ids.ts';
import { approvedRevisionAt, revisionState } from '../../../src/core/workflow/revision-state.ts';
import type { Revision, RevisionState, TransitionEvent } from '../../../src/core/workflow/revision.ts';
import { readRepoText } from '../../support/files.ts';

// Texts from the sample corpus: the archive's paragraph and the project's second translation of it.
const archive = (await readRepoText('translations/wilson-121617/wilson-121617.en.txt')).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const parallax = (await readRepoText('translations/wilson-121617/en-parallax.txt')).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

let clock = Date.parse('2026-04-01T00:00:00Z');
const ids = createIdFactory(() => clock);
function at(iso: string): string {
  clock = Date.parse(iso);
  return new Date(clock).toISOString();
}

function revision(text: string, origin: Revision['origin'], createdAt: string, base: string | null): Revision {
  return { id: ids(), workId: 'w', witnessId: 'en', paragraphId: 'en-p1', baseRevisionId: base, text, author: 'A', createdAt: at(createdAt), origin };
}
function event(r: Revision, from: RevisionState, to: RevisionState, when: string): TransitionEvent {
  return { id: ids(), workId: 'w', paragraphId: r.paragraphId, revisionId: r.id, from, to, author: 'B', at: at(when), note: null };
}

describe('revisionState', () => {
  it('starts revision zero approved and others as drafts, then folds events in id order', () => {
    const zero = revision(archive[2] ?? '', 'import', '2026-04-01T00:00:00Z', null);
    const edit = revision(parallax[2] ?? '', 'edit', '2026-04-02T00:00:00Z', zero.id);
    assert.equal(revisionState(zero, []), 'approved');
    assert.equal(revisionState(edit, []), 'draft');
    const e1 = event(edit, 'draft', 'proposed', '2026-04-03T00:00:00Z');
    const e2 = event(edit, 'proposed', 'rejected', '2026-04-04T00:00:00Z');
    assert.equal(revisionState(edit, [e2, e1]), 'rejected', 'order of the array does not matter; ids do');
    assert.equal(revisionState(edit, [e1]), 'proposed');
    assert.equal(revisionState(zero, [e1, e2]), 'approved', 'events of other revisions are ignored');
  });
});

describe('approvedRevisionAt', () => {
  it('reconstructs the approved text of any past date', () => {
    const zero = revision(archive[3] ?? '', 'import', '2026-04-01T00:00:00Z', null);
    const edit = revision(parallax[3] ?? '', 'edit', '2026-04-10T00:00:00Z', zero.id);
    const events = [event(edit, 'draft', 'proposed', '2026-04-11T00:00:00Z'), event(edit, 'proposed', 'approved', '2026-05-02T00:00:00Z')];
    const revs = [zero, edit];
    assert.equal(approvedRevisionAt(revs, events, '2026-03-31T00:00:00.000Z'), null, 'before import there was no text');
    assert.equal(approvedRevisionAt(revs, events, '2026-05-01T00:00:00.000Z')?.text, archive[3]);
    assert.equal(approvedRevisionAt(revs, events, '2026-05-02T00:00:00.000Z')?.text, parallax[3]);
    assert.equal(approvedRevisionAt(revs, events)?.text, parallax[3]);
  });
});
