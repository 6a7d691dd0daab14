import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNumberMismatches } from '../../../src/core/checks/check-numbers.ts';
import type { RowCell } from '../../../src/core/checks/row-paragraphs.ts';

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
