import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rowKeyAction, viewKeyAction, WORK_SHORTCUTS } from '../../src/ui/work-shortcuts.ts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) =>
  ({ key: k, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods });

describe('work view keys', () => {
  it('maps the grid keys and leaves modified keys to the browser', () => {
    assert.deepEqual(['j', 'ArrowDown', 'k', 'ArrowUp', 'Enter', 'Escape', 'a', 'r'].map((k) => rowKeyAction(key(k))),
      ['next', 'next', 'previous', 'previous', 'edit', 'cancel', 'approve', 'reject']);
    assert.equal(rowKeyAction(key('a', { ctrlKey: true })), null);
    assert.equal(rowKeyAction(key('x')), null);
  });

  it('maps search and undo keys', () => {
    assert.equal(viewKeyAction(key('/')), 'search');
    assert.equal(viewKeyAction(key('z', { ctrlKey: true })), 'undo');
    assert.equal(viewKeyAction(key('Z', { ctrlKey: true, shiftKey: true })), 'redo');
    assert.equal(viewKeyAction(key('N', { shiftKey: true })), 'previous-match');
  });

  it('lists in the ? dialog every key it handles', () => {
    const listed = WORK_SHORTCUTS.map((s) => s.keys).join(' ');
    for (const k of ['j', 'k', 'Enter', 'Escape', 'a', 'r', '/', 'Ctrl+Z']) assert.ok(listed.includes(k), k);
  });
});
