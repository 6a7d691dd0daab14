import { describe, it, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import '../../src/ui/px-compare-view.ts';
import type { PxCompareView } from '../../src/ui/px-compare-view.ts';
import type { NameEntryLike } from '../../src/ui/px-row-annotations.ts';
import { PREPARED_NOTICE, type PxWitnessHeader } from '../../src/ui/px-witness-header.ts';
import { generateWork } from '../support/generate-work.ts';
import { readRepoText } from '../support/files.ts';
import { parseNameList } from '../../src/core/names/index.ts';
import { compareModel } from '../../src/ui/px-compare-model.ts';
import { goldAlignment, loadSampleWork, oneToOneAlignment, until, frames } from './compare-fixtures.ts';

async function sharedNames(): Promise<readonly NameEntryLike[]> {
  const list = parseNameList(await readRepoText('translations/names.json'));
  if (!list.ok) throw new Error(list.error.message);
  return list.value.entries;
}

async function mount(width = 1200): Promise<PxCompareView> {
  const el = document.createElement('px-compare-view');
  el.style.cssText = `display:flex;width:${width}px;height:700px;`;
  const work = await loadSampleWork();
  el.model = compareModel(work, await goldAlignment(work), { baseId: 'en-7b', names: await sharedNames() });
  document.body.append(el);
  await el.updateComplete;
  await until(() => el.shadowRoot?.querySelector('[role="row"][data-row="0"]'), 'first row');
  return el;
}

const root = (el: PxCompareView): ShadowRoot => el.shadowRoot as ShadowRoot;

describe('px-compare-view with the sample work', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  afterEach(() => document.querySelectorAll('px-compare-view').forEach((e) => e.remove()));

  it('shows the three witnesses side by side, each header naming its witness and the project-text notice', async () => {
    const el = await mount();
    const headers = [...root(el).querySelectorAll<PxWitnessHeader>('[role="columnheader"] px-witness-header')];
    assert.deepEqual(headers.map((h) => h.witness?.id), ['zh', 'en-7b', 'en-parallax']);
    const texts = headers.map((h) => h.shadowRoot?.textContent ?? '');
    assert.match(texts[1] ?? '', /7Brands/);
    assert.ok(texts[0]?.includes(PREPARED_NOTICE), 'zh is a project text');
    assert.ok(texts[2]?.includes(PREPARED_NOTICE), 'en-parallax is a project text');
    assert.ok(!texts[1]?.includes(PREPARED_NOTICE), 'the archive translation is not labelled as a project text');
    const firstRow = root(el).querySelector('[data-row="0"]');
    assert.equal(firstRow?.querySelectorAll('[role="gridcell"]').length, 3);
  });

  it('marks [sic] and names with an explanation, and sets lang on every text block', async () => {
    const el = await mount();
    const row = el.alignment?.rows.findIndex((r) => el.textOf(el.alignment!.rows.indexOf(r), 'en-7b').includes('Ba-ke-tu [sic]')) ?? -1;
    assert.ok(row >= 0, 'the archive text has Ba-ke-tu [sic]');
    await el.focusRow(row);
    const cell = await until(() => root(el).querySelector(`[data-row="${row}"] [data-witness="en-7b"]`), 'row with [sic]');
    const sic = cell.querySelector('mark[data-kind="sic"]');
    assert.ok(sic, 'a [sic] mark');
    assert.match(sic.getAttribute('aria-description') ?? '', /\[sic\]: form kept as in the source/);
    // The name mark splits the [sic] span in two elements; together they cover the word and the mark.
    const sicText = [...cell.querySelectorAll('mark[data-kind="sic"]')].map((m) => m.textContent).join('');
    assert.match(sicText, /Ba-ke-tu \[sic\]/);
    const name = [...cell.querySelectorAll('mark[data-kind="name"]')].find((m) => m.textContent === 'Ba-ke-tu');
    assert.match(name?.getAttribute('aria-description') ?? '', /^Bakhty — also Ba-ke-tu, 巴克图/);
    const zhNames = [...root(el).querySelectorAll(`[data-row="${row}"] [data-witness="zh"] mark[data-kind="name"]`)];
    const zhName = zhNames.find((m) => m.textContent === '巴克图');
    assert.match(zhName?.getAttribute('aria-description') ?? '', /^Bakhty — also 巴克图/);
    // A click on the name explains it beside it; Escape closes the explanation.
    (name as HTMLElement).click();
    const popover = await until(() => root(el).querySelector('px-note-popover'), 'the explanation shown');
    await popover.updateComplete;
    assert.match(popover.shadowRoot?.textContent ?? '', /Name from the names list[\s\S]*Bakhty — also Ba-ke-tu/);
    (name as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await until(() => !root(el).querySelector('px-note-popover'), 'closed by Escape');
    // Focusing a mark of the focused cell (Tab reaches it) explains it too.
    await el.focusRow(row, 1);
    await el.updateComplete;
    const focusable = root(el).querySelector<HTMLElement>(`[data-row="${row}"] [data-witness="en-7b"] mark[data-kind="sic"][tabindex="0"]`);
    assert.ok(focusable, 'the marks of the focused cell are in the tab order');
    focusable.focus();
    const again = await until(() => root(el).querySelector('px-note-popover'), 'explained on focus');
    await again.updateComplete;
    assert.match(again.shadowRoot?.textContent ?? '', /Kept as in the source \[sic\]/);
    for (const block of root(el).querySelectorAll('[data-row] .text')) {
      const witness = block.closest('[data-witness]')?.getAttribute('data-witness');
      assert.equal(block.getAttribute('lang'), el.work?.witnesses.find((w) => w.id === witness)?.lang);
    }
  });

  it('shows differences against the base as <ins>/<del>, and the rest spells the witness text', async () => {
    const el = await mount();
    await el.diffs.settled;
    await el.updateComplete;
    const cell = await until(() => {
      const c = root(el).querySelector('[data-row="1"] [data-witness="en-parallax"]');
      return c?.querySelector('ins') ? c : null;
    }, 'diff in row 1');
    assert.ok(cell.querySelector('del'), 'deletions shown');
    const clone = cell.querySelector('.text')?.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('del').forEach((d) => d.remove());
    assert.equal(clone.textContent, el.textOf(1, 'en-parallax'));
    assert.equal(root(el).querySelector('[data-row="1"] [data-witness="en-7b"] ins'), null, 'the base has no diff');
    assert.equal(root(el).querySelector('[data-row="1"] [data-witness="zh"] ins'), null, 'the Chinese original is not diffed against English');

    el.model = { ...el.model!, baseId: 'en-parallax' };
    await el.updateComplete;
    await el.diffs.settled;
    await el.updateComplete;
    await until(() => root(el).querySelector('[data-row="1"] [data-witness="en-7b"] ins'), 'diff against the new base');
  });

  it('moves between rows with j/k, edits with Enter, cancels with Escape, approves with a', async () => {
    const el = await mount();
    const events: string[] = [];
    for (const type of ['row-focus', 'edit-request', 'edit-cancel', 'revision-action'] as const) {
      el.addEventListener(type, (e) => events.push(`${type}:${JSON.stringify((e as CustomEvent).detail)}`));
    }
    await el.focusRow(0, 2);
    await sendKeys({ press: 'j' });
    await until(() => el.focusedRow === 1, 'row 1 focused');
    assert.equal((root(el).activeElement as HTMLElement | null)?.closest('[data-row]')?.getAttribute('data-row'), '1');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.focusedRow === 2, 'row 2 focused');
    await sendKeys({ press: 'k' });
    await until(() => el.focusedRow === 1, 'back to row 1');
    await sendKeys({ press: 'Enter' });
    assert.ok(events.some((e) => e.startsWith('edit-request:{"row":1,"witnessId":"en-parallax"}')), events.join('\n'));

    el.editing = { row: 1, witnessId: 'en-parallax', starts: new Map() };
    await el.updateComplete;
    const editor = await until(() => root(el).querySelector('px-edit-paragraph'), 'editor');
    editor.focus();
    await editor.updateComplete;
    await sendKeys({ press: 'Escape' });
    assert.ok(events.some((e) => e.startsWith('edit-cancel:')), 'Escape cancels');

    el.editing = null;
    const pid = el.alignment?.rows[1]?.cells['en-parallax']?.[0] ?? '';
    el.model = { ...el.model!, pending: new Map([[pid, [{ revisionId: 'R1', paragraphId: pid, author: 'B. Reviewer', text: 'x' }]]]) };
    await el.focusRow(1, 2);
    await sendKeys({ press: 'a' });
    assert.ok(events.some((e) => e.includes('"action":"approve"') && e.includes('"revisionId":"R1"')), events.join('\n'));
  });

  it('uses grid semantics with row and column counts', async () => {
    const el = await mount();
    const grid = root(el).querySelector('[role="grid"]');
    assert.equal(grid?.getAttribute('aria-rowcount'), String((el.alignment?.rows.length ?? 0) + 1));
    assert.equal(root(el).querySelectorAll('[role="columnheader"]').length, 4);
    assert.equal(root(el).querySelector('[data-row="0"]')?.getAttribute('aria-rowindex'), '2');
  });

  it('below 640 px shows two chosen texts per row, side by side or stacked', async () => {
    const el = await mount(390);
    await until(() => el.narrow, 'narrow mode');
    await el.updateComplete;
    const picker = await until(() => root(el).querySelector('px-text-pair'), 'the texts picker');
    await picker.updateComplete;
    const row0 = () => [...(root(el).querySelector('[data-row="0"]')?.querySelectorAll('[role="gridcell"]') ?? [])].map((c) => c.getAttribute('data-witness'));
    await until(() => row0().length === 2, 'two texts in a row');
    // The original and the base by default.
    assert.deepEqual(row0(), ['zh', 'en-7b']);
    const second = picker.shadowRoot?.querySelector('select[aria-label="Second text"]') as HTMLSelectElement;
    second.value = 'en-parallax';
    second.dispatchEvent(new Event('change'));
    await until(() => row0().join() === 'zh,en-parallax', 'the chosen second text shown');
    const first = picker.shadowRoot?.querySelector('select[aria-label="First text"]') as HTMLSelectElement;
    first.value = 'en-7b';
    first.dispatchEvent(new Event('change'));
    await until(() => row0().join() === 'en-7b,en-parallax', 'two translations side by side, diffed against the base');
    await until(() => root(el).querySelector('[data-row] [data-witness="en-parallax"] ins, [data-row] [data-witness="en-parallax"] del'), 'the differences shown');
    const stacked = picker.shadowRoot?.querySelector('button[aria-pressed]') as HTMLButtonElement;
    stacked.click();
    await until(() => root(el).querySelector('[role="grid"].stacked'), 'stacked');
    const grid = root(el).querySelector('[role="grid"]') as HTMLElement;
    assert.equal(grid.getAttribute('style'), '--cols: 1');
    const labels = [...(root(el).querySelector('[data-row="0"]')?.querySelectorAll('.cell-label') ?? [])];
    assert.deepEqual(labels.map((l) => getComputedStyle(l).display), ['block', 'block'], 'each stacked text is named');
    const [a, b] = [...(root(el).querySelector('[data-row="0"]')?.querySelectorAll('[role="gridcell"]') ?? [])].map((c) => c.getBoundingClientRect());
    assert.ok(a && b && b.top >= a.bottom - 1, 'the second text is below the first');
  });
});

