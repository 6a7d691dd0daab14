import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  applySplice, confirmRow, confirmThrough, insertEmptyCounterpart, mergeWithNext, moveFirstUp, moveLastDown, splitRow,
  type EditResult,
} from '../../../src/core/alignment/edit-alignment.ts';
import type { Alignment } from '../../../src/core/alignment/types.ts';
import type { Result } from '../../../src/core/result.ts';

const auto = (source: number[], target: number[]) => ({ source, target, score: 0.9, status: 'auto' as const });
const base: Alignment = { rows: [auto([0], [0]), auto([1, 2], [1]), auto([3], [2, 3]), auto([4], [4])] };
const shape = (a: Alignment) => a.rows.map((r) => `${r.source.join(',')}:${r.target.join(',')}`).join(' ');

function done(r: Result<EditResult>): EditResult {
  assert.ok(r.ok, r.ok ? '' : r.error.code);
  return r.value;
}

/** Every unit once, in order: what each edit must preserve. */
function assertPartition(a: Alignment): void {
  assert.deepEqual(a.rows.flatMap((r) => r.source), [0, 1, 2, 3, 4]);
  assert.deepEqual(a.rows.flatMap((r) => r.target), [0, 1, 2, 3, 4]);
}

function assertUndoRedo(e: EditResult): void {
  assertPartition(e.alignment);
  assert.deepEqual(applySplice(e.alignment, e.inverse), base, 'the inverse undoes the edit');
  assert.deepEqual(applySplice(base, e.edit), e.alignment, 'the edit redoes it');
}

describe('manual alignment edits', () => {
  it('merges a row with the next and undoes it', () => {
    const e = done(mergeWithNext(base, 1));
    assert.equal(shape(e.alignment), '0:0 1,2,3:1,2,3 4:4');
    assert.equal(e.alignment.rows[1]?.status, 'confirmed');
    assertUndoRedo(e);
  });

  it('splits a row at a unit boundary', () => {
    const e = done(splitRow(base, 2, 1, 1));
    assert.equal(shape(e.alignment), '0:0 1,2:1 3:2 :3 4:4');
    assertUndoRedo(e);
    assert.equal(done(splitRow(base, 1, 1, 0)).alignment.rows.length, 5);
  });

  it('moves the first unit up and the last unit down', () => {
    const up = done(moveFirstUp(base, 1, 'source'));
    assert.equal(shape(up.alignment), '0,1:0 2:1 3:2,3 4:4');
    assertUndoRedo(up);
    const down = done(moveLastDown(base, 2, 'target'));
    assert.equal(shape(down.alignment), '0:0 1,2:1 3:2 4:3,4');
    assertUndoRedo(down);
  });

  it('drops a row a move empties', () => {
    const e = done(moveLastDown({ rows: [auto([0], []), auto([1], [0])] }, 0, 'source'));
    assert.equal(shape(e.alignment), '0,1:0');
    assert.deepEqual(applySplice(e.alignment, e.inverse).rows.length, 2);
  });

  it('inserts an empty counterpart on either side', () => {
    const s = done(insertEmptyCounterpart(base, 0, 'source'));
    assert.equal(shape(s.alignment), '0: :0 1,2:1 3:2,3 4:4');
    assertUndoRedo(s);
    const t = done(insertEmptyCounterpart(base, 0, 'target'));
    assert.equal(shape(t.alignment), ':0 0: 1,2:1 3:2,3 4:4');
    assertUndoRedo(t);
  });

  it('confirms a row, or a row and everything above it', () => {
    const one = done(confirmRow(base, 2));
    assert.deepEqual(one.alignment.rows.map((r) => r.status), ['auto', 'auto', 'confirmed', 'auto']);
    assertUndoRedo(one);
    const through = done(confirmThrough(base, 2));
    assert.deepEqual(through.alignment.rows.map((r) => r.status), ['confirmed', 'confirmed', 'confirmed', 'auto']);
    assert.deepEqual(through.alignment.rows.map((r) => r.score), [0.9, 0.9, 0.9, 0.9], 'confirming keeps the score');
    assertUndoRedo(through);
  });

  it('refuses impossible edits with coded errors', () => {
    const code = (r: Result<EditResult>) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(mergeWithNext(base, 3)), 'ALIGN_NO_NEXT_ROW');
    assert.equal(code(mergeWithNext(base, 9)), 'ALIGN_ROW_OUT_OF_RANGE');
    assert.equal(code(confirmRow(base, -1)), 'ALIGN_ROW_OUT_OF_RANGE');
    assert.equal(code(splitRow(base, 1, 0, 0)), 'ALIGN_BAD_SPLIT');
    assert.equal(code(splitRow(base, 1, 2, 1)), 'ALIGN_BAD_SPLIT');
    assert.equal(code(splitRow(base, 1, 3, 0)), 'ALIGN_BAD_SPLIT');
    assert.equal(code(moveFirstUp(base, 0, 'source')), 'ALIGN_CANNOT_MOVE');
    assert.equal(code(moveLastDown(base, 3, 'target')), 'ALIGN_CANNOT_MOVE');
    assert.equal(code(insertEmptyCounterpart({ rows: [auto([0], [])] }, 0, 'source')), 'ALIGN_ALREADY_EMPTY');
  });
});
