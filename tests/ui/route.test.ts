import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hashOf, passageLink, routeOf, titleOf } from '../../src/ui/route.ts';

describe('route', () => {
  it('reads the library, settings and a work from the hash', () => {
    assert.deepEqual(routeOf(''), { view: 'library' });
    assert.deepEqual(routeOf('#/'), { view: 'library' });
    assert.deepEqual(routeOf('#/settings'), { view: 'settings' });
    assert.deepEqual(routeOf('#/work/wilson-121617'), { view: 'work', id: 'wilson-121617' });
    assert.deepEqual(routeOf('#/nowhere'), { view: 'library' });
    assert.deepEqual(routeOf('#/work/%E0%A4%A'), { view: 'library' }, 'a malformed escape falls back to the library');
  });

  it('round-trips ids that need escaping', () => {
    const route = { view: 'work', id: 'a b/ç' } as const;
    assert.deepEqual(routeOf(hashOf(route)), route);
    assert.equal(titleOf(route), 'a b/ç — Parallax');
    assert.equal(titleOf(route, 'A Work'), 'A Work — Parallax');
  });

  it('reads and writes the stable link of a paragraph', () => {
    assert.deepEqual(routeOf('#/work/wilson-121617/p/en-7b-p4'), { view: 'work', id: 'wilson-121617', paragraphId: 'en-7b-p4' });
    const route = { view: 'work', id: 'a b', paragraphId: 'x/y-p1' } as const;
    assert.deepEqual(routeOf(hashOf(route)), route);
    assert.equal(passageLink('https://parallax.example/app/?x=1#/library', 'w', 'en-p4'), 'https://parallax.example/app/?x=1#/work/w/p/en-p4');
  });
});
