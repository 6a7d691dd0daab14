import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeTitle } from '../../../src/core/import/looks-like-title.ts';
import { readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

describe('looksLikeTitle', () => {
  it('sees the title lines of both sample texts', async () => {
    assert.equal(looksLikeTitle(await readRepoText(`${SAMPLE}/zh-Hans.txt`)), true);
    assert.equal(looksLikeTitle(await readRepoText(`${SAMPLE}/en-parallax.txt`)), true);
  });
  it('does not take a sentence, a long line or a lone paragraph for a title', () => {
    assert.equal(looksLikeTitle('This is a sentence.\n\nAnother one.'), false);
    assert.equal(looksLikeTitle('x'.repeat(300) + '\n\nBody.'), false);
    assert.equal(looksLikeTitle('Only one line'), false);
    assert.equal(looksLikeTitle('Line one\nLine two\n\nBody.'), false);
  });
});
