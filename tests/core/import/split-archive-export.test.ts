import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isArchiveLabel, splitArchiveExport } from '../../../src/core/import/split-archive-export.ts';
import { readSharedText } from '../../support/files.ts';

describe('splitArchiveExport', () => {
  it('splits the corpus file into date line, title, sections and body', async () => {
    const parts = splitArchiveExport(await readSharedText('corpus/wilson-121617.en.txt'));
    assert.equal(parts.dateLine, 'April 30, 1962');
    assert.equal(parts.title, 'The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)');
    assert.deepEqual([...parts.sections.keys()], ['citation', 'summary', 'credits', 'original language', 'contents']);
    assert.deepEqual(parts.sections.get('contents'), ['Translation - English']);
    assert.ok(parts.body.startsWith('Appendix\n'));
  });

  it('does not take a first body line for a date line when there is no header', () => {
    const parts = splitArchiveExport('First paragraph of a letter.\n\nSecond paragraph.');
    assert.equal(parts.dateLine, null);
    assert.equal(parts.title, null);
    assert.ok(parts.body.startsWith('First paragraph'));
  });

  it('reads a bold title on one line and an unclosed bold line as the title line alone', () => {
    assert.equal(splitArchiveExport('**Short Title**\n\nCitation:\n\n"Short Title", 1962.\n\nBody text.').title, 'Short Title');
    const unclosed = splitArchiveExport('**Broken title\n\nCitation:\n\nx\n\nBody.');
    assert.equal(unclosed.title, 'Broken title');
  });

  it('knows the archive labels and nothing else', () => {
    assert.equal(isArchiveLabel('Original Language:'), true);
    assert.equal(isArchiveLabel('Credits: MacArthur'), true);
    assert.equal(isArchiveLabel('Note:'), false);
    assert.equal(isArchiveLabel('They said: no.'), false);
  });
});
