import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { facingSpreads, textCost } from '../../../src/core/export/facing-spreads.ts';
import { generateWork } from '../../support/generate-work.ts';
import { alignByParagraphIndex } from '../edition/align-by-paragraph-index.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

describe('facingSpreads', () => {
  it('counts Chinese characters at about twice the cost of Latin ones', () => {
    assert.ok(textCost('巴'.repeat(100), 'a4') > 1.8 * textCost('b'.repeat(100), 'a4'));
  });

  it('groups the sample work into spreads that keep every paragraph, in order, each side within a page', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    const spreads = facingSpreads(e.value.rows, e.value.footnotes, 'a4');
    assert.ok(spreads.length >= 2);
    const text = (side: 'original' | 'translation') => spreads.flatMap((s) => s.parts.flatMap((p) => p[side].map((x) => x.text))).join('');
    assert.equal(text('original'), e.value.rows.flatMap((r) => r.original.paragraphs.map((p) => p.text)).join(''));
    assert.equal(text('translation'), e.value.rows.flatMap((r) => r.translation.paragraphs.map((p) => p.text)).join(''));
    for (const s of spreads) {
      for (const side of ['original', 'translation'] as const) {
        const cost = s.parts.reduce((n, p) => n + p[side].reduce((m, x) => m + textCost(x.text, 'a4'), 0), 0);
        assert.ok(cost <= 1.05, `spread side ${side} costs ${cost.toFixed(2)} pages`);
      }
    }
  });

  it('cuts a row longer than a page at sentence ends, both sides into the same number of parts', () => {
    const work = generateWork({ paragraphs: 2, wordsPerParagraph: 1500 });
    const e = buildEdition(work, alignByParagraphIndex(work));
    assert.ok(e.ok);
    const spreads = facingSpreads(e.value.rows, e.value.footnotes, 'a4');
    const parts = spreads.flatMap((s) => s.parts).filter((p) => p.row.n === 1);
    assert.ok(parts.length >= 2);
    assert.ok(parts.every((p) => p.part?.of === parts.length));
    for (const p of parts.slice(0, -1)) {
      assert.match(p.translation.at(-1)?.text ?? '', /\.$/);
      assert.match(p.original.at(-1)?.text ?? '', /。$/);
    }
    assert.equal(parts.flatMap((p) => p.translation.map((x) => x.text)).join(''), e.value.rows[0]?.translation.paragraphs[0]?.text);
  });
});
