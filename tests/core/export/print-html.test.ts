import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { printHtml } from '../../../src/core/export/print-html.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

async function sampleHtml(layout: 'synoptic' | 'facing' | 'translation', paper: 'a4' | 'letter' = 'a4'): Promise<string> {
  const work = await loadSampleWork();
  const e = buildEdition(work, await loadSampleAlignment(work), { includeOriginal: layout !== 'translation' });
  assert.ok(e.ok);
  return printHtml(e.value, { layout, paper });
}

describe('printHtml', () => {
  it('puts lang on every paragraph, Chinese as zh-Hans and English as en', async () => {
    const html = await sampleHtml('synoptic');
    const paras = html.match(/<p [^>]*class="para[^>]*>/g) ?? [];
    assert.ok(paras.length >= 24);
    assert.ok(paras.every((p) => /lang="(zh-Hans|en)"/.test(p)));
    assert.ok(paras.some((p) => p.includes('lang="zh-Hans"')));
  });

  it('synoptic: one grid row per aligned row, original and translation cells, rows kept whole', async () => {
    const html = await sampleHtml('synoptic');
    assert.equal((html.match(/<div class="row[^"]*" id="d1-r\d+"/g) ?? []).length, 12);
    assert.match(html, /\.row \{ display: grid; grid-template-columns: 1fr 1fr;[^}]*break-inside: avoid; \}/);
    assert.match(html, /<span class="bracket bracket-sic">\[sic\]<\/span><span class="footnote fn-n-(\d+)" data-n="\1" lang="en">/);
  });

  it('sizes the page for A4 and US Letter, with page X of Y and a running head', async () => {
    assert.match(await sampleHtml('synoptic', 'a4'), /size: A4;[\s\S]*counter\(page\) " of " counter\(pages\)[\s\S]*string-set: doctitle/);
    assert.match(await sampleHtml('synoptic', 'letter'), /size: letter;/);
  });

  it('facing: versos in Chinese, rectos in English', async () => {
    const html = await sampleHtml('facing');
    assert.ok((html.match(/<div class="verso" lang="zh-Hans">/g) ?? []).length >= 1);
    assert.equal((html.match(/<div class="verso"/g) ?? []).length, (html.match(/<div class="recto"/g) ?? []).length);
  });

  it('translation only: no Chinese paragraph', async () => {
    const html = await sampleHtml('translation');
    assert.ok(!html.includes('class="para kind-text" lang="zh-Hans"'));
    assert.match(html, /data-last-paragraph="en-7b-p13"/);
  });
});
