import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkAuthor, checkCommentable, checkEditable, checkTransition, isFinal } from '../../../src/core/workflow/transitions.ts';
import type { RevisionState } from '../../../src/core/workflow/revision.ts';

const STATES: RevisionState[] = ['draft', 'proposed', 'approved', 'rejected', 'withdrawn'];

function codeOf(from: RevisionState, to: RevisionState): string {
  const r = checkTransition(from, to);
  return r.ok ? 'ok' : r.error.code;
}

describe('checkTransition', () => {
  it('allows the documented path and nothing else', () => {
    const allowed = STATES.flatMap((from) => STATES.filter((to) => checkTransition(from, to).ok).map((to) => `${from}→${to}`));
    assert.deepEqual(allowed, ['draft→proposed', 'draft→withdrawn', 'proposed→draft', 'proposed→approved', 'proposed→rejected', 'proposed→withdrawn']);
  });

  it('refuses approving or rejecting a draft with WORKFLOW_NOT_PROPOSED', () => {
    assert.equal(codeOf('draft', 'approved'), 'WORKFLOW_NOT_PROPOSED');
    assert.equal(codeOf('draft', 'rejected'), 'WORKFLOW_NOT_PROPOSED');
  });

  it('refuses leaving a final state with WORKFLOW_FINAL', () => {
    assert.equal(codeOf('rejected', 'approved'), 'WORKFLOW_FINAL');
    assert.equal(codeOf('approved', 'draft'), 'WORKFLOW_FINAL');
    assert.equal(codeOf('withdrawn', 'proposed'), 'WORKFLOW_FINAL');
    assert.deepEqual(STATES.filter(isFinal), ['approved', 'rejected', 'withdrawn']);
  });

  it('refuses a no-op transition with WORKFLOW_ILLEGAL_TRANSITION', () => {
    assert.equal(codeOf('draft', 'draft'), 'WORKFLOW_ILLEGAL_TRANSITION');
    assert.equal(codeOf('proposed', 'proposed'), 'WORKFLOW_ILLEGAL_TRANSITION');
  });

  it('every error says what to do', () => {
    const r = checkTransition('rejected', 'approved');
    assert.ok(!r.ok && r.error.hint.length > 10 && r.error.message.includes('rejected'));
  });
});

describe('checkEditable, checkCommentable, checkAuthor', () => {
  it('lets only drafts be edited (WORKFLOW_NOT_EDITABLE)', () => {
    assert.deepEqual(STATES.filter((s) => checkEditable(s).ok), ['draft']);
    const r = checkEditable('approved');
    assert.equal(!r.ok && r.error.code, 'WORKFLOW_NOT_EDITABLE');
  });

  it('keeps comments open on drafts and proposals, closed after (WORKFLOW_COMMENT_CLOSED), never empty (WORKFLOW_EMPTY_COMMENT)', () => {
    assert.deepEqual(STATES.filter((s) => checkCommentable(s, 'ok').ok), ['draft', 'proposed']);
    const closed = checkCommentable('approved', 'late');
    assert.equal(!closed.ok && closed.error.code, 'WORKFLOW_COMMENT_CLOSED');
    const empty = checkCommentable('proposed', ' \n ');
    assert.equal(!empty.ok && empty.error.code, 'WORKFLOW_EMPTY_COMMENT');
  });

  it('trims the author and refuses a blank one (WORKFLOW_NO_AUTHOR)', () => {
    const ok = checkAuthor('  Li Wei ');
    assert.ok(ok.ok && ok.value === 'Li Wei');
    for (const blank of [null, undefined, '', '   ']) {
      const r = checkAuthor(blank);
      assert.equal(!r.ok && r.error.code, 'WORKFLOW_NO_AUTHOR');
    }
  });
});
