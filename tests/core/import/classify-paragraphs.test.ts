import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isOmission, markClosing, markOmissions } from '../../../src/core/import/classify-paragraphs.ts';
import type { DraftParagraph } from '../../../src/core/import/repair-page-breaks.ts';

const t = (text: string): DraftParagraph => ({ kind: 'text', text });

describe('classify paragraphs', () => {
  it('knows an omission only when the paragraph is nothing but [...] or […]', () => {
    for (const s of ['[...]', '[…]', ' [ ... ] ', '[....]']) assert.equal(isOmission(s), true, s);
    for (const s of ['[sic]', '[Illegible handwritten text]', 'Text [...] more', '...']) assert.equal(isOmission(s), false, s);
    assert.deepEqual(markOmissions([t('A.'), t('[…]')]).map((p) => p.kind), ['text', 'omission']);
  });

  it('marks a trailing date and its signature lines as closing, before a final omission', () => {
    const out = markClosing([t('Body text of the note.'), t('Embassy of the USSR in the PRC'), t('April 30, 1962'), { kind: 'omission', text: '[...]' }]);
    assert.deepEqual(out.map((p) => p.kind), ['text', 'closing', 'closing', 'omission']);
  });

  it('marks a Chinese date block as closing', () => {
    const out = markClosing([t('正文。'), t('苏联驻华大使馆'), t('一九六二年四月三十日')]);
    assert.deepEqual(out.map((p) => p.kind), ['text', 'closing', 'closing']);
  });

  it('leaves documents that do not end in a date, and sentences before the date, alone', () => {
    assert.deepEqual(markClosing([t('One.'), t('Two.')]).map((p) => p.kind), ['text', 'text']);
    assert.deepEqual(markClosing([t('A long sentence, ending properly.'), t('1962')]).map((p) => p.kind), ['text', 'closing']);
    assert.deepEqual(markClosing([t('April 30, 1962')]).map((p) => p.kind), ['text'], 'a date alone is the text, not a closing');
  });
});
