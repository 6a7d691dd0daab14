import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-update-banner.ts';

describe('px-update-banner', () => {
  it('renders nothing until an update waits', async () => {
    const el = document.createElement('px-update-banner');
    document.body.append(el);
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('.banner'), null);
    el.available = true;
    await el.updateComplete;
    assert.match(el.shadowRoot?.textContent ?? '', /A new version is available/);
    el.remove();
  });

  it('asks for unsaved edits before it fires px-update-apply, and Later hides it', async () => {
    const el = document.createElement('px-update-banner');
    el.available = true;
    let unsaved = true;
    el.hasUnsaved = () => unsaved;
    document.body.append(el);
    await el.updateComplete;
    let applied = 0;
    el.addEventListener('px-update-apply', () => applied++);
    const button = (label: string) => [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label);
    button('Reload')?.click();
    await el.updateComplete;
    assert.equal(applied, 0);
    assert.match(el.shadowRoot?.textContent ?? '', /unsaved edits/);
    unsaved = false;
    button('Reload')?.click();
    assert.equal(applied, 1);
    button('Later')?.click();
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('.banner'), null);
    el.remove();
  });
});
