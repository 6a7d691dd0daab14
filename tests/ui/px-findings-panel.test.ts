import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-findings-panel.ts';
import { runChecks } from '../../src/core/checks/index.ts';
import { parseNameList } from '../../src/core/names/index.ts';
import { readRepoText } from '../support/files.ts';
import { goldAlignment, loadSampleWork } from './compare-fixtures.ts';

describe('px-findings-panel', () => {
  it('lists the checks’ findings on the sample work and jumps to a finding’s row', async () => {
    const work = await loadSampleWork();
    const names = parseNameList(await readRepoText('translations/names.json'));
    assert.ok(names.ok);
    const findings = runChecks(work, await goldAlignment(work), names.value);
    assert.ok(findings.length > 0);
    const el = document.createElement('px-findings-panel');
    el.findings = findings;
    el.labels = new Map(work.witnesses.map((w) => [w.id, w.label]));
    document.body.append(el);
    await el.updateComplete;
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    assert.equal(buttons.length, findings.length);
    const jumps: number[] = [];
    el.addEventListener('row-jump', (e) => jumps.push(e.detail.row));
    buttons[buttons.length - 1]!.click();
    assert.deepEqual(jumps, [findings[findings.length - 1]!.row]);
    assert.match(el.shadowRoot!.textContent ?? '', new RegExp(`Findings \\(${findings.length}\\)`));
    el.remove();
  });
});
