import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseIsoDate } from '../../../src/core/import/parse-date.ts';

describe('parseIsoDate', () => {
  it('reads the archive forms', () => {
    assert.equal(parseIsoDate('April 30, 1962'), '1962-04-30');
    assert.equal(parseIsoDate('30 April 1962'), '1962-04-30');
    assert.equal(parseIsoDate('Sept. 3, 1958'), '1958-09-03');
    assert.equal(parseIsoDate('1962-04-30'), '1962-04-30');
  });
  it('keeps the precision of a month or year date', () => {
    assert.equal(parseIsoDate('April 1962'), '1962-04');
    assert.equal(parseIsoDate('1962'), '1962');
  });
  it('reads Chinese dates in Arabic and Chinese numerals', () => {
    assert.equal(parseIsoDate('1962年4月30日'), '1962-04-30');
    assert.equal(parseIsoDate('一九六二年四月三十日'), '1962-04-30');
    assert.equal(parseIsoDate('一九六二年十二月二十四日'), '1962-12-24');
    assert.equal(parseIsoDate('一九六二年十月'), '1962-10');
  });
  it('rejects what is not a real date', () => {
    assert.equal(parseIsoDate('February 30, 1962'), null);
    assert.equal(parseIsoDate('Translation - English'), null);
    assert.equal(parseIsoDate('1962-13-01'), null);
  });
});
