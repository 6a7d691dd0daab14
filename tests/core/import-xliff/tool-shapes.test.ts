/**
 * Files shaped as OmegaT (through Okapi), memoQ and an XLIFF 2.0 tool write
 * them after translation (tests/fixtures/interchange/), read into proposals
 * on a three-paragraph work whose ids they carry.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTmx } from '../../../src/core/import-tmx/index.ts';
import { readXliff } from '../../../src/core/import-xliff/index.ts';
import type { Witness } from '../../../src/core/model/work.ts';
import { returnedToProposals } from '../../../src/core/revise/index.ts';
import { readRepoText } from '../../support/files.ts';

const english: Witness = {
  id: 'en', lang: 'en', role: 'translation', label: 'English', translator: null, provenance: null, preparedForProject: false,
  paragraphs: [
    { id: 'en-p1', kind: 'text', text: 'Both sides agreed.' },
    { id: 'en-p2', kind: 'text', text: 'The border was opened. Talks went on.' },
    { id: 'en-p3', kind: 'text', text: "The talks ended at five o'clock." },
  ],
};
const fixture = (name: string) => readRepoText(`tests/fixtures/interchange/${name}`);
const brief = (set: ReturnType<typeof returnedToProposals>) => set.proposals.map((p) => [p.paragraphId, p.after, p.requestedState, p.notes]);

describe('XLIFF 1.2 as Okapi writes it from OmegaT', () => {
  it('reads segmented targets through <mrk mtype="seg">, drops code content, reflows without xml:space', async () => {
    const read = readXliff(await fixture('okapi-omegat-1.2.xlf'));
    assert.ok(read.ok, read.ok ? '' : read.error.message);
    assert.equal(read.value.format, 'xliff-1.2');
    assert.deepEqual([read.value.sourceLang, read.value.targetLang, read.value.workId], ['zh-Hans', 'en', 'demo-work']);
    assert.deepEqual(read.value.units.map((u) => u.target), ['The two sides agreed.', 'The border was\n    opened. Talks went on.', "The talks ended at five o'clock."]);
    const set = returnedToProposals(english, read.value);
    assert.deepEqual(brief(set), [['en-p1', 'The two sides agreed.', 'draft', []]]);
    assert.equal(set.unchanged, 2, 'the reflowed second unit is no change');
    assert.deepEqual(set.stateChanges, [{ paragraphId: 'en-p3', requestedState: 'proposed', stateAsWritten: 'signed-off' }]);
    assert.deepEqual(set.notesWithoutProposal, [{ paragraphId: 'en-p2', notes: ['Check “opened”: the source may mean “reopened”.'] }]);
    assert.deepEqual(set.unmatched, []);
  });
});

describe('XLIFF 1.2 as memoQ writes it', () => {
  it('keeps preserved spaces, reads approved="yes" as final, skips a unit with no target', async () => {
    const read = readXliff(await fixture('memoq-1.2.xlf'));
    assert.ok(read.ok, read.ok ? '' : read.error.message);
    assert.deepEqual(read.value.units.map((u) => [u.state, u.stateAsWritten]), [['translated', 'translated'], ['final', 'translated'], [null, null]]);
    const set = returnedToProposals(english, read.value);
    assert.deepEqual(brief(set), [['en-p2', 'The border was opened.  Talks continued.', 'approved', ['Second sentence tightened.']]]);
    assert.equal(set.unchanged, 1);
  });
});

describe('XLIFF 2.0 resegmented, with prefixes and modules', () => {
  it('joins segments and ignorables, keeps <pc>/<mrk> text, drops <ph>/<sc>/<ec>, reads <cp>, takes the weakest state', async () => {
    const read = readXliff(await fixture('okapi-2.0.xlf'));
    assert.ok(read.ok, read.ok ? '' : read.error.message);
    assert.equal(read.value.format, 'xliff-2.0');
    const set = returnedToProposals(english, read.value);
    assert.deepEqual(brief(set), [
      ['en-p1', 'Both parties agreed.', 'approved', []],
      ['en-p2', 'The border was opened. Talks continued.', 'draft', ['Split into two segments.']],
      ['en-p3', "The talks ended at five\u00A0o'clock.", 'draft', []],
    ]);
    assert.deepEqual(set.proposals[1]?.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.text.trim()]), [['delete', 'went on'], ['insert', 'continued']]);
  });
});

describe('TMX as OmegaT writes its project memory', () => {
  it('finds the target by language (EN-GB for en), drops codes, lists a unit without ids as unmatched', async () => {
    const read = readTmx(await fixture('omegat-1.4.tmx'), { targetLang: 'en' });
    assert.ok(read.ok, read.ok ? '' : read.error.message);
    assert.equal(read.value.targetLang, 'EN-GB');
    const set = returnedToProposals(english, read.value);
    assert.deepEqual(brief(set), [['en-p2', 'The border opened. Talks went on.', 'draft', ['Tightened by Ann.']]]);
    assert.equal(set.unchanged, 1);
    assert.deepEqual(set.unmatched, [{ kind: 'unknown-unit', unitId: '', text: 'Ministry of Foreign Affairs' }]);
  });
});
