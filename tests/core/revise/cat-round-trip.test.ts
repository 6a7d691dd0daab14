/**
 * The CAT round trip on the real sample: export XLIFF 2.0, XLIFF 1.2 and
 * TMX, change three targets and one state as a translator would, read the
 * file back, and check field by field that exactly three proposals come
 * out, with the right word changes, the state carried, nothing else moved.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bundleOfWork, workFromBundle } from '../../../src/core/bundle/index.ts';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { xmlText } from '../../../src/core/export/escape-xml.ts';
import { toTmx } from '../../../src/core/export/to-tmx.ts';
import { toXliff } from '../../../src/core/export/to-xliff.ts';
import { toXliff12 } from '../../../src/core/export/to-xliff12.ts';
import { createIdFactory } from '../../../src/core/ids.ts';
import { readTmx } from '../../../src/core/import-tmx/index.ts';
import { readXliff, type ReturnedFile } from '../../../src/core/import-xliff/index.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { proposalsIntoBundle, proposalSummary, returnedToProposals } from '../../../src/core/revise/index.ts';
import { revisionState } from '../../../src/core/workflow/revision-state.ts';
import type { PxError, Result } from '../../../src/core/result.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const alignment = await loadSampleAlignment(work);
const edition = buildEdition(work, alignment);
assert.ok(edition.ok);
const translation = work.witnesses.find((w) => w.id === 'en-7b');
assert.ok(translation);
const textOf = (id: string) => translation.paragraphs.find((p) => p.id === id)?.text ?? '';

/** Three edits a reviewer might make, each a few words in one paragraph. */
const EDITS = [
  { id: 'en-7b-p4', from: 'seriously perplexed', to: 'deeply perplexed', changed: [['delete', 'seriously'], ['insert', 'deeply']] },
  { id: 'en-7b-p6', from: 'It is not hard to understand', to: 'It is easy to see', changed: [['delete', 'not hard'], ['insert', 'easy'], ['delete', 'understand'], ['insert', 'see']] },
  { id: 'en-7b-p9', from: 'there is no barrier, literally,', to: 'there is literally no barrier', changed: null },
] as const;

function translate(xml: string): string {
  let out = xml;
  for (const e of EDITS) {
    const before = xmlText(textOf(e.id));
    assert.ok(before.includes(xmlText(e.from)), `${e.id} holds “${e.from}”`);
    assert.equal(out.split(before).length, 2, `${e.id}'s text stands once in the file`);
    out = out.replace(before, before.replace(xmlText(e.from), xmlText(e.to)));
  }
  return out;
}

function assertThreeProposals(read: Result<ReturnedFile, PxError>, finalOn: string, stateWritten: string): void {
  assert.ok(read.ok, read.ok ? '' : read.error.message);
  const set = returnedToProposals(translation as Work['witnesses'][number], read.value);
  assert.deepEqual(set.proposals.map((p) => p.paragraphId), EDITS.map((e) => e.id));
  for (const [i, e] of EDITS.entries()) {
    const p = set.proposals[i];
    assert.ok(p);
    assert.equal(p.before, textOf(e.id));
    assert.equal(p.after, textOf(e.id).replace(e.from, e.to));
    assert.equal(p.diff.filter((d) => d.op !== 'delete').map((d) => d.text).join(''), p.after, 'the diff rebuilds the revised text');
    assert.equal(p.diff.filter((d) => d.op !== 'insert').map((d) => d.text).join(''), p.before, 'and the current one');
    if (e.changed) assert.deepEqual(p.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.text.trim()]), e.changed);
    assert.equal(p.requestedState, e.id === finalOn ? 'approved' : 'draft');
    if (e.id === finalOn) assert.equal(p.stateAsWritten, stateWritten);
  }
  const exported = edition.ok ? edition.value.rows.filter((r) => r.original.paragraphs.length > 0).flatMap((r) => r.translation.paragraphs).length : 0;
  assert.equal(set.unchanged, exported - 3, 'every other exported paragraph is unchanged');
  assert.deepEqual(set.unmatched, []);
  assert.deepEqual(set.stateChanges, []);
  assert.match(proposalSummary(set), /^3 proposals, \d+ unchanged, 0 unmatched$/);
}

describe('XLIFF 2.0 out and back in', () => {
  it('three changed targets → exactly three proposals, the final state carried as a request', () => {
    const xml = translate(toXliff(edition.value)).replace('<segment id="en-7b-p9" state="translated">', '<segment id="en-7b-p9" state="final">');
    assertThreeProposals(readXliff(xml), 'en-7b-p9', 'final');
  });

  it('a state moved on an unchanged target is a state change, not a proposal', () => {
    const xml = toXliff(edition.value).replace('<segment id="en-7b-p5" state="translated">', '<segment id="en-7b-p5" state="reviewed">');
    const read = readXliff(xml);
    assert.ok(read.ok);
    const set = returnedToProposals(translation, read.value);
    assert.deepEqual(set.proposals, []);
    assert.deepEqual(set.stateChanges, [{ paragraphId: 'en-7b-p5', requestedState: 'proposed', stateAsWritten: 'reviewed' }]);
  });

  it('the two-paragraph first row splits back at its blank line', () => {
    const xml = toXliff(edition.value).replace('>Appendix\n\n', '>Annex\n\n');
    const read = readXliff(xml);
    assert.ok(read.ok);
    const set = returnedToProposals(translation, read.value);
    assert.deepEqual(set.proposals.map((p) => [p.paragraphId, p.after]), [['en-7b-p1', 'Annex']]);
  });
});

