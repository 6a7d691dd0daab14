import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isPageBreakSplit, repairPageBreaks, type DraftParagraph } from '../../../src/core/import/repair-page-breaks.ts';

const t = (text: string): DraftParagraph => ({ kind: 'text', text });

describe('repairPageBreaks', () => {
  it('joins a paragraph cut without punctuation before a lower-case continuation, recording the offset', () => {
    const out = repairPageBreaks([t('Local authorities. They should have'), t('taken steps to stop it.'), t('Next paragraph.')]);
    assert.equal(out.length, 2);
    assert.equal(out[0]?.text, 'Local authorities. They should have taken steps to stop it.');
    assert.deepEqual(out[0]?.pageBreaks, ['Local authorities. They should have '.length]);
  });

  it('joins a hyphenated word without a space and chains several breaks', () => {
    const out = repairPageBreaks([t('a peace-'), t('ful border and'), t('more text.')]);
    assert.equal(out.length, 1);
    assert.equal(out[0]?.text, 'a peace-ful border and more text.');
    assert.deepEqual(out[0]?.pageBreaks, ['a peace-'.length, 'a peace-ful border and '.length]);
  });

  it('leaves complete sentences, capitals, headings, omissions and Chinese alone', () => {
    assert.equal(isPageBreakSplit(t('It ended.'), t('and then')), false);
    assert.equal(isPageBreakSplit(t('It ended with a quote”'), t('and then')), false);
    assert.equal(isPageBreakSplit(t('No stop here'), t('The next')), false);
    assert.equal(isPageBreakSplit({ kind: 'heading', text: 'Appendix' }, t('lower start')), false);
    assert.equal(isPageBreakSplit(t('text'), { kind: 'omission', text: '[...]' }), false);
    assert.equal(isPageBreakSplit(t('苏联政府希望'), t('中国政府')), false);
    assert.equal(repairPageBreaks([t('a'), t('B')]).length, 2);
  });
});
