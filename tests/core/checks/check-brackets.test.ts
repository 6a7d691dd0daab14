import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findImbalances } from '../../../src/core/checks/check-brackets.ts';

const check = (text: string) => findImbalances({ id: 'p', kind: 'text', text }).map((i) => `${i.rule}@${i.start}`);

describe('findImbalances', () => {
  it('accepts balanced brackets and quotes in both scripts', () => {
    assert.deepEqual(check('(west of Bakhty alone) "a wedge" [sic] “quoted (inner)”'), []);
    assert.deepEqual(check('天气（当时下雨，气温为摄氏五度）“处理越境人员的正常惯例”'), []);
  });

  it('finds what is opened and not closed, or closed and not opened', () => {
    assert.deepEqual(check('(it was raining'), ['bracket-unbalanced@0']);
    assert.deepEqual(check('it was raining)'), ['bracket-unbalanced@14']);
    assert.deepEqual(check('the man who "received the crossers'), ['quote-unbalanced@12']);
    assert.deepEqual(check('“扭转这种局面'), ['quote-unbalanced@0']);
    assert.deepEqual(check('（a [b）'), ['bracket-unbalanced@3']);
  });

  it('says what to do', () => {
    const [i] = findImbalances({ id: 'p', kind: 'text', text: 'so that they could get through (it was raining.' });
    assert.match(i?.message ?? '', /“\(” is never closed .* add the “\)”/);
  });
});
