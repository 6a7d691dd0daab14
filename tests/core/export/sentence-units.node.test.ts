/**
 * Sentence-segmented XLIFF 2.0 and TMX of the sample: valid against their
 * schemas, segment ids naming sentences, and read back unchanged they give
 * not a single proposal (the paragraphs are rebuilt exactly); one edited
 * sentence gives one proposal on its paragraph.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { xmlText } from '../../../src/core/export/escape-xml.ts';
import { sentenceRow } from '../../../src/core/export/sentence-units.ts';
import { toTmx } from '../../../src/core/export/to-tmx.ts';
import { toXliff } from '../../../src/core/export/to-xliff.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/load-zh-en-lexicon.ts';
import { readTmx } from '../../../src/core/import-tmx/index.ts';
import { readXliff } from '../../../src/core/import-xliff/index.ts';
import type { Witness } from '../../../src/core/model/work.ts';
import { returnedToProposals } from '../../../src/core/revise/index.ts';
import { SCHEMAS, tempDir, tool, writeTemp } from '../../export/run-tool.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const edition = buildEdition(work, await loadSampleAlignment(work));
assert.ok(edition.ok);
const lexicon = await loadZhEnLexicon();
const english = work.witnesses.find((w) => w.id === 'en-7b') as Witness;
const dir = tempDir();
const p4 = english.paragraphs.find((p) => p.id === 'en-7b-p4')?.text ?? '';

describe('sentence rows', () => {
  it('cover each side exactly: spans and the text between them rebuild the row', () => {
    for (const row of edition.value.rows) {
      const r = sentenceRow(row, lexicon);
      let s = 0;
      for (const p of r.pairs) {
        assert.ok(p.source.start >= s && p.source.end >= p.source.start);
        s = p.source.end;
      }
      assert.equal(r.targetText, row.translation.paragraphs.map((p) => p.text).join('\n\n'));
    }
    const row3 = edition.value.rows.find((r) => r.translation.paragraphs.some((p) => p.id === 'en-7b-p4'));
    assert.ok(row3);
    const ids = sentenceRow(row3, lexicon).pairs.flatMap((p) => p.target.ids);
    assert.deepEqual(ids, ['en-7b-p4-s1'], 'p4 is one long sentence');
  });
});

describe('sentence-segmented XLIFF 2.0', () => {
  const xml = toXliff(edition.value, { units: 'sentences', lexicon });
  it('is valid against the XLIFF 2.0 core schema and names sentences in segment ids', () => {
    const r = tool('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), writeTemp(dir, 's.xlf', xml)]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(xml, /<segment id="en-7b-p3-s1" state="translated">/);
    assert.match(xml, /<segment id="en-7b-p3-s2" state="translated">/);
    assert.match(xml, /<ignorable><source xml:space="preserve"\/><target xml:space="preserve"> <\/target><\/ignorable>/);
  });
  it('read back unchanged: no proposal, every paragraph unchanged', () => {
    const read = readXliff(xml);
    assert.ok(read.ok);
    const set = returnedToProposals(english, read.value);
    assert.deepEqual([set.proposals.length, set.unmatched.length], [0, 0]);
  });
  it('one edited sentence → one proposal on its paragraph', () => {
    const read = readXliff(xml.replace('seriously perplexed', 'deeply perplexed'));
    assert.ok(read.ok);
    const set = returnedToProposals(english, read.value);
    assert.deepEqual(set.proposals.map((p) => [p.paragraphId, p.after]), [['en-7b-p4', p4.replace('seriously', 'deeply')]]);
  });
});

describe('sentence-segmented TMX', () => {
  const xml = toTmx(edition.value, { units: 'sentences', lexicon, now: new Date('2026-12-04T00:00:00Z') });
  it('is valid against the TMX 1.4b DTD, segtype sentence, one unit per sentence pair', () => {
    const r = tool('xmllint', ['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), writeTemp(dir, 's.tmx', xml)]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(xml, /segtype="sentence"/);
    assert.ok((xml.match(/<tu /g) ?? []).length > edition.value.rows.length);
    assert.match(xml, /<prop type="x-sentences">zh-p2-s1 en-7b-p3-s1<\/prop>/);
  });
  it('read back: unchanged gives nothing; an edited sentence gives its paragraph with the other sentences as they were', () => {
    const same = readTmx(xml, { targetLang: 'en' });
    assert.ok(same.ok);
    assert.deepEqual(returnedToProposals(english, same.value).proposals, []);
    const p3 = english.paragraphs.find((p) => p.id === 'en-7b-p3')?.text ?? '';
    const edited = readTmx(xml.replace(xmlText('The Soviet Government naturally feels perturbed'), 'The Soviet Government is naturally perturbed'), { targetLang: 'en' });
    assert.ok(edited.ok);
    const set = returnedToProposals(english, edited.value);
    assert.deepEqual(set.proposals.map((p) => [p.paragraphId, p.after]), [['en-7b-p3', p3.replace('naturally feels perturbed', 'is naturally perturbed')]]);
    assert.deepEqual(set.unmatched, []);
  });
});
