import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-app.ts';

describe('px-app', () => {
  it('renders', async () => {
    const el = document.createElement('px-app');
    document.body.append(el);
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('h1')?.textContent, 'Parallax');
    el.heading = 'X';
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('h1')?.textContent, 'X');
    el.remove();
  });
});
