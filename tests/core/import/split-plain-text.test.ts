import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detectSplitMode, joinWrappedLines, splitPlainText, splitPlainTextPieces } from '../../../src/core/import/split-plain-text.ts';
import { readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

describe('splitPlainText', () => {
  it('splits the sample texts at blank lines', async () => {
    const zh = await readRepoText(`${SAMPLE}/zh-Hans.txt`);
    assert.equal(detectSplitMode(zh), 'blank-lines');
    assert.equal(splitPlainText(zh).length, zh.trim().split('\n\n').length);
  });

  it('detects one paragraph per line with full-width indents, as Chinese texts are often laid out', async () => {
    const zh = await readRepoText(`${SAMPLE}/zh-Hans.txt`);
    const paragraphs = zh.trim().split('\n\n');
    const indented = paragraphs.map((p) => '\u3000\u3000' + p).join('\n');
    assert.equal(detectSplitMode(indented), 'lines');
    assert.deepEqual(splitPlainText(indented), paragraphs);
  });

  it('treats indented lines inside blank-line blocks as paragraphs of their own', () => {
    const text = '\u3000\u3000第一段。\n\u3000\u3000第二段。\n\n\u3000\u3000第三段。\n\u3000\u3000第四段。';
    assert.equal(detectSplitMode(text), 'lines');
    assert.deepEqual(splitPlainText(text), ['第一段。', '第二段。', '第三段。', '第四段。']);
  });

  it('joins hard-wrapped lines of one paragraph, with a space in English and none between Chinese characters', () => {
    const text = 'The Soviet Government\nhopes that the border\nwill be restored.\n\n苏联政府希望\n中国政府也采取措施。';
    assert.equal(detectSplitMode(text), 'blank-lines');
    assert.deepEqual(splitPlainText(text), ['The Soviet Government hopes that the border will be restored.', '苏联政府希望中国政府也采取措施。']);
  });

  it('flags an unindented line after an unfinished indented one as a possible continuation', () => {
    const text = '\u3000\u3000第一段没有结束\n接着写完。\n\u3000\u3000第二段。\n\u3000\u3000第三段。\n苏联驻华大使馆\n一九六二年四月三十日';
    assert.deepEqual(splitPlainTextPieces(text).map((p) => p.layoutContinues), [false, true, false, false, false, false]);
  });

  it('obeys a forced mode', () => {
    const text = 'line one\nline two\n\nline three';
    assert.deepEqual(splitPlainText(text, 'lines'), ['line one', 'line two', 'line three']);
    assert.deepEqual(splitPlainText(text, 'blank-lines'), ['line one line two', 'line three']);
  });

  it('treats a text without blank lines as one paragraph per line', () => {
    assert.equal(detectSplitMode('一。\n二。\n三。'), 'lines');
  });

  it('collapses runs of spaces and trims full-width indentation when joining', () => {
    assert.equal(joinWrappedLines('\u3000\u3000a  b\n  c '), 'a b c');
  });
});
