import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { joinSentences, sentenceStop } from '../../../src/core/edition/join-sentences.ts';
import { readRepoText } from '../../support/files.ts';

describe('sentenceStop', () => {
  it('adds a full stop only where a sentence is not already ended', () => {
    assert.equal(sentenceStop('Archive translation (en, translation)'), '.');
    assert.equal(sentenceStop('must not be cited as such.'), '');
    assert.equal(sentenceStop('Is it? '), '');
    assert.equal(sentenceStop('“as found.”'), '');
    assert.equal(sentenceStop('(see NOTICE.md.)'), '');
    assert.equal(sentenceStop('不得引用。'), '');
    assert.equal(sentenceStop('<https://example.org/document/121617>'), '.');
  });
});

describe('joinSentences', () => {
  it('joins the sample work’s provenance notes without doubling their stops', async () => {
    const manifest = JSON.parse(await readRepoText('translations/wilson-121617/work.json')) as { witnesses: Array<{ label: string; provenance: string | null }> };
    for (const w of manifest.witnesses) {
      const joined = joinSentences([w.label, w.provenance, 'Written for this project.']);
      assert.ok(!/[^.]\.\.(?!\.)/.test(joined), joined);
      assert.ok(joined.startsWith(`${w.label}. `), 'a stop after the label');
      assert.ok(joined.endsWith(' Written for this project.'));
    }
  });

  it('leaves out empty parts and does not end the last one', () => {
    assert.equal(joinSentences(['One', null, '  ', 'Two.', 'three']), 'One. Two. three');
    assert.equal(joinSentences([]), '');
  });
});
