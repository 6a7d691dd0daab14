// Editing as a person does it: the Edit button (by its name), a double click,
// Save draft with a note, reopening the cell (the draft and its note come
// back), and Escape with changes asking before anything is discarded.
import { describe, it, afterEach, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { sendKeys } from '@web/test-runner-commands';
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { freshWorkspace, sampleWork, unwrap } from '../storage/fresh-workspace.ts';
import type { Workspace } from '../../src/storage/index.ts';
import type { PxWorkView } from '../../src/ui/px-work-view.ts';
import type { PxCompareView } from '../../src/ui/px-compare-view.ts';
import type { PxEditParagraph } from '../../src/ui/px-edit-paragraph.ts';
import { answerSelfApproval, mountWorkView, type Recorded } from './work-view-harness.ts';
import { until } from './compare-fixtures.ts';

const compareOf = (view: PxWorkView): PxCompareView => view.shadowRoot?.querySelector('px-compare-view') as PxCompareView;
const grid = (view: PxWorkView): ShadowRoot => compareOf(view).shadowRoot as ShadowRoot;
const byName = (root: ParentNode, name: string): HTMLButtonElement | undefined =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name);

async function ready(ws: Workspace): Promise<{ view: PxWorkView; recorded: Recorded }> {
  unwrap(await ws.works.importWork(await sampleWork()));
  const { view, recorded } = await mountWorkView(ws, 'wilson-121617');
  await until(() => view.session.view && view.session.view.aligning.size === 0, 'the work open and aligned', 20_000);
  await until(() => grid(view).querySelector('[data-witness="en-7b"] .text'), 'translation text');
  return { view, recorded };
}

/** The first grid row with a single archive-translation paragraph. */
function archiveRow(view: PxWorkView): number {
  return view.session.view!.grid.rows.findIndex((r) => r.cells['en-7b']?.length === 1 && (r.cells['zh']?.length ?? 0) > 0);
}

async function editorIn(view: PxWorkView): Promise<PxEditParagraph> {
  const editor = await until(() => grid(view).querySelector('px-edit-paragraph'), 'the editor open');
  await until(() => editor.shadowRoot?.activeElement?.tagName === 'TEXTAREA', 'the text box focused');
  return editor;
}

