// A paragraph row of the sample work opened into its sentence pairs, on a real
// workspace (IndexedDB in Chromium): pairs are read by their accessible names,
// corrected by the buttons a person presses (merge, split, move, undo), and
// every correction is in the database at once; reopened, the saved pairs come
// back; after the paragraph changes, they are not used for the new text.
import { describe, it, afterEach, beforeEach } from 'node:test';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import assert from 'node:assert/strict';
import { alignUnits } from '../../src/core/alignment/align-units.ts';
import { sentencePairsKey, sentencesOf, type RowTexts } from '../../src/core/alignment/sentence-pairs.ts';
import type { Workspace } from '../../src/storage/index.ts';
import { sentencePairsSession } from '../../src/ui/controllers/sentence-pairs-session.ts';
import type { PxSentencePairs } from '../../src/ui/px-sentence-pairs.ts';
import '../../src/ui/px-sentence-pairs.ts';
import { freshWorkspace, sampleWork, unwrap } from '../storage/fresh-workspace.ts';
import { until, untilAsync } from './compare-fixtures.ts';
import { mountWorkView } from './work-view-harness.ts';
import type { PxCompareView } from '../../src/ui/px-compare-view.ts';
import type { PxExportMenu } from '../../src/ui/px-export-menu.ts';

const WORK = 'wilson-121617';
const ORIGINAL = 'zh';
const TRANSLATION = 'en-parallax';

/** The sample imported, its en-parallax paragraphs aligned and saved, and the row with the most sentences on both sides. */
async function prepared(ws: Workspace): Promise<RowTexts> {
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  const zh = work.witnesses.find((w) => w.id === ORIGINAL)!.paragraphs;
  const en = work.witnesses.find((w) => w.id === TRANSLATION)!.paragraphs;
  const alignment = alignUnits(zh.map((p) => p.text), en.map((p) => p.text), { sourceLang: 'zh-Hans', targetLang: 'en' });
  unwrap(await ws.alignments.saveAlignment(WORK, TRANSLATION, alignment, []));
  const rows = alignment.rows.map((r): RowTexts => ({
    sourceParagraphIds: r.source.map((k) => zh[k]!.id), targetParagraphIds: r.target.map((k) => en[k]!.id),
    sourceTexts: r.source.map((k) => zh[k]!.text), targetTexts: r.target.map((k) => en[k]!.text),
  }));
  const size = (r: RowTexts) => Math.min(sentencesOf(r.sourceTexts, 'zh-Hans').length, sentencesOf(r.targetTexts, 'en').length);
  return rows.reduce((best, r) => (size(r) > size(best) ? r : best));
}

async function openDialog(ws: Workspace, row: RowTexts): Promise<PxSentencePairs> {
  const el = document.createElement('px-sentence-pairs');
  document.body.append(el);
  el.session = sentencePairsSession(ws, {
    workId: WORK, witnessId: TRANSLATION, rowNumber: 7, sourceLabel: 'Chinese rendering', targetLabel: 'Parallax translation',
    sourceLang: 'zh-Hans', targetLang: 'en', row,
  });
  await el.updateComplete;
  el.show();
  await until(() => el.shadowRoot?.querySelector('ol[aria-label="Sentence pairs"]'), 'the sentence pairs');
  return el;
}

