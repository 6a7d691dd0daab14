// The team pieces of the UI in Chromium: the sync badge in the user's words (with refused changes listed,
// each with its reason), and the review queue on a shared work (an editor may not decide, nobody decides
// their own proposal; the buttons say why), through the same decision-policy context the work view provides.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import '../../src/ui/px-review-queue.ts';
import '../../src/ui/px-sync-badge.ts';
import type { ReviewItem } from '../../src/ui/px-review-queue.ts';
import { decisionPolicyContext, decisionPolicyOf, type TeamWorkState } from '../../src/ui/team-hub.ts';
import { loadSampleWork } from './compare-fixtures.ts';

class PolicyHost extends LitElement {
  readonly provider = new ContextProvider(this, { context: decisionPolicyContext, initialValue: decisionPolicyOf(null) });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('px-test-policy-host', PolicyHost);

const state = (over: Partial<TeamWorkState>): TeamWorkState => ({ workId: 'w', user: 'alice', role: 'editor', status: { kind: 'synced' }, refused: [], ...over });

describe('px-sync-badge', () => {
  it('says each status in the user’s words and lists refused changes with their reasons', async () => {
    const el = document.createElement('px-sync-badge');
    document.body.append(el);
    const cases: Array<[TeamWorkState['status'], string]> = [
      [{ kind: 'synced' }, 'Synced'], [{ kind: 'syncing' }, 'Syncing…'], [{ kind: 'offline' }, 'Offline — your changes are kept'],
      [{ kind: 'wrong-password' }, 'Wrong password'], [{ kind: 'not-allowed', reason: 'only a reviewer may approve or reject.' }, 'Not allowed: only a reviewer may approve or reject.'],
    ];
    for (const [status, words] of cases) {
      el.state = state({ status });
      await el.updateComplete;
      const badge = el.shadowRoot!.querySelector('[role="status"]');
      assert.equal(badge?.textContent, words);
      assert.equal(badge?.getAttribute('aria-label'), `Team sync: ${words}`);
    }
    el.state = state({ refused: [{ id: 'evt:01ABC', reason: 'only a reviewer may approve or reject.' }] });
    await el.updateComplete;
    assert.equal(el.shadowRoot!.querySelector('summary')?.textContent, '1 change refused');
    assert.equal(el.shadowRoot!.querySelector('li')?.textContent, 'A decision: only a reviewer may approve or reject.');
    assert.doesNotMatch(el.shadowRoot!.textContent ?? '', /01ABC/, 'no internal ids');
    el.state = null;
    await el.updateComplete;
    assert.equal(el.shadowRoot!.querySelector('[role="status"]'), null, 'nothing for a work that is not shared');
    el.remove();
  });
});

describe('px-review-queue on a shared work', () => {
  it('disables Approve and Reject with the reason for an editor and for one’s own proposal, and enables them for another reviewer', async () => {
    const work = await loadSampleWork();
    const p = work.witnesses.find((w) => w.id === 'en-parallax')!.paragraphs[2]!;
    const item: ReviewItem = {
      proposal: { revisionId: 'R1', paragraphId: p.id, witnessId: 'en-parallax', author: 'alice', at: '2026-04-01T09:00:00.000Z', text: `${p.text} (revised)`, note: null, baseRevisionId: 'R0' },
      currentText: p.text, lang: 'en', witnessLabel: 'English (Parallax)', row: 2,
    };
    const host = document.createElement('px-test-policy-host') as PolicyHost;
    const queue = document.createElement('px-review-queue');
    queue.items = [item];
    host.append(queue);
    document.body.append(host);
    const actions: string[] = [];
    queue.addEventListener('revision-action', (e) => actions.push(e.detail.action));
    const button = (t: string) => [...queue.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === t) as HTMLButtonElement;
    const why = () => queue.shadowRoot!.querySelector('.why')?.textContent ?? '';

    for (const [who, reason] of [
      [state({ user: 'alice', role: 'editor' }), /Only a reviewer can approve or reject/],
      [state({ user: 'alice', role: 'reviewer' }), /You proposed this text; another reviewer must approve or reject it/],
    ] as const) {
      host.provider.setValue(decisionPolicyOf(who));
      await queue.updateComplete;
      assert.equal(button('Approve').disabled, true);
      assert.equal(button('Reject').disabled, true);
      assert.match(why(), reason);
      assert.equal(button('Approve').getAttribute('aria-describedby'), queue.shadowRoot!.querySelector('.why')?.id);
      const li = queue.shadowRoot!.querySelector('li') as HTMLElement;
      li.focus();
      li.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, composed: true }));
    }
    assert.deepEqual(actions, [], 'the a / r keys are refused too');

    host.provider.setValue(decisionPolicyOf(state({ user: 'bob', role: 'reviewer' })));
    await queue.updateComplete;
    assert.equal(button('Approve').disabled, false);
    assert.equal(why(), '');
    button('Approve').click();
    assert.deepEqual(actions, ['approve']);
    host.remove();
  });
});
