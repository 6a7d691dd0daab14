import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sizeInWords } from '../../src/ui/px-import-progress.ts';
import '../../src/ui/px-import-progress.ts';

describe('px-import-progress', () => {
  it('says which file, which step and how far, as a status', async () => {
    const el = document.createElement('px-import-progress');
    el.progress = { name: 'big.txt', position: 2, count: 3, phase: 'reading', loaded: 1.5 * 1024 * 1024, total: 6 * 1024 * 1024 };
    document.body.append(el);
    await el.updateComplete;
    const status = el.shadowRoot?.querySelector('[role="status"]');
    assert.match(status?.textContent ?? '', /Reading big\.txt \(2 of 3\) — 1\.5 MB of 6\.0 MB/);
    const bar = el.shadowRoot?.querySelector('progress');
    assert.equal(bar?.value, 1.5 * 1024 * 1024);
    assert.equal(bar?.max, 6 * 1024 * 1024);
    el.progress = { ...el.progress, phase: 'saving', loaded: el.progress.total };
    await el.updateComplete;
    assert.match(el.shadowRoot?.textContent ?? '', /Saving big\.txt/);
    el.remove();
  });

  it('writes sizes in B, KB and MB', () => {
    assert.equal(sizeInWords(512), '512 B');
    assert.equal(sizeInWords(2048), '2 KB');
    assert.equal(sizeInWords(3.25 * 1024 * 1024), '3.3 MB');
    assert.equal(sizeInWords(10 * 1024 * 1024 * 1024), '10.0 GB');
  });
});
