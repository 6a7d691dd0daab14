import { describe, it, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { freshWorkspace, sampleWork, unwrap } from '../storage/fresh-workspace.ts';
import { openWorkspace, WORKSPACE_NAMES, type Workspace } from '../../src/storage/index.ts';
import { parseNameList } from '../../src/core/names/index.ts';
import { readRepoText } from '../support/files.ts';
import type { PxWorkView } from '../../src/ui/px-work-view.ts';
import type { PxCompareView } from '../../src/ui/px-compare-view.ts';
import { WORK_SHORTCUTS, WORK_SHORTCUTS_GROUP } from '../../src/ui/work-shortcuts.ts';
import { answerSelfApproval, mountWorkView } from './work-view-harness.ts';
import { columnsSettingKey } from '../../src/ui/controllers/column-choice-controller.ts';
import { splitChoices } from '../../src/ui/px-align-toolbar.ts';
import { until, untilAsync } from './compare-fixtures.ts';

const compareOf = (view: PxWorkView): PxCompareView => view.shadowRoot?.querySelector('px-compare-view') as PxCompareView;
const grid = (view: PxWorkView): ShadowRoot => compareOf(view).shadowRoot as ShadowRoot;

async function ready(ws: Workspace): Promise<{ view: PxWorkView; recorded: Awaited<ReturnType<typeof mountWorkView>>['recorded'] }> {
  const work = await sampleWork();
  unwrap(await ws.works.importWork(work));
  // The shared authority list, as the app seeds it from translations/names.json.
  const names = parseNameList(await readRepoText('translations/names.json'));
  if (!names.ok) throw new Error(names.error.message);
  unwrap(await ws.names.saveNames(WORKSPACE_NAMES, names.value.entries));
  const { view, recorded } = await mountWorkView(ws, work.id);
  await until(() => compareOf(view)?.shadowRoot?.querySelector('[data-row="1"]'), 'grid rows');
  // Translations are aligned in a worker after the original is shown.
  await until(() => view.session.view !== null && view.session.view.aligning.size === 0, 'translations aligned', 20_000);
  await until(() => compareOf(view)?.shadowRoot?.querySelector('[data-witness="en-parallax"] .text'), 'translation text');
  return { view, recorded };
}

/** The row of the grid holding a paragraph of en-parallax with text. */
function textRow(view: PxWorkView): number {
  const rows = compareOf(view).alignment?.rows ?? [];
  return rows.findIndex((r) => (r.cells['en-parallax']?.length ?? 0) > 0 && (r.cells['en-7b']?.length ?? 0) > 0 && compareOf(view).textOf(rows.indexOf(r), 'en-parallax').length > 200);
}

describe('px-work-view on a real workspace', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let ws: Workspace | undefined;
  afterEach(() => {
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    ws?.close();
  });

  it('loads the sample work with three witnesses and registers its shortcuts', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    assert.equal(grid(view).querySelectorAll('[role="columnheader"] px-witness-header').length, 3);
    assert.deepEqual(recorded.shortcuts.get(WORK_SHORTCUTS_GROUP), WORK_SHORTCUTS);
    assert.match(view.shadowRoot?.querySelector('h1')?.textContent ?? '', /Soviet Document/);
    // The checks run in a worker after paint; their findings become row badges.
    await until(() => view.findings.length > 0, 'findings from the checks');
    const row = view.findings[0]!.row;
    await compareOf(view).focusRow(row);
    await until(() => grid(view).querySelector(`[data-row="${row}"] .badge`), 'finding badge on its row');
    // Names from the workspace list are marked in every script.
    await until(() => grid(view).querySelector('[data-witness="zh"] mark[data-kind="name"]'), 'a name marked in the Chinese text');
  });

  it('edits a paragraph with the keyboard, proposes it, approves it with a, and the text is current in storage', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const row = textRow(view);
    const compare = compareOf(view);
    await compare.focusRow(row, 2);
    await sendKeys({ press: 'Enter' });
    const editor = await until(() => grid(view).querySelector('px-edit-paragraph'), 'editor open');
    await until(() => editor.shadowRoot?.activeElement?.tagName === 'TEXTAREA', 'textarea focused');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Edited in a test.' });
    await sendKeys({ press: 'Control+Enter' });
    await until(() => recorded.notices.some((n) => /Proposed/.test(n.message)), 'proposed notice');
    await until(() => !grid(view).querySelector('px-edit-paragraph'), 'editor closed');
    const pid = compare.alignment?.rows[row]?.cells['en-parallax']?.[0] ?? '';
    await until(() => grid(view).querySelector(`[data-row="${row}"] .pending`), 'pending badge on the row');
    const queue = view.shadowRoot?.querySelector('px-review-queue');
    await until(() => queue?.shadowRoot?.querySelectorAll('li[data-revision]').length === 1, 'one item in the review queue');
    assert.ok(queue?.shadowRoot?.querySelector('ins'), 'the queue shows the change as an insertion');

    await compare.focusRow(row, 2);
    await sendKeys({ press: 'a' });
    // The proposal is the editor's own: approving it asks first, and is recorded as a self-approval.
    await answerSelfApproval(view);
    await until(() => recorded.notices.some((n) => /Approved/.test(n.message)), 'approved notice');
    const approval = unwrap(await ws.history.paragraphHistory('wilson-121617', pid)).at(-1)?.events.at(-1);
    assert.equal(approval?.to, 'approved');
    assert.equal(approval?.selfApproval, true);
    const current = await ws.currentTexts('wilson-121617');
    assert.match(current.get(pid)?.text ?? '', /Edited in a test\.$/, (current.get(pid)?.text ?? '').slice(-300));
    await until(() => compare.textOf(row, 'en-parallax').endsWith('Edited in a test.'), 'grid shows the approved text');
    assert.equal(recorded.errors.length, 0, String(recorded.errors[0]));
  });

  it('shows a stale-base conflict with both texts', async () => {
    ws = await freshWorkspace();
    const { view } = await ready(ws);
    const row = textRow(view);
    const compare = compareOf(view);
    const pid = compare.alignment?.rows[row]?.cells['en-parallax']?.[0] ?? '';
    await compare.focusRow(row, 2);
    await sendKeys({ press: 'Enter' });
    const editor = await until(() => grid(view).querySelector('px-edit-paragraph'), 'editor open');
    // Meanwhile, another tab approves a different text.
    const base = (await ws.currentTexts('wilson-121617')).get(pid);
    const theirs = unwrap(await ws.revisions.saveRevision({ workId: 'wilson-121617', paragraphId: pid, baseRevisionId: base?.revisionId ?? '', text: 'Their version.', propose: true }));
    unwrap(await ws.revisions.approve(theirs.revision.id));
    const area = editor.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
    area.value = 'My version.';
    area.dispatchEvent(new Event('input'));
    ([...(editor.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Propose') as HTMLButtonElement).click();
    const box = await until(() => grid(view).querySelector('px-edit-paragraph')?.shadowRoot?.querySelector('.conflict'), 'conflict shown');
    assert.match(box.textContent ?? '', /Their version\./);
    assert.match(box.textContent ?? '', /My version\./);
  });

  it('merges two rows, undoes and redoes, and saves the alignment', async () => {
    ws = await freshWorkspace();
    const { view } = await ready(ws);
    const before = compareOf(view).alignment?.rows.length ?? 0;
    await compareOf(view).focusRow(2, 1);
    const toolbar = view.shadowRoot?.querySelector('px-align-toolbar');
    const button = (label: string) => [...(toolbar?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
    button('Merge with next').click();
    await until(() => compareOf(view).alignment?.rows.length === before - 1, 'one row fewer');
    await untilAsync(async () => (await ws!.alignments.listAlignments('wilson-121617')).some((a) => a.editHistory.some((e) => e.action === 'merge')), 'merge saved');
    await view.updateComplete;
    button('Undo').click();
    await until(() => compareOf(view).alignment?.rows.length === before, 'undone');
    await view.updateComplete;
    button('Redo').click();
    await until(() => compareOf(view).alignment?.rows.length === before - 1, 'redone');
  });

  it('keeps the alignment undo history across a reload, and refuses a step the alignment no longer fits', async () => {
    ws = await freshWorkspace();
    const { view } = await ready(ws);
    const before = compareOf(view).alignment?.rows.length ?? 0;
    await compareOf(view).focusRow(2, 1);
    const button = (v: PxWorkView, label: string) => [...(v.shadowRoot?.querySelector('px-align-toolbar')?.shadowRoot?.querySelectorAll('button') ?? [])]
      .find((b) => b.textContent?.trim() === label) as HTMLButtonElement;
    button(view, 'Merge with next').click();
    await until(() => compareOf(view).alignment?.rows.length === before - 1, 'merged');
    await untilAsync(async () => String(await ws!.settings.get('work-view.undo:wilson-121617') ?? '').includes('"merge"'), 'history kept');
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    // Opened again (as after a reload): Undo is offered and undoes the merge.
    const again = await mountWorkView(ws, 'wilson-121617');
    await until(() => again.view.session.view && compareOf(again.view)?.alignment?.rows.length === before - 1, 'reopened, still merged');
    await until(() => again.view.session.align.canUndo, 'undo offered after the reload');
    await again.view.updateComplete;
    await again.view.shadowRoot?.querySelector('px-align-toolbar')?.updateComplete;
    button(again.view, 'Undo').click();
    await until(() => compareOf(again.view).alignment?.rows.length === before, 'undone after the reload');
    await again.view.updateComplete;
    button(again.view, 'Redo').click();
    await until(() => compareOf(again.view).alignment?.rows.length === before - 1, 'redone');
    await again.view.session.alignOps.settled;
    assert.deepEqual(again.recorded.errors, []);
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    // While the view is closed, another tab joins the archive translation's first rows into one: the kept step no longer fits.
    const other = await openWorkspace({ name: ws.name });
    const record = (await other.alignments.listAlignments('wilson-121617')).find((a) => a.witnessId === 'en-7b')!;
    const head = record.rows.slice(0, 6);
    const joined = { source: head.flatMap((r) => r.source), target: head.flatMap((r) => r.target), score: 1, status: 'confirmed' as const };
    unwrap(await other.alignments.saveAlignment('wilson-121617', 'en-7b', { rows: [joined, ...record.rows.slice(6)] }, record.editHistory));
    other.close();
    const third = await mountWorkView(ws, 'wilson-121617');
    await until(() => third.view.session.view && third.view.session.align.canUndo, 'the kept history offered');
    const rowsNow = compareOf(third.view).alignment?.rows.length;
    await third.view.updateComplete;
    await third.view.shadowRoot?.querySelector('px-align-toolbar')?.updateComplete;
    button(third.view, 'Undo').click();
    await until(() => third.recorded.errors.length === 1, 'the undo refused');
    assert.match((third.recorded.errors[0] as { message: string }).message, /changed elsewhere/);
    assert.equal(compareOf(third.view).alignment?.rows.length, rowsNow, 'nothing applied to rows that moved');
    assert.equal(third.view.session.align.canUndo, false);
  });

  it('searches all witnesses, steps through matches, and explains an invalid regular expression', async () => {
    ws = await freshWorkspace();
    const { view } = await ready(ws);
    const bar = view.shadowRoot?.querySelector('px-search-bar');
    const input = bar?.shadowRoot?.querySelector('input[type="search"]') as HTMLInputElement;
    const regex = bar?.shadowRoot?.querySelector('input[type="checkbox"]') as HTMLInputElement;
    const count = () => bar?.shadowRoot?.querySelector('.count')?.textContent ?? '';
    input.focus();
    await sendKeys({ type: 'Zhang Hanfu' });
    await until(() => grid(view).querySelector('mark.hit.active'), 'active hit');
    assert.match(count(), /^1 of [2-9]/);
    await sendKeys({ press: 'Enter' });
    await until(() => /^2 of/.test(count()), 'second match');
    regex.click();
    input.value = '巴克图|霍尔果斯';
    input.dispatchEvent(new Event('input'));
    await until(() => grid(view).querySelector('[data-witness="zh"] mark.hit'), 'regex hit in Chinese');
    input.value = 'Ba-ke-tu (';
    input.dispatchEvent(new Event('input'));
    const error = await until(() => bar?.shadowRoot?.querySelector('.error'), 'error shown');
    assert.match(error.textContent ?? '', /not a valid regular expression/);
  });

  it('shows a paragraph’s history with diffs, and Revert proposes the older text again', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const row = textRow(view);
    const compare = compareOf(view);
    const pid = compare.alignment?.rows[row]?.cells['en-parallax']?.[0] ?? '';
    const base = (await ws.currentTexts('wilson-121617')).get(pid)!;
    // Edit, propose and approve through the view.
    await compare.focusRow(row, 2);
    await sendKeys({ press: 'Enter' });
    const editor = await until(() => grid(view).querySelector('px-edit-paragraph'), 'editor open');
    await until(() => editor.shadowRoot?.activeElement?.tagName === 'TEXTAREA', 'textarea focused');
    await sendKeys({ press: 'End' });
    await sendKeys({ type: ' Added.' });
    await sendKeys({ press: 'Control+Enter' });
    await until(() => view.session.view?.proposals.length === 1, 'proposed');
    await compare.focusRow(row, 2);
    await sendKeys({ press: 'a' });
    await answerSelfApproval(view);
    await until(() => (view.session.view?.proposals.length ?? 0) === 0 && recorded.notices.some((n) => /Approved/.test(n.message)), 'approved');
    await compare.focusRow(row, 2);
    const tab = [...(view.shadowRoot?.querySelectorAll('aside [role="tab"]') ?? [])].find((t) => t.textContent === 'History') as HTMLButtonElement;
    tab.click();
    const panel = await until(() => view.shadowRoot?.querySelector('px-history-panel'), 'history panel');
    await until(() => (panel.shadowRoot?.querySelectorAll('li[data-revision]').length ?? 0) >= 2, 'two revisions listed');
    assert.match(panel.shadowRoot?.querySelector('li.current ins')?.textContent ?? '', /Added\./);
    const revert = [...(panel.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Revert') as HTMLButtonElement;
    assert.ok(revert, 'the imported text can be brought back');
    revert.click();
    await until(() => recorded.notices.some((n) => /restored/.test(n.message)), 'revert notice');
    await until(() => view.session.view?.proposals.length === 1, 'the revert waits for review');
    assert.equal(view.session.view?.proposals[0]?.text, base.text);
  });

  it('confirms a row, inserts an empty counterpart, moves a paragraph up and down, and splits, each undoable', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const compare = compareOf(view);
    const toolbar = view.shadowRoot?.querySelector('px-align-toolbar');
    const click = async (label: string) => {
      await view.updateComplete;
      await toolbar?.updateComplete;
      ([...(toolbar?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === label) as HTMLButtonElement).click();
      await view.updateComplete;
    };
    const rows = () => compare.alignment?.rows.length ?? 0;
    const cells = (r: number, w: string) => compare.alignment?.rows[r]?.cells[w] ?? [];
    const before = rows();
    await compare.focusRow(3, 2);
    await click('Confirm');
    await until(() => grid(view).querySelector('[data-row="3"] .confirmed'), 'row 3 confirmed');
    const p3 = cells(3, 'en-parallax');
    await click('Insert empty');
    await until(() => rows() === before + 1, 'the paragraph got a row of its own');
    assert.ok(compare.alignment!.rows.some((r) => r.cells['en-parallax']?.join() === p3.join() && (r.cells['zh']?.length ?? 0) === 0));
    await click('Undo');
    await until(() => rows() === before, 'undone');
    await compare.focusRow(4, 2);
    const p4 = cells(4, 'en-parallax')[0];
    await click('Move up');
    await until(() => cells(3, 'en-parallax').includes(p4 ?? '?') || rows() < before, 'moved into the row above');
    await click('Undo');
    await until(() => cells(4, 'en-parallax')[0] === p4 && rows() === before, 'move undone');
    await compare.focusRow(4, 2);
    await click('Move down');
    await until(() => !cells(4, 'en-parallax').includes(p4 ?? '?') || rows() < before, 'moved into the row below');
    await click('Undo');
    await until(() => cells(4, 'en-parallax')[0] === p4 && rows() === before, 'move down undone');
    // Merge two rows, then a plain Split cuts them apart again in every column, where they were.
    const snapshot = (r: number) => ['zh', 'en-7b', 'en-parallax'].map((w) => cells(r, w).join());
    const [r4, r5] = [snapshot(4), snapshot(5)];
    await compare.focusRow(4, 2);
    await click('Merge with next');
    await until(() => rows() === before - 1, 'merged');
    await click('Split');
    await until(() => rows() === before, 'split in two');
    assert.deepEqual([snapshot(4), snapshot(5)], [r4, r5], 'each translation cut at the same original paragraph, as before the merge');
    await click('Undo');
    await until(() => rows() === before - 1, 'split undone');
    await click('Undo');
    await until(() => rows() === before, 'merge undone');
    assert.equal(recorded.errors.length, 0, JSON.stringify(recorded.errors));
    // A row with one paragraph on each side has nothing a plain Split could cut: it says so and changes nothing.
    const oneToOne = compare.alignment!.rows.findIndex((r) => ['zh', 'en-7b', 'en-parallax'].every((w) => r.cells[w]?.length === 1));
    await compare.focusRow(oneToOne, 2);
    await click('Split');
    await until(() => recorded.errors.length === 1, 'the refusal reported');
    assert.equal((recorded.errors[0] as { code: string }).code, 'UI_ALIGN_NOTHING_TO_EDIT');
    assert.equal(rows(), before);
    recorded.errors.length = 0;
    const actions = async () => (await ws!.alignments.listAlignments('wilson-121617')).flatMap((a) => a.editHistory.map((e) => e.action));
    await untilAsync(async () => (await actions()).includes('undo split'), 'every edit saved');
    const saved = await actions();
    for (const a of ['confirm', 'insert-empty', 'undo insert-empty', 'move-up', 'move-down', 'split']) assert.ok(saved.includes(a), `${a} recorded in the saved history: ${saved.join(', ')}`);
  });

  it('remembers the columns and the base per work and restores them on the next visit', async () => {
    ws = await freshWorkspace();
    const { view } = await ready(ws);
    const headers = () => [...grid(view).querySelectorAll('[role="columnheader"] px-witness-header')].map((h) => (h as unknown as { witness: { id: string } }).witness.id);
    assert.deepEqual(headers(), ['zh', 'en-7b', 'en-parallax']);
    const defaultBase = compareOf(view).baseId;
    const picker = view.shadowRoot?.querySelector('px-witness-picker');
    await picker?.updateComplete;
    // Through the picker's own controls: hide the archive translation, make the other English the base.
    const boxes = [...(picker?.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? [])];
    boxes[1]!.click();
    const radios = [...(picker?.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? [])];
    const other = radios.find((r) => !r.checked)!;
    other.click();
    await until(() => headers().join() === 'zh,en-parallax', 'en-7b hidden');
    const chosenBase = compareOf(view).baseId;
    assert.notEqual(chosenBase, defaultBase);
    const key = columnsSettingKey('wilson-121617');
    await untilAsync(async () => (await ws!.settings.get(key)) !== undefined && JSON.parse(String(await ws!.settings.get(key))).baseId === chosenBase, 'choice saved');
    // Next visit: a new view on the same workspace.
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    const again = await mountWorkView(ws, 'wilson-121617');
    await until(() => compareOf(again.view)?.shadowRoot?.querySelector('[data-row="1"]'), 'grid rows again');
    await until(() => compareOf(again.view).baseId === chosenBase, 'base restored');
    await until(() => [...grid(again.view).querySelectorAll('[role="columnheader"] px-witness-header')].length === 2, 'hidden column stays hidden');
    assert.deepEqual(compareOf(again.view).model?.visible, ['zh', 'en-parallax']);
    assert.deepEqual(again.recorded.errors, []);
  });

  it('ignores a stored column choice that names witnesses the work does not have', async () => {
    ws = await freshWorkspace();
    unwrap(await ws.settings.set(columnsSettingKey('wilson-121617'), JSON.stringify({ visible: ['gone'], baseId: 'gone' })));
    const { view } = await ready(ws);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(compareOf(view).model?.visible, null);
    assert.equal(grid(view).querySelectorAll('[role="columnheader"] px-witness-header').length, 3);
  });

  it('splits a row at the boundary chosen from the Split at… menu, with the keyboard', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const compare = compareOf(view);
    const toolbar = view.shadowRoot!.querySelector('px-align-toolbar')!;
    // A one-to-one row: Split cuts it after the original's paragraph; the menu also offers the other way round.
    const rows = compare.alignment!.rows;
    const row = rows.findIndex((r, i) => i > 2 && ['zh', 'en-7b', 'en-parallax'].every((w) => r.cells[w]?.length === 1));
    assert.ok(row >= 0, 'the sample has one-to-one rows');
    const zhBefore = [...(rows[row]!.cells['zh'] ?? [])];
    const enBefore = [...(rows[row]!.cells['en-parallax'] ?? [])];
    const before = rows.length;
    await compare.focusRow(row, 2);
    await toolbar.updateComplete;
    const button = [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Split at…')!;
    assert.equal(button.getAttribute('aria-haspopup'), 'menu');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    const items = await until(() => {
      const found = [...toolbar.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]')];
      return found.length > 0 && toolbar.shadowRoot!.activeElement === found[0] ? found : null;
    }, 'the menu open with its first item focused');
    assert.equal(button.getAttribute('aria-expanded'), 'true');
    const expected = splitChoices({ targetLabel: '', sourceLang: '', targetLang: '', source: zhBefore, target: enBefore });
    assert.equal(items.length, expected.length, 'one item per place the row can be cut');
    assert.deepEqual(expected.map((c) => [c.source, c.target]), [[0, 1], [1, 0]]);
    // A two-to-two row can be cut in seven places (never "all" or "nothing" in the first part).
    assert.equal(splitChoices({ targetLabel: 't', sourceLang: 'zh', targetLang: 'en', source: ['a', 'b'], target: ['c', 'd'] }).length, 7);
    // Escape closes and gives focus back to the button; open again, End, then ArrowDown wraps round to the first item.
    await sendKeys({ press: 'Escape' });
    await until(() => !toolbar.shadowRoot!.querySelector('[role="menu"]') && toolbar.shadowRoot!.activeElement === button, 'closed, focus on the button');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => toolbar.shadowRoot!.querySelector('[role="menuitem"]'), 'open again');
    await sendKeys({ press: 'End' });
    await until(() => toolbar.shadowRoot!.activeElement === [...toolbar.shadowRoot!.querySelectorAll('[role="menuitem"]')].at(-1), 'last item focused');
    // ArrowDown wraps to the first: the cut the Split button does not make (translation first, original on a row of its own).
    await sendKeys({ press: 'ArrowDown' });
    await until(() => toolbar.shadowRoot!.activeElement === toolbar.shadowRoot!.querySelector('[role="menuitem"]'), 'first item focused');
    const chosen = expected[0]!;
    await sendKeys({ press: 'Enter' });
    await until(() => compare.alignment!.rows.length === before + 1, 'split in two');
    const first = compare.alignment!.rows[row]!;
    const second = compare.alignment!.rows[row + 1]!;
    assert.deepEqual(first.cells['zh'] ?? [], zhBefore.slice(0, chosen.source));
    assert.deepEqual(first.cells['en-parallax'] ?? [], enBefore.slice(0, chosen.target));
    assert.deepEqual(second.cells['en-parallax'] ?? [], enBefore.slice(chosen.target));
    assert.deepEqual(second.cells['zh'] ?? [], zhBefore.slice(chosen.source));
    assert.deepEqual(recorded.errors, []);
    const saved = async () => (await ws!.alignments.listAlignments('wilson-121617')).flatMap((a) => a.editHistory.map((e) => e.action));
    await untilAsync(async () => (await saved()).includes('split'), 'the split saved with the alignment');
  });
});
