import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-review-queue.ts';
import type { ReviewItem } from '../../src/ui/px-review-queue.ts';
import { loadSampleWork } from './compare-fixtures.ts';

describe('px-review-queue', () => {
  it('shows each proposal as a diff against the current text and sends Approve / Reject with the note', async () => {
    const work = await loadSampleWork();
    const p = work.witnesses.find((w) => w.id === 'en-parallax')!.paragraphs[2]!;
    const proposed = p.text.replace('Soviet Embassy', 'Embassy of the USSR');
    const item: ReviewItem = {
      proposal: { revisionId: 'R1', paragraphId: p.id, witnessId: 'en-parallax', author: 'B. Reviewer', at: '2026-04-01T09:00:00.000Z', text: proposed, note: 'name the state', baseRevisionId: 'R0' },
      currentText: p.text, lang: 'en', witnessLabel: 'English (Parallax)', row: 2,
    };
    const el = document.createElement('px-review-queue');
    el.items = [item];
    document.body.append(el);
    await el.updateComplete;
    const root = el.shadowRoot!;
    assert.match(root.querySelector('ins')?.textContent ?? '', /USSR/);
    assert.match(root.querySelector('del')?.textContent ?? '', /Soviet/);
    assert.equal(root.querySelector('.diff')?.getAttribute('lang'), 'en');
    const actions: string[] = [];
    el.addEventListener('revision-action', (e) => actions.push(`${e.detail.action}:${e.detail.revisionId}:${e.detail.note}`));
    el.addEventListener('row-jump', (e) => actions.push(`jump:${e.detail.row}`));
    const note = root.querySelector('input') as HTMLInputElement;
    note.value = 'fine';
    note.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const button = (t: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === t) as HTMLButtonElement;
    button('Approve').click();
    button('Reject').click();
    button('Show in text').click();
    const li = root.querySelector('li') as HTMLElement;
    li.focus();
    li.dispatchEvent(new KeyboardEvent('keydown', { key: 'r', bubbles: true, composed: true }));
    assert.deepEqual(actions, ['approve:R1:fine', 'reject:R1:fine', 'jump:2', 'reject:R1:fine']);
    el.remove();
  });
});