const pairs = (el: PxSentencePairs) => [...(el.shadowRoot?.querySelectorAll('li') ?? [])];
const button = (el: PxSentencePairs, name: string) => {
  const b = [...(el.shadowRoot?.querySelectorAll('button') ?? [])].find((x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name);
  if (!b) throw new Error(`no button named “${name}”`);
  return b as HTMLButtonElement;
};
const status = (el: PxSentencePairs) => el.shadowRoot?.querySelector('.status')?.textContent?.trim() ?? '';
async function press(el: PxSentencePairs, name: string, expect: RegExp): Promise<void> {
  button(el, name).click();
  await until(() => (expect.test(status(el)) ? true : null), `status matching ${expect}`);
}
async function savedRows(ws: Workspace, row: RowTexts) {
  const record = await ws.alignments.loadAlignment(WORK, TRANSLATION);
  return record?.sentencePairs?.[sentencePairsKey(row.sourceParagraphIds, row.targetParagraphIds)]?.rows ?? null;
}

describe('px-sentence-pairs', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let ws: Workspace | undefined;
  afterEach(() => {
    document.querySelectorAll('px-sentence-pairs, px-test-host').forEach((e) => e.remove());
    ws?.close();
    ws = undefined;
  });

  it('shows a row as aligned sentence pairs, each side in its language, every sentence once', async () => {
    ws = await freshWorkspace();
    const row = await prepared(ws);
    const el = await openDialog(ws, row);
    assert.match(status(el), /aligned automatically/);
    const items = pairs(el);
    assert.ok(items.length >= 2, `a row of several sentences gives several pairs (got ${items.length})`);
    assert.equal(items[0]?.getAttribute('aria-label'), 'Pair 1');
    const zh = [...(el.shadowRoot?.querySelectorAll('.side.source[lang="zh-Hans"] p') ?? [])].map((p) => p.textContent);
    const en = [...(el.shadowRoot?.querySelectorAll('.side.target[lang="en"] p:not(.empty)') ?? [])].map((p) => p.textContent);
    assert.deepEqual(zh, sentencesOf(row.sourceTexts, 'zh-Hans'));
    assert.deepEqual(en, sentencesOf(row.targetTexts, 'en'));
    assert.equal(await savedRows(ws, row), null, 'nothing is saved before a correction');
  });

  it('saves each correction at once, undoes it, and brings the saved pairs back when reopened', async () => {
    ws = await freshWorkspace();
    const row = await prepared(ws);
    const el = await openDialog(ws, row);
    const before = pairs(el).length;

    await press(el, 'Merge pair 1 with pair 2', /merged\. Saved\./);
    assert.equal(pairs(el).length, before - 1);
    const merged = await savedRows(ws, row);
    assert.equal(merged?.length, before - 1);
    assert.equal(merged?.[0]?.status, 'confirmed', 'a pair a person shaped is confirmed');

    await press(el, 'Split pair 1', /split\. Saved\./);
    const split = await savedRows(ws, row);
    assert.equal(split?.length, before);

    await press(el, 'Move the last translation sentence of pair 1 to pair 2', /moved down\. Saved\./);
    const moved = await savedRows(ws, row);
    assert.equal(moved?.[0]?.target.length, (split?.[0]?.target.length ?? 0) - 1);

    await press(el, 'Undo', /Undone\. Saved\./);
    assert.deepEqual(await savedRows(ws, row), split);
    await press(el, 'Undo', /Undone\. Saved\./);
    assert.deepEqual(await savedRows(ws, row), merged);

    el.remove();
    const again = await openDialog(ws, row);
    assert.match(status(again), /saved sentence pairs/);
    assert.equal(pairs(again).length, before - 1);
  });

  it('does not use saved pairs for a paragraph whose text has changed since', async () => {
    ws = await freshWorkspace();
    const row = await prepared(ws);
    const el = await openDialog(ws, row);
    await press(el, 'Merge pair 1 with pair 2', /Saved\./);
    el.remove();
    const changed: RowTexts = { ...row, targetTexts: row.targetTexts.map((t, k) => (k === 0 ? `An added first sentence. ${t}` : t)) };
    const again = await openDialog(ws, changed);
    assert.match(status(again), /aligned automatically/);
    const en = [...(again.shadowRoot?.querySelectorAll('.side.target p:not(.empty)') ?? [])].map((p) => p.textContent);
    assert.equal(en[0], 'An added first sentence.');
  });

  it('opens from a row of the work view, the original beside the focused translation, and saves with the work', async () => {
    ws = await freshWorkspace();
    const work = await sampleWork();
    unwrap(await ws.works.importWork(work));
    const { view } = await mountWorkView(ws, WORK);
    const compare = await until(() => view.shadowRoot?.querySelector('px-compare-view') as PxCompareView | null, 'the compare view');
    // The translations are aligned in the background on first opening; the row button works once they are.
    await untilAsync(async () => (await ws!.alignments.listAlignments(WORK)).length === 2, 'both translations aligned and saved', 60_000);
    // The first rows of the sample are headings and one-sentence paragraphs: open rows in turn until one has several pairs.
    const dialog = await until(() => view.shadowRoot?.querySelector('px-sentence-pairs'), 'the dialog');
    let row = 0;
    for (let r = 1; r <= 8 && row === 0; r++) {
      const open = await until(() => compare.shadowRoot?.querySelector(`button[aria-label="Sentence pairs of row ${r}"]`) as HTMLButtonElement | null, `the row ${r} button`);
      open.click();
      await until(() => (dialog.open && dialog.session?.rowNumber === r && dialog.shadowRoot?.querySelector('ol[aria-label="Sentence pairs"]') ? true : null), `row ${r}'s pairs shown`);
      if (pairs(dialog).length > 1) row = r;
      else dialog.close();
    }
    assert.ok(row > 0, 'one of the first rows of the sample has several sentence pairs');
    assert.equal(dialog.shadowRoot?.querySelector('h2')?.textContent?.trim(), `Sentence pairs of row ${row}`);
    assert.ok(dialog.shadowRoot?.querySelector('.side.source[lang="zh-Hans"]'), 'the original is shown in its language');
    assert.equal(dialog.shadowRoot?.querySelector('.side.target')?.getAttribute('lang'), 'en');
    await press(dialog, 'Merge pair 1 with pair 2', /Saved\./);
    const records = await ws.alignments.listAlignments(WORK);
    const withPairs = records.filter((r) => r.sentencePairs && Object.keys(r.sentencePairs).length === 1);
    assert.equal(withPairs.length, 1, 'saved on one translation’s alignment');
    dialog.close();

    // The Export menu's TMX for that translation writes the row sentence by sentence.
    const menu = view.shadowRoot?.querySelector('px-export-menu') as PxExportMenu;
    const saved: Blob[] = [];
    menu.save = (blob) => void saved.push(blob);
    menu.show();
    await menu.updateComplete;
    menu.shadowRoot?.querySelector<HTMLInputElement>('input[name="format"][value="tmx"]')?.click();
    const select = menu.shadowRoot?.querySelector<HTMLSelectElement>('select[name="translation"]');
    select!.value = withPairs[0]!.witnessId;
    select!.dispatchEvent(new Event('change'));
    await menu.updateComplete;
    menu.shadowRoot?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await until(() => (saved.length === 1 ? true : null), 'the TMX file', 20_000);
    const tmx = await saved[0]!.text();
    const sentenceUnits = [...tmx.matchAll(/<tu tuid="[^"]+" segtype="sentence"/g)].length;
    const pairsSaved = Object.values(withPairs[0]!.sentencePairs!)[0]!.rows.filter((r) => r.source.length > 0 && r.target.length > 0).length;
    assert.equal(sentenceUnits, pairsSaved, 'one unit per saved sentence pair with both sides');
  });
});
