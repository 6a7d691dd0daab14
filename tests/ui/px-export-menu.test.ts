// The Export menu on the real sample work (loadWorkFolder + alignWork): the
// dialog, a TEI download through an injected save function, progress while it
// builds, errors said in the dialog, and a dialog that never stays locked.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { WorkAlignment } from '../../src/core/alignment/types.ts';
import type { Work } from '../../src/core/model/work.ts';
import '../../src/ui/px-export-menu.ts';
import type { PxExportMenu } from '../../src/ui/px-export-menu.ts';
import { loadSampleAlignment, loadSampleWork } from '../core/edition/sample-work.ts';

let sample: { work: Work; alignment: WorkAlignment } | null = null;
async function loadSample() {
  if (!sample) {
    const work = await loadSampleWork();
    sample = { work, alignment: await loadSampleAlignment(work) };
  }
  return sample;
}

async function mount(work: Work | null, alignment: WorkAlignment | null) {
  const menu = document.createElement('px-export-menu');
  document.body.append(menu);
  menu.work = work;
  menu.alignment = alignment;
  await menu.updateComplete;
  const $ = <T extends Element>(sel: string) => menu.shadowRoot?.querySelector<T>(sel) ?? null;
  return { host: menu, menu, $ };
}

function choose(menu: PxExportMenu, name: string, value: string): void {
  const input = menu.shadowRoot?.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`);
  assert.ok(input, `${name}=${value}`);
  input.click();
}

/** Resolves when the menu is idle again (the export finished or failed). */
async function settled(menu: PxExportMenu): Promise<void> {
  for (let i = 0; i < 600 && menu.busy !== null; i++) await new Promise((r) => setTimeout(r, 50));
  await menu.updateComplete;
}

describe('px-export-menu', () => {
  it('opens a labelled modal dialog from the Export button, with every format and the translations', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    const button = $<HTMLButtonElement>('button.open');
    assert.equal(button?.textContent?.trim(), 'Export');
    assert.equal(button?.getAttribute('aria-haspopup'), 'dialog');
    button?.click();
    await menu.updateComplete;
    const dialog = $<HTMLDialogElement>('dialog.options');
    assert.ok(dialog?.open, 'dialog open');
    const labelledBy = dialog.getAttribute('aria-labelledby') ?? '';
    assert.equal($(`#${labelledBy}`)?.textContent, 'Export');
    const formats = [...(menu.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="format"]') ?? [])].map((i) => i.value);
    assert.deepEqual(formats, ['pdf', 'html', 'tei', 'tmx', 'xliff', 'docx', 'epub', 'md', 'json']);
    const options = [...(menu.shadowRoot?.querySelectorAll('select[name="translation"] option') ?? [])].map((o) => (o as HTMLOptionElement).value);
    assert.deepEqual(options, work.witnesses.filter((w) => w.role === 'translation').map((w) => w.id));
    assert.equal($('button[type="submit"]')?.textContent?.trim(), 'Open print preview');
    choose(menu, 'format', 'tei');
    await menu.updateComplete;
    assert.equal($('button[type="submit"]')?.textContent?.trim(), 'Download');
    assert.ok($<HTMLFieldSetElement>('fieldset:nth-of-type(3)')?.disabled, 'paper does not apply to TEI');
    host.remove();
  });

  it('TEI downloads a Blob with the paragraph ids and both the Chinese and the English text, showing progress meanwhile', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    const saved: Array<{ blob: Blob; name: string; status: string }> = [];
    menu.save = (blob, name) => void saved.push({ blob, name, status: $('dialog.options [role="status"]')?.textContent ?? '' });
    menu.show();
    choose(menu, 'format', 'tei');
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    assert.equal(saved.length, 1);
    const [{ blob, name, status }] = saved as [(typeof saved)[number]];
    assert.equal(name, `${work.id}.tei.xml`);
    assert.equal(blob.type, 'application/tei+xml');
    assert.match(status, /Building the TEI XML file/);
    const text = await blob.text();
    for (const id of [work.witnesses[0]?.paragraphs[0]?.id, work.witnesses[1]?.paragraphs.at(-1)?.id]) assert.ok(id && text.includes(`"${id}"`), `paragraph id ${id}`);
    assert.ok(text.includes('巴克图'));
    assert.ok(text.includes('Ba-ke-tu'));
    assert.equal($<HTMLDialogElement>('dialog.options')?.open, false, 'closed after the download');
    assert.equal(menu.outcome, null);
    host.remove();
  });

  it('the chosen translation is the one exported', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    const saved: Blob[] = [];
    menu.save = (blob) => void saved.push(blob);
    menu.show();
    choose(menu, 'format', 'md');
    const select = $<HTMLSelectElement>('select[name="translation"]');
    assert.ok(select);
    select.value = 'en-parallax';
    select.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    const md = await saved[0]?.text();
    const parallaxFirst = work.witnesses.find((w) => w.id === 'en-parallax')?.paragraphs.at(-1)?.text.slice(0, 40) ?? '(none)';
    assert.ok(md?.includes(parallaxFirst), 'the Parallax translation’s text');
    host.remove();
  });

  it('exports the current approved texts given in .current, not the imported ones', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    const para = work.witnesses.find((w) => w.id === 'en-7b')?.paragraphs[3];
    assert.ok(para);
    const approved = `${para.text} Approved revision marker.`;
    menu.current = new Map([[para.id, approved]]);
    const saved: Blob[] = [];
    menu.save = (blob) => void saved.push(blob);
    menu.show();
    choose(menu, 'format', 'json');
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    const json = await saved[0]?.text();
    assert.ok(json?.includes('Approved revision marker.'));
    host.remove();
  });

  it('PDF opens a laid-out print preview whose Save as PDF prints it', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    menu.loadFontCss = async () => '';
    menu.show();
    choose(menu, 'format', 'pdf');
    choose(menu, 'layout', 'translation');
    choose(menu, 'paper', 'letter');
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    const preview = $<HTMLDialogElement>('dialog.preview');
    assert.ok(preview?.open, `preview open; outcome: ${JSON.stringify(menu.outcome)}`);
    assert.equal($(`#${preview.getAttribute('aria-labelledby')}`)?.textContent, 'Print preview');
    const frame = preview.querySelector('iframe');
    const doc = frame?.contentDocument;
    assert.ok(doc && frame.contentWindow);
    const pages = doc.querySelectorAll('.pagedjs_page').length;
    assert.ok(pages > 1, `${pages} pages`);
    assert.match(doc.body.textContent ?? '', /Ba-ke-tu/);
    assert.ok(!(doc.body.textContent ?? '').includes('巴克图和霍尔果斯'), 'translation only');
    assert.match(doc.querySelector('style:not([data-pagedjs-ignore])')?.textContent ?? doc.head.innerHTML, /size: letter/);
    let printed = 0;
    frame.contentWindow.print = () => void printed++;
    const save = [...preview.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save as PDF');
    assert.ok(save && !save.disabled);
    save.click();
    assert.equal(printed, 1);
    [...preview.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Close')?.click();
    await menu.updateComplete;
    assert.equal(preview.open, false);
    assert.equal(preview.querySelectorAll('iframe').length, 0, 'frame removed');
    assert.equal(menu.outcome, null);
    host.remove();
  });

  it('an export error is said in the dialog, in words with its code, and frees it', async () => {
    const { work, alignment } = await loadSample();
    const originalOnly: Work = { ...work, witnesses: work.witnesses.filter((w) => w.role === 'original') };
    const { host, menu, $ } = await mount(originalOnly, alignment);
    menu.save = () => assert.fail('nothing to save');
    menu.show();
    choose(menu, 'format', 'tei');
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    const alert = $('dialog.options [role="alert"]');
    assert.ok($<HTMLDialogElement>('dialog.options')?.open, 'the dialog stays open to say why');
    assert.match(alert?.textContent ?? '', /The export did not finish/);
    assert.match(alert?.textContent ?? '', /EXPORT_NO_TRANSLATION/);
    assert.equal($<HTMLButtonElement>('button[type="submit"]')?.disabled, false, 'not locked');
    host.remove();
  });

  it('a failing save is EXPORT_FAILED; no alignment is EXPORT_NOT_READY', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    menu.save = () => { throw new Error('disk full'); };
    menu.show();
    choose(menu, 'format', 'json');
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    assert.equal(menu.outcome?.kind === 'failed' ? menu.outcome.error.code : menu.outcome?.kind, 'EXPORT_FAILED');
    assert.match($('dialog.options [role="alert"]')?.textContent ?? '', /disk full/);
    menu.alignment = null;
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    assert.equal(menu.outcome?.kind === 'failed' ? menu.outcome.error.code : menu.outcome?.kind, 'EXPORT_NOT_READY');
    host.remove();
  });

  it('an export that never finishes can be cancelled; the dialog says so and the next export works', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    const saved: string[] = [];
    let hang = true;
    menu.save = (_blob, name) => (hang ? new Promise<void>(() => {}) : void saved.push(name));
    menu.show();
    choose(menu, 'format', 'md');
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    for (let i = 0; i < 200 && !$('dialog.options .progress button'); i++) await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(menu.busy, 'still building (the save hangs)');
    assert.equal($<HTMLButtonElement>('button[type="submit"]')?.disabled, true);
    const cancel = $<HTMLButtonElement>('dialog.options .progress button');
    assert.equal(cancel?.textContent?.trim(), 'Cancel export');
    cancel?.click();
    await settled(menu);
    assert.equal(menu.busy, null);
    assert.match($('dialog.options [role="status"]')?.textContent ?? '', /cancelled/);
    hang = false;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    await settled(menu);
    assert.deepEqual(saved, [`${work.id}.md`]);
    assert.equal(menu.outcome, null);
    host.remove();
  });

  it('Escape while building cancels, so the dialog opens unlocked next time', async () => {
    const { work, alignment } = await loadSample();
    const { host, menu, $ } = await mount(work, alignment);
    menu.save = () => new Promise<void>(() => {});
    menu.show();
    choose(menu, 'format', 'tei');
    await menu.updateComplete;
    $<HTMLButtonElement>('button[type="submit"]')?.click();
    for (let i = 0; i < 200 && !menu.busy; i++) await new Promise((r) => setTimeout(r, 25));
    $<HTMLDialogElement>('dialog.options')?.dispatchEvent(new Event('cancel'));
    $<HTMLDialogElement>('dialog.options')?.close();
    await settled(menu);
    assert.equal(menu.busy, null);
    menu.show();
    await menu.updateComplete;
    assert.equal($<HTMLButtonElement>('button[type="submit"]')?.disabled, false);
    host.remove();
  });
});
