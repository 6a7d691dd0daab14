import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodingChoices } from '../../src/core/import/index.ts';
import { deleteParallaxDb } from '../../src/storage/index.ts';
import type { PxEncodingPicker } from '../../src/ui/px-encoding-picker.ts';
import '../../src/ui/px-encoding-picker.ts';
import type { PxLibrary } from '../../src/ui/px-library.ts';
import '../../src/ui/px-library.ts';
import { readRepoBytes } from '../support/files.ts';
import { freshWorkspace } from '../storage/fresh-workspace.ts';
import { provideServices, until } from './shell-fixtures.ts';

/** A French sentence in ISO-8859-1, and one too short for the statistics to tell Windows-1252 from ISO-8859-2. */
const LATIN1 = Uint8Array.from('Note de la rédaction : le président a reçu la délégation à Genève, déjà très âgé.', (c) => c.charCodeAt(0));
const SHORT_LATIN1 = Uint8Array.from('Café crème, naïve façade déjà vu.', (c) => c.charCodeAt(0));

function radios(picker: PxEncodingPicker): HTMLInputElement[] {
  return [...(picker.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type=radio]') ?? [])];
}
/** The accessible name of a radio: the text of its label (name and likelihood, then the preview). */
const nameOf = (radio: HTMLInputElement): string => radio.closest('label')?.querySelector('.name')?.textContent?.trim() ?? '';

describe('px-encoding-picker', () => {
  it('shows each reading with its likelihood and a preview in its own language, and returns the one chosen', async () => {
    const picker = document.body.appendChild(document.createElement('px-encoding-picker'));
    const choices = encodingChoices(LATIN1);
    assert.ok(choices.length >= 2, JSON.stringify(choices));
    const answer = picker.ask('note.txt', choices);
    const dialog = await until(() => picker.shadowRoot?.querySelector('dialog[open]'), 'the open dialog');
    assert.match(dialog.querySelector('h2')?.textContent ?? '', /Which encoding is “note\.txt” in\?/);
    const [first, second] = radios(picker);
    assert.ok(first?.checked, 'the likeliest reading is preselected');
    assert.match(nameOf(first!), /^Western European \(Windows-1252, ISO-8859-1\) — \d+% likely$/);
    assert.equal(picker.shadowRoot?.activeElement, first, 'focus on the chosen reading');
    const previews = [...dialog.querySelectorAll('.preview')].map((p) => p.textContent ?? '');
    assert.match(previews[0] ?? '', /président a reçu la délégation à Genève/);
    assert.doesNotMatch(previews[1] ?? '', /président a reçu la délégation à Genève/, 'another reading shows the mojibake');
    assert.equal(dialog.querySelector('.preview')?.getAttribute('lang'), 'en');
    second!.click();
    (dialog.querySelector('button[type=submit]') as HTMLButtonElement).click();
    assert.equal(await answer, choices[1]?.encoding);
    assert.equal(picker.shadowRoot?.querySelector('dialog[open]'), null);
    picker.remove();
  });

  it('answers null when the person does not import', async () => {
    const picker = document.body.appendChild(document.createElement('px-encoding-picker'));
    const answer = picker.ask('note.txt', encodingChoices(LATIN1));
    const dialog = await until(() => picker.shadowRoot?.querySelector('dialog[open]'), 'the open dialog');
    const cancel = [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Don’t import');
    cancel?.click();
    assert.equal(await answer, null);
    picker.remove();
  });

  it('is asked by the library for a file it cannot place, which is then imported as chosen', async () => {
    const storage = await freshWorkspace();
    const el = document.createElement('px-library') as PxLibrary;
    const { host, services } = provideServices(el, storage);
    await until(() => el.shadowRoot?.textContent?.includes('No works yet'), 'the empty library');
    const drop = (file: File) => el.shadowRoot?.querySelector('px-import-drop')?.dispatchEvent(new CustomEvent('px-files-chosen', { detail: { files: [file] }, bubbles: true, composed: true }));
    drop(new File([SHORT_LATIN1], 'note.txt', { type: 'text/plain' }));
    const picker = await until(() => el.shadowRoot?.querySelector('px-encoding-picker'), 'the picker');
    const dialog = await until(() => picker.shadowRoot?.querySelector('dialog[open]'), 'the picker open');
    (dialog.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await until(() => el.shadowRoot?.querySelector('li.work[data-work-id="note"]'), 'the imported note');
    const work = await storage.works.loadWork('note');
    assert.ok(work.ok);
    assert.equal(work.value.witnesses[0]?.paragraphs[0]?.text, 'Café crème, naïve façade déjà vu.');
    // A Big5 file is sure: imported as traditional Chinese without a question.
    drop(new File([new Uint8Array(await readRepoBytes('tests/fixtures/zh-Hant.big5.txt'))], 'zh-Hant.txt', { type: 'text/plain' }));
    await until(() => el.shadowRoot?.querySelector('li.work[data-work-id="zh-Hant"]'), 'the Big5 work');
    const big5 = await storage.works.loadWork('zh-Hant');
    assert.ok(big5.ok);
    assert.equal(big5.value.witnesses[0]?.lang, 'zh-Hant');
    assert.equal(picker.shadowRoot?.querySelector('dialog[open]'), null);
    assert.deepEqual(services.errors, []);
    host.remove();
    storage.close();
    await deleteParallaxDb(storage.name);
  });
});
