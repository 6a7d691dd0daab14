// Word pairs learned from anchors: on the Bible set's own gold beads (taken as
// anchors), the names and words a general dictionary lacks are found; too few
// anchors teach nothing; the base dictionary is left as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { learnFromAnchors, ANCHOR_SCORE } from '../../../src/core/alignment/learned-lexicon.ts';
import { parseGoldBeads } from '../../../src/core/alignment/evaluate-alignment.ts';
import { parseLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { readSharedText } from '../../support/files.ts';

const lines = (t: string | undefined) => (t ?? '').replace(/\n$/, '').split('\n');

async function bible() {
  const [zh, en, gold] = await Promise.all(['zh.txt', 'en.txt', 'gold.align'].map((f) => readSharedText(`data/bible-zh-en/${f}`)));
  return {
    zh: lines(zh), en: lines(en),
    anchors: parseGoldBeads(gold ?? '').map((b) => ({ source: b.second, target: b.first, score: 1 })),
  };
}

const stemsOf = (lex: { entries: ReadonlyMap<string, Int32Array>; stemIds: ReadonlyMap<string, number> }, word: string): string[] => {
  const names = new Map([...lex.stemIds].map(([s, id]) => [id, s]));
  return [...(lex.entries.get(word) ?? [])].map((id) => names.get(id) ?? '?');
};

describe('learnFromAnchors', () => {
  it('finds transliterated names from the text pair itself', async () => {
    const { zh, en, anchors } = await bible();
    const learned = learnFromAnchors(zh, en, anchors, undefined);
    assert.ok(learned && learned.learned > 100, `many pairs learned (${learned?.learned})`);
    assert.ok(stemsOf(learned.lexicon, '该隐').includes('cain'), '该隐 ↔ Cain');
    assert.ok(stemsOf(learned.lexicon, '以撒').includes('isaac'), '以撒 ↔ Isaac');
    assert.ok(stemsOf(learned.lexicon, '雅各').some((s) => s.startsWith('jacob')), '雅各 ↔ Jacob');
  });

  it('adds to a base dictionary without changing it', async () => {
    const { zh, en, anchors } = await bible();
    const base = parseLexicon('神\tgod\n地\tearth\n');
    const learned = learnFromAnchors(zh, en, anchors, base);
    assert.ok(learned);
    assert.equal(base.entries.size, 2);
    assert.deepEqual(stemsOf(base, '神'), ['god']);
    assert.ok(stemsOf(learned.lexicon, '神').includes('god'), 'base senses kept');
    assert.ok(learned.lexicon.entries.size > base.entries.size);
  });

  it('teaches nothing from too few or unsure anchors', async () => {
    const { zh, en, anchors } = await bible();
    assert.equal(learnFromAnchors(zh, en, anchors.slice(0, 10), undefined), null);
    assert.equal(learnFromAnchors(zh, en, anchors.map((a) => ({ ...a, score: ANCHOR_SCORE - 0.01 })), undefined), null);
  });
});
