import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberMismatches } from '../../../src/core/checks/check-numbers.ts';
import type { RowCell } from '../../../src/core/checks/row-paragraphs.ts';
import { readSharedText } from '../../support/files.ts';

function cell(id: string, lang: string, ...texts: string[]): RowCell {
  return {
    witness: { id, lang, role: lang === 'en' ? 'translation' : 'original', label: id, translator: null, provenance: null, preparedForProject: true, paragraphs: [] },
    paragraphs: texts.map((text, i) => ({ id: `${id}-p${i + 1}`, kind: 'text', text })),
  };
}

const rules = (zh: string, en: string) => findNumberMismatches(0, cell('zh', 'zh-Hans', zh), cell('en', 'en', en)).map((f) => `${f.severity}: ${f.message}`);

describe('findNumberMismatches', () => {
  it('matches figures across scripts, dates with or without the year', () => {
    assert.deepEqual(rules('1962年4月30日，下午六时至八时，长达六十公里', 'On 30 April 1962, from 6 p.m. to 8 p.m., along 60 km'), []);
    assert.deepEqual(rules('1962年4月30日', 'April 30, in 1962'), []);
    assert.deepEqual(rules('数以万计的人，两国', 'tens of thousands of people'), []);
  });

  it('pairs a changed figure as an error and reports a lone one as a warning', () => {
    assert.deepEqual(rules('长达六十公里', 'along 50 km'), ['error: The original has 60 (“六十”) where en has 50 (“50”): check the figure.']);
    assert.deepEqual(rules('四月二十四日', 'on that day'), ['warning: The original has 24 April (“四月二十四日”); en has no 24 April in this row: check whether it was left out.']);
    assert.deepEqual(rules('那天', 'on 24 April'), ['warning: en has 24 April (“24 April”), which the original does not have in this row: check where it comes from.']);
  });

  it('ignores figures inside editorial marks', () => {
    assert.deepEqual(rules('下文从略', '[Here follow 3 pages]'), []);
  });
});

describe('findNumberMismatches on the Bible gold set', () => {
  it('raises few alarms on 4,747 aligned verses of two independent translations', async () => {
    const dir = 'data/bible-zh-en/';
    const en = (await readSharedText(dir + 'en.txt')).split('\n');
    const zh = (await readSharedText(dir + 'zh.txt')).split('\n');
    const beads = (await readSharedText(dir + 'gold.align')).trim().split('\n').map((l) => l.split(':').map((x) => JSON.parse(x) as number[]));
    let rows = 0;
    let findings = 0;
    for (const [e = [], z = []] of beads) {
      if (!e.length || !z.length) continue;
      rows++;
      const src = cell('zh', 'zh-Hans', z.map((i) => zh[i] ?? '').join(''));
      const tgt = cell('en', 'en', e.map((i) => en[i] ?? '').join(' '));
      findings += findNumberMismatches(rows, src, tgt).length;
    }
    assert.equal(rows, 4747);
    // What remains is mostly the King James Version's archaic numbers ("threescore and ten",
    // "ninety years old and nine"), which a 20th-century archive does not use.
    assert.ok(findings / rows < 0.015, `${findings} findings on ${rows} rows`);
  });
});
