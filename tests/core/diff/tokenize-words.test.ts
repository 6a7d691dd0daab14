import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUnspacedLanguage, tokenizeWords } from '../../../src/core/diff/tokenize-words.ts';
import { readRepoText } from '../../support/files.ts';

describe('tokenizeWords', () => {
  it('keeps hyphenated words, apostrophes, decimals and short bracketed marks whole in English', () => {
    assert.deepEqual(tokenizeWords("People's Ba-ke-tu [sic], 5.5 km [", 'en'), ["People's", ' ', 'Ba-ke-tu', ' ', '[sic]', ',', ' ', '5.5', ' ', 'km', ' ', '[']);
  });

  it('segments Chinese into dictionary words', () => {
    assert.deepEqual(tokenizeWords('我们今天去北京大学看看。', 'zh-Hans'), ['我们', '今天', '去', '北京', '大学', '看看', '。']);
    assert.deepEqual(tokenizeWords('北京。', 'zh', 'characters'), ['北', '京', '。']);
  });

  it('gives back the text exactly, even for a whole Chinese document cut in pieces', async () => {
    const zh = await readRepoText('translations/wilson-121617/zh-Hans.txt');
    const long = zh.repeat(3);
    assert.ok(long.length > 2000);
    assert.equal(tokenizeWords(long, 'zh-Hans').join(''), long);
    const en = await readRepoText('translations/wilson-121617/en-parallax.txt');
    assert.equal(tokenizeWords(en, 'en').join(''), en);
  });

  it('knows which scripts are written without spaces', () => {
    assert.equal(isUnspacedLanguage('zh-Hans'), true);
    assert.equal(isUnspacedLanguage('ja'), true);
    assert.equal(isUnspacedLanguage('en'), false);
    assert.equal(isUnspacedLanguage('zu'), false);
  });
});
