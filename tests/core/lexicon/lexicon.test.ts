import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lexicalEvidence, parseLexicon, segmentWithLexicon } from '../../../src/core/lexicon/lexicon.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/load-zh-en-lexicon.ts';

// Stems as the compact file holds them ("people" → "peopl").
const tiny = parseLexicon('# comment\n边境\tborder frontier\n越境\tcross border\n苏联\tsoviet union\n人\tperson peopl\n的\tof\n');
const idsOf = (words: string[]) => words.map((w) => tiny.stemIds.get(w));

describe('lexicon', () => {
  it('parses the compact format, skipping comments and empty senses', () => {
    assert.equal(tiny.entries.size, 5);
    assert.equal(tiny.maxWordLength, 2);
    assert.deepEqual([...(tiny.entries.get('边境') ?? [])], idsOf(['border', 'frontier']));
    assert.equal(parseLexicon('无\t\n').entries.size, 0);
  });

  it('segments Han runs by longest match and drops function words', () => {
    const words = segmentWithLexicon('苏联的边境，越境的人', tiny);
    assert.equal(words.length, 3 + 1, '苏联 边境 越境 人 (的 is a function word)');
  });

  it('counts words a pair shares through the dictionary, in both directions', () => {
    const zh = ['苏联边境', '人'];
    const en = ['the Soviet border', 'people crossed'];
    const fwd = lexicalEvidence(tiny, zh, 'zh-Hans', en, 'en');
    assert.equal(fwd.sourceWords(0), 2);
    assert.equal(fwd.sourceMatched(0, 0, 1), 2, '苏联 and 边境 both found in "the Soviet border"');
    assert.equal(fwd.targetMatched(0, 0, 1), 2, 'soviet and border both translate a word of 苏联边境');
    assert.equal(fwd.sourceMatched(0, 1, 2), 0);
    const back = lexicalEvidence(tiny, en, 'en', zh, 'zh-Hans');
    assert.equal(back.sourceMatched(1, 1, 2), 1, '"people" translates 人');
    const out = new Uint32Array(4);
    assert.equal(fwd.pairMasks(0, 0, out, 0), 4);
    assert.equal(out[0], 0b11);
  });

  it('gives no evidence for a pair that is not Chinese–English', () => {
    const none = lexicalEvidence(tiny, ['border'], 'en', ['frontier'], 'fr');
    assert.equal(none.sourceMatched(0, 0, 1), 0);
    assert.equal(none.sourceWords(0), 0);
  });

  it('loads the CC-CEDICT lexicon once, lazily, with the common words of the sample work', async () => {
    const a = await loadZhEnLexicon();
    assert.equal(await loadZhEnLexicon(), a, 'memoised');
    assert.ok(a.entries.size > 100_000);
    const glosses = (w: string) => [...(a.entries.get(w) ?? [])].map((id) => [...a.stemIds].find(([, v]) => v === id)?.[0]);
    assert.ok(glosses('边境').includes('border'));
    assert.ok(glosses('亚伯拉罕').includes('abraham'));
  });

  it('keeps CC-CEDICT\'s traditional headwords, each with its own senses', async () => {
    const a = await loadZhEnLexicon();
    const glosses = (w: string) => [...(a.entries.get(w) ?? [])].map((id) => [...a.stemIds].find(([, v]) => v === id)?.[0]);
    assert.deepEqual(glosses('邊境'), glosses('边境'));
    assert.ok(glosses('蘇聯').includes('soviet'));
    // 发 is both 髮 "hair" and 發 "send out": the traditional headwords keep them apart.
    assert.ok(glosses('頭髮').includes('hair') && !glosses('發展').includes('hair'));
    assert.ok(glosses('發展').includes('develop'));
  });
});
