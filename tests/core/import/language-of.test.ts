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
  });
  it('maps the archive\'s language names to BCP 47 tags', () => {
    assert.equal(languageTagOf('English'), 'en');
    assert.equal(languageTagOf(' chinese '), 'zh-Hans');
    assert.equal(languageTagOf('Klingon'), null);
  });
});