describe('px-compare-view with a 5,000-row work', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  it('renders only a window of rows and diffs only those', async () => {
    const work = generateWork({ paragraphs: 5000, wordsPerParagraph: 60 });
    const el = document.createElement('px-compare-view');
    el.style.cssText = 'display:flex;width:1200px;height:700px;';
    el.model = compareModel(work, oneToOneAlignment(work), { baseId: 'en' });
    document.body.append(el);
    await until(() => el.shadowRoot?.querySelector('[data-row="0"]'), 'first row');
    await frames(3);
    await el.diffs.settled;
    const rendered = el.shadowRoot?.querySelectorAll('[role="row"][data-row]').length ?? 0;
    assert.ok(rendered > 0 && rendered < 100, `rendered ${rendered} rows of 5,000`);
    // The virtualizer's first pass guesses row heights and may ask for a few more rows than it keeps.
    assert.ok(el.diffs.computed > 0 && el.diffs.computed < 100, `computed ${el.diffs.computed} diffs for 5,000 rows (${rendered} rendered)`);
    await el.focusRow(4000);
    await until(() => el.shadowRoot?.querySelector('[data-row="4000"]'), 'row 4000 after jump');
    assert.ok((el.shadowRoot?.querySelectorAll('[role="row"][data-row]').length ?? 0) < 100);
    assert.equal(el.shadowRoot?.querySelector('[data-row="0"]'), null, 'row 0 is no longer in the DOM');
    el.remove();
  });
});