describe('XLIFF 1.2 out and back in', () => {
  it('three changed targets → exactly three proposals; state="final" carried', () => {
    const xml = translate(toXliff12(edition.value));
    const unit = /<trans-unit id="(d1-r\d+)" resname="zh-p\d+ en-7b-p9"/.exec(xml)?.[1];
    assert.ok(unit);
    const at = xml.indexOf(`<trans-unit id="${unit}"`);
    const withState = xml.slice(0, at) + xml.slice(at).replace('<target state="translated">', '<target state="final">');
    assertThreeProposals(readXliff(withState), 'en-7b-p9', 'final');
  });
});

describe('TMX out and back in', () => {
  it('three changed segments → exactly three proposals; x-status approved carried', () => {
    const xml = translate(toTmx(edition.value, { now: new Date('2026-12-04T10:00:00Z') }));
    const at = xml.indexOf('en-7b-p9</prop>');
    const tu = xml.lastIndexOf('<tu ', at);
    const withState = xml.slice(0, tu) + xml.slice(tu).replace('<prop type="x-status">imported</prop>', '<prop type="x-status">approved</prop>');
    assertThreeProposals(readTmx(withState, { targetLang: 'en' }), 'en-7b-p9', 'approved');
  });
});

describe('proposals into a bundle', () => {
  it('appends three proposed revisions on the current ones; nothing approved, current text unchanged', () => {
    const ids = createIdFactory(() => Date.parse('2026-12-04T10:00:00Z'));
    const bundle = bundleOfWork(work, { author: 'Importer', at: '2026-12-01T00:00:00.000Z', ids });
    const read = readXliff(translate(toXliff(edition.value)).replace('<unit id="d1-r3" name="zh-p3 en-7b-p4">', '<unit id="d1-r3" name="zh-p3 en-7b-p4"><notes><note category="comment">Is “deeply” too strong?</note></notes>'));
    assert.ok(read.ok);
    const set = returnedToProposals(translation, read.value);
    const next = proposalsIntoBundle(bundle, set, { workId: work.id, author: 'Reviewer R', at: '2026-12-04T10:00:00.000Z', ids, sourceName: 'wilson.xlf' });
    assert.ok(next.ok);
    const added = next.value.revisions.slice(bundle.revisions.length);
    assert.deepEqual(added.map((r) => [r.paragraphId, r.origin, r.author, r.text === textOf(r.paragraphId)]), EDITS.map((e) => [e.id, 'edit', 'Reviewer R', false]));
    for (const r of added) {
      const base = bundle.revisions.find((b) => b.id === r.baseRevisionId);
      assert.equal(base?.paragraphId, r.paragraphId, 'each proposal is based on its paragraph’s current revision');
      assert.equal(revisionState(r, next.value.events), 'proposed');
    }
    assert.deepEqual(next.value.events.map((e) => e.note), EDITS.map(() => 'Imported from wilson.xlf (marked translated there)'));
    assert.deepEqual(next.value.comments.map((c) => [c.paragraphId, c.text]), [['en-7b-p4', 'Is “deeply” too strong?']]);
    const current = workFromBundle(next.value, work.id);
    assert.ok(current.ok);
    assert.deepEqual(current.value.witnesses, work.witnesses, 'the approved text is what it was');
  });

  it('refuses a blank author and an unknown witness with a code', () => {
    const ids = createIdFactory();
    const bundle = bundleOfWork(work, { author: 'I', at: '2026-12-01T00:00:00.000Z', ids });
    const empty = { witnessId: 'en-7b', proposals: [], unchanged: 0, unmatched: [], stateChanges: [], notesWithoutProposal: [] };
    const a = proposalsIntoBundle(bundle, empty, { workId: work.id, author: ' ', at: '2026-12-04T10:00:00.000Z', ids, sourceName: 'x' });
    const b = proposalsIntoBundle(bundle, { ...empty, witnessId: 'fr' }, { workId: work.id, author: 'R', at: '2026-12-04T10:00:00.000Z', ids, sourceName: 'x' });
    assert.deepEqual([a.ok ? '' : a.error.code, b.ok ? '' : b.error.code], ['REVISE_NO_AUTHOR', 'REVISE_UNKNOWN_WITNESS']);
  });
});
