import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-offline-indicator.ts';

describe('px-offline-indicator', () => {
  it('appears on the offline event and hides again when online', async () => {
    const el = document.createElement('px-offline-indicator');
    document.body.append(el);
    await el.updateComplete;
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine');
    let online = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
    try {
      window.dispatchEvent(new Event('online'));
      assert.equal(el.offline, false);
      assert.equal(getComputedStyle(el).display, 'none');
      online = false;
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      assert.equal(el.offline, true);
      assert.notEqual(getComputedStyle(el).display, 'none');
      assert.match(el.shadowRoot?.textContent ?? '', /Offline/);
      online = true;
      window.dispatchEvent(new Event('online'));
      assert.equal(el.offline, false);
    } finally {
      delete (navigator as unknown as Record<string, unknown>)['onLine'];
      if (descriptor) Object.defineProperty(Navigator.prototype, 'onLine', descriptor);
      el.remove();
    }
  });
});
