import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities, type Quantity } from '../../../src/core/numbers/extract-quantities.ts';
import { foldNumeralScript } from '../../../src/core/numbers/fold-numerals.ts';
import { parseChineseNumeral } from '../../../src/core/numbers/chinese-numerals.ts';

const values = (qs: readonly Quantity[]): string[] => qs.map((q) => `${q.kind}:${q.value}${q.weak ? '?' : ''}`);
const zhHant = (text: string): string[] => values(extractQuantities(text, 'zh-Hant'));

describe('numbers in traditional script and financial numerals', () => {
  it('reads 下午六時 and 攝氏五度 as the simplified forms are read', () => {
    assert.deepEqual(zhHant('四月二十二日，我方於下午六時至八時發出信號'), ['date:--04-22', 'time:18:00', 'time:20:00']);
    assert.deepEqual(zhHant('氣溫為攝氏五度；零下攝氏十度'), ['temperature:5°C', 'temperature:-10°C']);
    assert.deepEqual(zhHant('上午九點半'), ['time:09:30']);
  });

  it('reads 萬 億 兩 and keeps the offsets and the text as written', () => {
    const [q] = extractQuantities('約兩萬人越境', 'zh-Hant');
    assert.deepEqual(q && [q.value, q.start, q.end, q.text], ['20000', 1, 3, '兩萬']);
    assert.deepEqual(zhHant('三萬五千人；一億二千萬'), ['number:35000', 'number:120000000']);
    assert.deepEqual(zhHant('數以萬計的人；十分困惑；萬一'), [], 'vague amounts and idioms stay vague in traditional script');
  });

  it('reads 廿 and 卅, in dates above all', () => {
    assert.equal(parseChineseNumeral('廿五'), 25);
    assert.equal(parseChineseNumeral('卅'), 30);
    assert.equal(parseChineseNumeral('二百廿一'), 221);
    assert.deepEqual(zhHant('五月廿五日'), ['date:--05-25']);
    assert.deepEqual(zhHant('卅人'), ['number:30']);
  });

  it('reads financial numerals in both scripts', () => {
    assert.deepEqual(zhHant('人民幣壹萬貳仟參佰肆拾伍元'), ['number:12345']);
    assert.deepEqual(values(extractQuantities('人民币壹万贰仟叁佰肆拾伍元', 'zh-Hans')), ['number:12345']);
    assert.deepEqual(zhHant('壹拾伍；陸佰；柒名；伍萬'), ['number:15', 'number:600', 'number:7?', 'number:50000']);
  });

  it('does not read the financial numerals that are also words', () => {
    assert.deepEqual(zhHant('大陸的部隊隊伍參加了會議，收拾行李'), []);
    assert.deepEqual(values(extractQuantities('陆军和大陆的队伍参加', 'zh-Hans')), []);
  });

  it('folds one character for one', () => {
    const text = '巴克圖口岸，壹仟零伍人，下午六時。';
    const folded = foldNumeralScript(text);
    assert.equal(folded.length, text.length);
    assert.equal(folded, '巴克图口岸，一千零五人，下午六时。');
  });
});
