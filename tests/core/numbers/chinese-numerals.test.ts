import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseChineseNumeral } from '../../../src/core/numbers/chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  it('reads numerals with units', () => {
    const cases: Array<[string, number]> = [
      ['六十', 60], ['二十四', 24], ['十', 10], ['十五', 15], ['一百零五', 105], ['两千', 2000],
      ['三万五千', 35000], ['十万', 100000], ['一亿二千万', 120000000], ['3万', 30000], ['六', 6],
    ];
    for (const [raw, n] of cases) assert.equal(parseChineseNumeral(raw), n, raw);
  });

  it('reads digit strings one by one, Arabic and full-width digits as they are', () => {
    assert.equal(parseChineseNumeral('一九六一'), 1961);
    assert.equal(parseChineseNumeral('二〇〇〇'), 2000);
    assert.equal(parseChineseNumeral('1961'), 1961);
    assert.equal(parseChineseNumeral('１９６１'), 1961);
    assert.equal(parseChineseNumeral('3.5'), 3.5);
  });

  it('returns undefined for what is not a numeral', () => {
    assert.equal(parseChineseNumeral(''), undefined);
    assert.equal(parseChineseNumeral('六x'), undefined);
  });
});
