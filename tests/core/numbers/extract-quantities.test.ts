import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { extractQuantities, type Quantity } from '../../../src/core/numbers/extract-quantities.ts';
import { readRepoText } from '../../support/files.ts';

const values = (qs: readonly Quantity[]): string[] => qs.map((q) => `${q.kind}:${q.value}${q.weak ? '?' : ''}`);
const strong = (qs: readonly Quantity[]): string[] => qs.filter((q) => !q.weak).map((q) => q.value).sort();

async function body(path: string): Promise<string[]> {
  return (await readRepoText(path)).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).slice(1);
}

describe('extractQuantities', () => {
  it('reads dates, times, temperatures and years in Chinese', () => {
    assert.deepEqual(values(extractQuantities('四月二十二日，我方于下午六时至八时发出信号', 'zh-Hans')), ['date:--04-22', 'time:18:00', 'time:20:00']);
    assert.deepEqual(values(extractQuantities('气温为摄氏五度；零下十度', 'zh-Hans')), ['temperature:5°C', 'temperature:-10°C']);
    assert.deepEqual(values(extractQuantities('于一九六一年来到；1962年4月30日', 'zh-Hans')), ['year:1961', 'date:1962-04-30']);
    assert.deepEqual(values(extractQuantities('长达六十公里，百分之五，三万五千人，上午9点半', 'zh-Hans')), ['number:60', 'percent:5%', 'number:35000', 'time:09:30']);
  });

  it('reads the same things in English', () => {
    assert.deepEqual(values(extractQuantities('On 22 April, from 6 p.m. to 8 p.m., and April 30, 1962', 'en')), ['date:--04-22', 'time:18:00', 'time:20:00', 'date:1962-04-30']);
    assert.deepEqual(values(extractQuantities('from 6:00 p.m. until 8:00 p.m.; from 6 to 8 p.m.; at 18:00 hours', 'en')), ['time:18:00', 'time:20:00', 'time:18:00', 'time:20:00', 'time:18:00']);
    assert.deepEqual(values(extractQuantities('five degrees Celsius, minus 10 °C, 5 per cent', 'en')), ['temperature:5°C', 'temperature:-10°C', 'percent:5%']);
    assert.deepEqual(values(extractQuantities('a 60-kilometre section, 30,000 people, sixty-five men, in 1961', 'en')), ['number:60', 'number:30000', 'number:65', 'year:1961']);
  });

  it('returns no figure for vague amounts and idioms, and small word counts as weak', () => {
    assert.deepEqual(values(extractQuantities('数以万计的人；每天都有数百人甚至数千人；十分困惑；这一点；三四代；一两天；七八十人；地上的万国', 'zh-Hans')), []);
    // Ordinals, a month or a day alone: a translation may say "the fourteenth", "October".
    assert.deepEqual(values(extractQuantities('第十四年；十月；初十；二十一日', 'zh-Hans')), ['number:14?', 'number:10?', 'number:10?', 'number:21?']);
    assert.deepEqual(values(extractQuantities('in the fourteenth year, the twenty-first day, the six hundredth year', 'en')), ['number:14?', 'number:21?', 'number:600?']);
    assert.deepEqual(values(extractQuantities('tens of thousands of people; hundreds and even thousands', 'en')), []);
    assert.deepEqual(values(extractQuantities('我们两国；一段边境；两次', 'zh-Hans')), ['number:2?', 'number:1?', 'number:2?']);
    assert.deepEqual(values(extractQuantities('our two countries; no one', 'en')), ['number:2?', 'number:1?']);
  });

  it('gives offsets into the text', () => {
    const text = '四月二十四日深夜，气温为摄氏五度';
    for (const q of extractQuantities(text, 'zh-Hans')) assert.equal(text.slice(q.start, q.end), q.text);
  });

  it('finds the same figures in every paragraph of the Chinese text and of both English translations', async () => {
    const zh = await body('translations/wilson-121617/zh-Hans.txt');
    const en = await body('translations/wilson-121617/en-parallax.txt');
    const archive = (await readRepoText('translations/wilson-121617/wilson-121617.en.txt')).split(/\n\s*\n/).map((p) => p.trim());
    const start = archive.findIndex((p) => p.startsWith('As the Embassy'));
    // The archive's paragraph 4 is split by a page break: join it back.
    const ar = archive.slice(start, start + 11);
    ar.splice(4, 2, `${ar[4]} ${ar[5]}`);
    assert.equal(zh.length, 10);
    let figures = 0;
    for (let i = 0; i < zh.length; i++) {
      const original = strong(extractQuantities(zh[i] ?? '', 'zh-Hans'));
      assert.deepEqual(strong(extractQuantities(en[i] ?? '', 'en')), original, `en-parallax paragraph ${i}`);
      assert.deepEqual(strong(extractQuantities(ar[i] ?? '', 'en')), original, `archive paragraph ${i}`);
      figures += original.length;
    }
    assert.equal(figures, 12);
  });
});
