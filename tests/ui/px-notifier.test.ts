import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pxError } from '../../src/core/result.ts';
import { isPxError, toPxError } from '../../src/ui/px-notifier.ts';
import '../../src/ui/px-notifier.ts';

async function notifier() {
  const el = document.createElement('px-notifier');
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('px-notifier', () => {
  it('shows a coded error with its title, what happened, what to do and its code, in an assertive live region', async () => {
    const el = await notifier();
    el.showError(pxError('IMPORT_EMPTY', 'empty.txt is empty', 'choose a file with text'));
    await el.updateComplete;
    const item = el.shadowRoot?.querySelector('[data-code="IMPORT_EMPTY"]');
    assert.ok(item);
    assert.match(item.textContent ?? '', /The file is empty[\s\S]*empty\.txt is empty[\s\S]*choose a file with text[\s\S]*IMPORT_EMPTY/);
    assert.equal(item.querySelector('button')?.getAttribute('aria-label'), 'Dismiss: The file is empty', 'named in words, not by its code');
    assert.equal(item.closest('[role="alert"]')?.getAttribute('aria-live'), 'assertive');
    el.remove();
  });

  it('clears errors when the page changes, so they do not follow the person to another page; notices stay', async () => {
    const el = await notifier();
    const before = window.location.hash;
    el.showError(pxError('WORKFLOW_UNCHANGED', 'The text is the same as the revision it was edited from.', 'Change the text, or discard the edit.'));
    el.showNotice({ message: 'Saved' });
    await el.updateComplete;
    assert.equal(el.shownErrors.length, 1);
    const changed = new Promise((r) => window.addEventListener('hashchange', r, { once: true }));
    window.location.hash = '#/settings';
    await changed;
    await el.updateComplete;
    assert.equal(el.shownErrors.length, 0);
    assert.match(el.shadowRoot?.querySelector('[role="status"]')?.textContent ?? '', /Saved/);
    window.location.hash = before;
    el.remove();
  });

  it('turns anything thrown into UI_UNEXPECTED with its message', async () => {
    const el = await notifier();
    const original = console.error;
    console.error = () => {};
    el.showError(new TypeError('boom'));
    console.error = original;
    await el.updateComplete;
    assert.equal(el.shownErrors[0]?.code, 'UI_UNEXPECTED');
    assert.match(el.shownErrors[0]?.message ?? '', /boom/);
    assert.equal(toPxError('plain string').code, 'UI_UNEXPECTED');
    assert.equal(isPxError({ code: 'IMPORT_EMPTY', message: 'm', hint: 'h' }), true);
    assert.equal(isPxError({ code: 'IMPORT_EMPTY', message: 'm' }), false);
    assert.equal(isPxError({ code: 'NOT_A_CODE', message: 'm', hint: 'h' }), false, 'only the codes of PxErrorCode');
    el.remove();
  });

  it('counts an error repeated at once instead of listing it twice, and dismisses it', async () => {
    const el = await notifier();
    const e = pxError('STORE_QUOTA', 'The browser is out of space.', 'Free some space.');
    el.showError(e);
    el.showError(e);
    await el.updateComplete;
    assert.equal(el.shownErrors.length, 1);
    assert.match(el.shadowRoot?.textContent ?? '', /2 times/);
    (el.shadowRoot?.querySelector('[data-code="STORE_QUOTA"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    assert.equal(el.shownErrors.length, 0);
    el.remove();
  });

  it('keeps at most five errors, the newest', async () => {
    const el = await notifier();
    for (let i = 0; i < 7; i++) el.showError(pxError('UI_UNEXPECTED', `error ${i}`, `hint ${i}`));
    await el.updateComplete;
    assert.deepEqual(el.shownErrors.map((e) => e.message), ['error 2', 'error 3', 'error 4', 'error 5', 'error 6']);
    el.remove();
  });

  it('shows a notice politely, runs its action once clicked, and lets it expire', async () => {
    const el = await notifier();
    let undone = 0;
    el.showNotice({ message: 'Removed “X”.', action: { label: 'Undo', run: () => undone++ } });
    el.showNotice({ message: 'Saved.', durationMs: 30 });
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('[role="status"]');
    assert.equal(status?.getAttribute('aria-live'), 'polite');
    assert.match(status?.textContent ?? '', /Removed “X”\.[\s\S]*Saved\./);
    const undo = [...(status?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Undo');
    undo?.click();
    assert.equal(undone, 1);
    await new Promise((r) => setTimeout(r, 60));
    await el.updateComplete;
    assert.doesNotMatch(status?.textContent ?? '', /Removed|Saved/);
    el.remove();
  });
});
