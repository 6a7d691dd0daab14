import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import '../../src/ui/px-heatmap-gutter.ts';
import { heatStep } from '../../src/ui/px-heatmap-gutter.ts';
import { divergence } from '../../src/core/diff/divergence.ts';
import { loadSampleWork, goldAlignment } from './compare-fixtures.ts';

describe('px-heatmap-gutter', () => {
  it('jumps to the row under a click and steps like a slider', async () => {
    const el = document.createElement('px-heatmap-gutter');
    el.style.cssText = 'display:block;height:500px;width:20px';
    el.values = new Float32Array(1000).fill(0.2);
    document.body.append(el);
    await el.updateComplete;
    const jumps: number[] = [];
    el.addEventListener('row-jump', (e) => jumps.push(e.detail.row));
    const r = el.getBoundingClientRect();
    el.dispatchEvent(new MouseEvent('click', { clientX: r.left + 5, clientY: r.top + 250, bubbles: true }));
    assert.equal(jumps[0], 500);
    el.focusedRow = 10;
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    assert.deepEqual(jumps.slice(1), [110, 999]);
    assert.equal(el.getAttribute('role'), 'slider');
    el.remove();
  });

  it('gives the sample’s independent English translations a visible heat, and identical texts none', async () => {
    const work = await loadSampleWork();
    const grid = await goldAlignment(work);
    const text = (r: number, w: string) => (grid.rows[r]?.cells[w] ?? []).map((id) => work.witnesses.flatMap((x) => x.paragraphs).find((p) => p.id === id)?.text ?? '').join('\n\n');
    const d = divergence(text(1, 'en-7b'), text(1, 'en-parallax'), 'en');
    assert.ok(heatStep(d) >= 1, `divergence ${d}`);
    assert.equal(heatStep(divergence(text(1, 'en-7b'), text(1, 'en-7b'), 'en')), 0);
    assert.equal(heatStep(1), 4);
  });
});
