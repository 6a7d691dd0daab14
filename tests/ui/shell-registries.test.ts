import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Shortcuts } from '../../src/ui/shortcut-registry.ts';
import { UnsavedEditsRegistry } from '../../src/ui/unsaved-edits-registry.ts';

describe('shortcut registry', () => {
  it('lists groups in order, merges a repeated group, and forgets a removed one', () => {
    const s = new Shortcuts();
    let changes = 0;
    s.onChange(() => changes++);
    const offA = s.register('Everywhere', [{ keys: '?', description: 'help' }]);
    const offB = s.register('Compare', [{ keys: 'j', description: 'next row' }]);
    s.register('Everywhere', [{ keys: 'g l', description: 'library' }]);
    assert.deepEqual(s.list().map((g) => [g.group, g.shortcuts.map((x) => x.keys)]), [['Everywhere', ['?', 'g l']], ['Compare', ['j']]]);
    offB();
    offB();
    assert.deepEqual(s.list().map((g) => g.group), ['Everywhere']);
    offA();
    assert.deepEqual(s.list()[0]?.shortcuts.map((x) => x.keys), ['g l']);
    assert.equal(changes, 5);
  });
});

describe('unsaved edits registry', () => {
  it('is dirty while any probe says so, and a throwing probe counts as unsaved', () => {
    const r = new UnsavedEditsRegistry();
    assert.equal(r.any(), false);
    let dirty = false;
    const off = r.register(() => dirty);
    assert.equal(r.any(), false);
    dirty = true;
    assert.equal(r.any(), true);
    off();
    assert.equal(r.any(), false);
    r.register(() => {
      throw new Error('editor gone');
    });
    assert.equal(r.any(), true);
  });
});
