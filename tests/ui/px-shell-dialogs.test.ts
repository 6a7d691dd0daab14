import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Witness } from '../../src/core/model/work.ts';
import { languageName, PREPARED_NOTICE } from '../../src/ui/px-witness-list.ts';
import '../../src/ui/px-editor-name-dialog.ts';
import '../../src/ui/px-shortcuts-dialog.ts';
import '../../src/ui/px-witness-list.ts';
import { sampleWork } from '../storage/fresh-workspace.ts';

describe('px-shortcuts-dialog', () => {
  it('lists each group with its keys as a modal dialog, and closes', async () => {
    const el = document.createElement('px-shortcuts-dialog');
    el.groups = [
      { group: 'Everywhere', shortcuts: [{ keys: '?', description: 'Show shortcuts' }] },
      { group: 'Compare', shortcuts: [{ keys: 'j', description: 'Next row' }, { keys: 'k', description: 'Previous row' }] },
    ];
    document.body.append(el);
    await el.updateComplete;
    el.show();
    assert.equal(el.open, true);
    const dialog = el.shadowRoot?.querySelector('dialog');
    assert.equal(dialog?.matches(':modal'), true);
    assert.deepEqual([...(dialog?.querySelectorAll('h3') ?? [])].map((h) => h.textContent), ['Everywhere', 'Compare']);
    assert.deepEqual([...(dialog?.querySelectorAll('kbd') ?? [])].map((k) => k.textContent), ['?', 'j', 'k']);
    assert.equal(dialog?.getAttribute('aria-labelledby'), 'shortcuts-heading');
    (dialog?.querySelector('button') as HTMLButtonElement).click();
    assert.equal(el.open, false);
    el.remove();
  });
});

describe('px-editor-name-dialog', () => {
  it('refuses a blank name, then resolves with the trimmed one', async () => {
    const el = document.createElement('px-editor-name-dialog');
    document.body.append(el);
    const asked = el.ask(null);
    await el.updateComplete;
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    const input = dialog.querySelector('input') as HTMLInputElement;
    const form = dialog.querySelector('form') as HTMLFormElement;
    await new Promise((r) => setTimeout(r, 0));
    assert.equal(dialog.open, true);
    assert.equal(el.shadowRoot?.activeElement, input, 'focus starts in the name field');
    input.value = '   ';
    form.requestSubmit();
    await el.updateComplete;
    assert.equal(dialog.open, true);
    assert.match(dialog.querySelector('.problem')?.textContent ?? '', /Enter a name/);
    input.value = '  Mei Lin ';
    form.requestSubmit();
    assert.equal(await asked, 'Mei Lin');
    assert.equal(dialog.open, false);
    el.remove();
  });

  it('resolves with null when cancelled, and shows the current name to change it', async () => {
    const el = document.createElement('px-editor-name-dialog');
    document.body.append(el);
    const asked = el.ask('Old Name');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const dialog = el.shadowRoot?.querySelector('dialog') as HTMLDialogElement;
    assert.equal((dialog.querySelector('input') as HTMLInputElement).value, 'Old Name');
    [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Cancel')?.click();
    assert.equal(await asked, null);
    el.remove();
  });
});

describe('px-witness-list', () => {
  it('lists the sample witnesses with language names and the notice on project texts only', async () => {
    const work = await sampleWork();
    const el = document.createElement('px-witness-list');
    el.witnesses = work.witnesses;
    document.body.append(el);
    await el.updateComplete;
    const items = [...(el.shadowRoot?.querySelectorAll('li') ?? [])];
    assert.equal(items.length, 3);
    for (const item of items) {
      const w = work.witnesses.find((x) => x.id === item.dataset['witnessId']) as Witness;
      assert.match(item.textContent ?? '', new RegExp(languageName(w.lang).replace(/[()]/g, '\\$&')));
      assert.equal(item.querySelector('.prepared-notice')?.textContent ?? null, w.preparedForProject ? PREPARED_NOTICE : null);
    }
    // Labels carry the language of their own script.
    el.witnesses = [{ ...work.witnesses[0]!, label: '中文译本（项目用）' }];
    await el.updateComplete;
    assert.equal(el.shadowRoot?.querySelector('.label')?.getAttribute('lang'), 'zh-Hans');
    assert.equal(languageName('zh-Hans'), 'Chinese (simplified)');
    assert.equal(languageName('ru-RU'), 'Russian');
    assert.equal(languageName('tlh'), 'tlh');
    el.remove();
  });
});