describe('editing in the work view', () => {
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);
  let ws: Workspace | undefined;
  afterEach(() => {
    document.querySelectorAll('px-test-host').forEach((e) => e.remove());
    ws?.close();
  });

  it('Edit opens an editor named after the witness and row; Save draft keeps the note; reopening resumes both', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const row = archiveRow(view);
    const name = `Edit Archive translation (7Brands), row ${row + 1}`;
    await compareOf(view).focusRow(row, 1);
    const edit = await until(() => byName(grid(view), name), `a button named “${name}”`);
    edit.click();
    const editor = await editorIn(view);
    assert.equal(editor.shadowRoot?.querySelector('label[for="t"]')?.textContent, name, 'the text box is labelled in the person’s words');
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ type: ' Draft words.' });
    const note = editor.shadowRoot?.querySelector('input') as HTMLInputElement;
    note.focus();
    await sendKeys({ type: 'checked against the archive scan' });
    byName(editor.shadowRoot!, 'Save draft')?.click();
    await until(() => recorded.notices.some((n) => /Saved as a draft/.test(n.message)), 'saved notice');
    await until(() => !grid(view).querySelector('px-edit-paragraph'), 'the editor closed');
    const mark = await until(() => grid(view).querySelector(`[data-row="${row}"] [data-witness="en-7b"] .draft`), 'the draft marked in the grid');
    assert.match(mark.textContent ?? '', /Draft by Test Editor/);
    assert.match(mark.textContent ?? '', /checked against the archive scan/);
    // The history keeps the draft's note too.
    const pid = view.session.view!.grid.rows[row]!.cells['en-7b']![0]!;
    const history = unwrap(await ws.history.paragraphHistory('wilson-121617', pid));
    assert.equal(history.at(-1)?.revision.note, 'checked against the archive scan');

    // Reopen by double click: the draft and its note are back.
    grid(view).querySelector<HTMLElement>(`[data-row="${row}"] [data-witness="en-7b"] .text`)?.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    const again = await editorIn(view);
    const area = again.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement;
    assert.match(area.value, /Draft words\.$/);
    assert.equal((again.shadowRoot?.querySelector('input') as HTMLInputElement).value, 'checked against the archive scan');
    assert.match(again.shadowRoot?.textContent ?? '', /Resuming your saved draft/);
    // Saving again replaces the draft rather than adding a second one.
    await sendKeys({ type: ' More.' });
    byName(again.shadowRoot!, 'Save draft')?.click();
    await until(() => view.session.view?.drafts.get(pid)?.[0]?.text.endsWith('More.'), 'the draft replaced');
    assert.equal(view.session.view?.drafts.get(pid)?.length, 1);
    assert.deepEqual(recorded.errors, []);
  });

  it('Escape with changes asks; Keep editing keeps the text, Discard closes without saving', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const row = archiveRow(view);
    await compareOf(view).focusRow(row, 1);
    await sendKeys({ press: 'Enter' });
    const editor = await editorIn(view);
    // Without changes Escape just closes.
    await sendKeys({ press: 'Escape' });
    await until(() => !grid(view).querySelector('px-edit-paragraph'), 'closed at once');
    await compareOf(view).focusRow(row, 1);
    await sendKeys({ press: 'Enter' });
    const second = await editorIn(view);
    assert.notEqual(second, editor);
    await sendKeys({ type: 'typed' });
    assert.ok(recorded.probes.some((p) => p()), 'the app knows there are unsaved changes');
    await sendKeys({ press: 'Escape' });
    const ask = await until(() => second.shadowRoot?.querySelector('[role="alertdialog"]'), 'asked before discarding');
    assert.match(ask.textContent ?? '', /Discard your changes/);
    assert.equal(second.shadowRoot?.activeElement?.textContent, 'Keep editing', 'the safe choice has focus');
    // Escape again keeps the text.
    await sendKeys({ press: 'Escape' });
    await until(() => !second.shadowRoot?.querySelector('[role="alertdialog"]'), 'back to editing');
    assert.match((second.shadowRoot?.querySelector('textarea') as HTMLTextAreaElement).value, /typed/);
    await sendKeys({ press: 'Escape' });
    await until(() => second.shadowRoot?.querySelector('[role="alertdialog"]'), 'asked again');
    byName(second.shadowRoot!, 'Discard changes')?.click();
    await until(() => !grid(view).querySelector('px-edit-paragraph'), 'closed');
    assert.ok(!recorded.probes.some((p) => p()), 'nothing unsaved any more');
    assert.equal(view.session.view?.drafts.size, 0, 'nothing was saved');
  });

  it('approving your own proposal asks first: Cancel leaves it waiting, confirming records a self-approval', async () => {
    ws = await freshWorkspace();
    const { view, recorded } = await ready(ws);
    const row = archiveRow(view);
    await compareOf(view).focusRow(row, 1);
    byName(grid(view), `Edit Archive translation (7Brands), row ${row + 1}`)?.click();
    const editor = await editorIn(view);
    await sendKeys({ press: 'Control+End' });
    await sendKeys({ type: ' Proposed words.' });
    (editor.shadowRoot?.querySelector('input') as HTMLInputElement).value = 'for review';
    editor.shadowRoot?.querySelector('input')?.dispatchEvent(new Event('input'));
    byName(editor.shadowRoot!, 'Propose')?.click();
    const pending = await until(() => grid(view).querySelector(`[data-row="${row}"] [data-witness="en-7b"] .pending`), 'the proposal in its cell');
    byName(pending, 'Approve')?.click();
    await answerSelfApproval(view, false);
    await until(() => recorded.notices.some((n) => /Not approved/.test(n.message)), 'said it was not approved');
    assert.equal(view.session.view?.proposals.length, 1, 'still waiting for review');
    byName(grid(view).querySelector(`[data-row="${row}"] [data-witness="en-7b"] .pending`)!, 'Approve')?.click();
    await answerSelfApproval(view, true);
    await until(() => view.session.view?.proposals.length === 0, 'approved');
    const pid = view.session.view!.grid.rows[row]!.cells['en-7b']![0]!;
    const events = unwrap(await ws.history.paragraphHistory('wilson-121617', pid)).at(-1)?.events ?? [];
    assert.deepEqual(events.map((e) => [e.to, e.selfApproval ?? false, e.note]), [['proposed', false, 'for review'], ['approved', true, null]]);
    assert.deepEqual(recorded.errors, []);
  });
});
