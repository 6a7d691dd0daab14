import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitPlainText } from '../../../src/core/import/split-plain-text.ts';
import type { Witness } from '../../../src/core/model/work.ts';
import { matchParagraphs, proposalSummary, revisedToProposals } from '../../../src/core/revise/index.ts';
import { loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const english = work.witnesses.find((w) => w.id === 'en-parallax') as Witness;
const texts = english.paragraphs.map((p) => p.text);

describe('revisedToProposals on the sample translation', () => {
  it('three edited paragraphs, one removed, one added → 3 proposals, the rest unchanged, 2 unmatched', () => {
    const revised = [...texts];
    revised[3] = (revised[3] ?? '').replace(/\bthe\b/, 'this');
    revised[5] = `${revised[5] ?? ''} (Revised.)`;
    revised[8] = (revised[8] ?? '').replace(/\.$/, ';').replace(/^(\S+)/, '$1 indeed');
    revised.splice(10, 1);
    revised.splice(2, 0, 'A paragraph the reviewer wrote that has nothing in common with any other.');
    const set = revisedToProposals(english, splitPlainText(revised.join('\n\n'), 'blank-lines'));
    assert.deepEqual(set.proposals.map((p) => p.paragraphId), ['en-parallax-p4', 'en-parallax-p6', 'en-parallax-p9']);
    assert.deepEqual(set.proposals.map((p) => p.before), [texts[3], texts[5], texts[8]]);
    assert.deepEqual(set.proposals[1]?.diff.filter((d) => d.op !== 'equal').map((d) => [d.op, d.text.trim()]), [['insert', '(Revised.)']]);
    assert.deepEqual(set.unmatched, [
      { kind: 'added', text: 'A paragraph the reviewer wrote that has nothing in common with any other.', afterParagraphId: 'en-parallax-p2' },
      { kind: 'removed', paragraphId: 'en-parallax-p11' },
    ]);
    assert.equal(set.unchanged, texts.length - 4);
    assert.equal(proposalSummary(set), `3 proposals, ${texts.length - 4} unchanged, 2 unmatched`);
    assert.ok(set.proposals.every((p) => p.requestedState === null), 'nothing asks to be approved');
  });

  it('the same text, rewrapped, is no change at all', () => {
    const set = revisedToProposals(english, texts.map((t) => t.replace(/ /g, '\n').replace(/\n/g, ' ')));
    assert.deepEqual([set.proposals.length, set.unchanged, set.unmatched.length], [0, texts.length, 0]);
  });
});

describe('matchParagraphs', () => {
  it('pairs edited paragraphs by overlap and leaves unrelated ones as added and removed', () => {
    assert.deepEqual(matchParagraphs(['a b c d', 'x y', 'p q r'], ['a b c e', 'totally new words here', 'p q r'], 'en'), [
      { kind: 'changed', old: 0, new: 0 }, { kind: 'removed', old: 1 }, { kind: 'added', new: 1 }, { kind: 'same', old: 2, new: 2 },
    ]);
  });
  it('compares Chinese by characters', () => {
    assert.deepEqual(matchParagraphs(['苏联政府感到不安。'], ['苏联政府深感不安。'], 'zh-Hans'), [{ kind: 'changed', old: 0, new: 0 }]);
  });
  it('stays bounded on a huge gap: 2,000 × 2,000 replaced paragraphs are paired in order', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `old paragraph number ${i} alpha`);
    const b = Array.from({ length: 2000 }, (_, i) => `new paragraph number ${i} beta`);
    const t = performance.now();
    const m = matchParagraphs(a, b, 'en');
    assert.ok(performance.now() - t < 2000);
    assert.equal(m.filter((x) => x.kind === 'changed').length, 2000);
  });
});
