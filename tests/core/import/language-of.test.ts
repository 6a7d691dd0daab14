import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage, languageTagOf } from '../../../src/core/import/language-of.ts';
import { readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

describe('language of a text', () => {
  it('guesses the sample texts by script', async () => {
    assert.equal(guessLanguage(await readRepoText(`${SAMPLE}/zh-Hans.txt`)), 'zh-Hans');
    assert.equal(guessLanguage(await readRepoText(`${SAMPLE}/en-parallax.txt`)), 'en');
    assert.equal(guessLanguage('Советское правительство надеется, что китайское правительство'), 'ru');
    assert.equal(guessLanguage('1962 — 42'), 'en');
    assert.equal(guessLanguage('蘇聯大使面交張漢夫副部長的蘇方文件'), 'zh-Hant');
    assert.equal(guessLanguage('佢哋喺邊度？我哋嚟咗香港。'), 'zh-Hant');
    assert.equal(guessLanguage('苏联大使面交张汉夫副部长的苏方文件'), 'zh-Hans');
    assert.equal(guessLanguage('中国人民'), 'zh-Hans', 'text in characters both scripts share stays zh-Hans');
  });
  it('maps the archive\'s language names to BCP 47 tags', () => {
    assert.equal(languageTagOf('English'), 'en');
    assert.equal(languageTagOf(' chinese '), 'zh-Hans');
    assert.equal(languageTagOf('Klingon'), null);
  });
});
