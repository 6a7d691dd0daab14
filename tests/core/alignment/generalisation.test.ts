// Quality floors on text the aligner was not tuned on: the development set
// (Legge's Analects: classical, traditional script, free translation with
// dialogue) and a stretch of the Bible set's held-out part. Floors sit below
// the bench figures, so a change that loses ground fails here first.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { mergeWithinVerses, parseGoldBeads, strictScores } from '../../../src/core/alignment/evaluate-alignment.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/index.ts';
import { loadLeggeAnalects } from '../../support/legge-analects.ts';
import { readSharedText } from '../../support/files.ts';

const LENGTH_ONLY = { numberMatch: 0, numberMiss: 0, nameMatch: 0, punctuation: 0, lexicon: 0 };
const lines = (t: string | undefined) => (t ?? '').replace(/\n$/, '').split('\n');

describe('alignment on text it was not tuned on', () => {
  it('development set: well above length-only Gale–Church, with and without the dictionary', async () => {
    const set = await loadLeggeAnalects();
    const lexicon = await loadZhEnLexicon();
    const f1 = (opts: object) => strictScores(mergeWithinVerses(alignUnits(set.zh, set.en, { sourceLang: 'zh-Hant', targetLang: 'en', ...opts }).rows, set.zhVerse, set.enVerse), set.gold).f1;
    const lengthOnly = f1({ weights: LENGTH_ONLY });
    const withDictionary = f1({ lexicon });
    assert.ok(withDictionary >= 0.8, `with the dictionary F1 ${withDictionary.toFixed(3)}`);
    assert.ok(f1({}) >= lengthOnly + 0.1, 'numbers, names and punctuation alone beat length');
    assert.ok(withDictionary >= lengthOnly + 0.3, `dictionary ${withDictionary.toFixed(3)} against length only ${lengthOnly.toFixed(3)}`);
  });

  it('Bible, 600 held-out English lines: F1 ≥ 0.96 with and without the dictionary, above length only', async () => {
    const [zhT, enT, zvT, evT, goldT] = await Promise.all(['zh.txt', 'en.txt', 'zh.verse', 'en.verse', 'gold.align'].map((f) => readSharedText(`data/bible-zh-en/${f}`)));
    const gold = parseGoldBeads(goldT ?? '').map((b) => ({ source: b.second, target: b.first }));
    const from = gold.findIndex((b) => (b.target[0] ?? 0) >= 3000);
    const to = gold.findIndex((b) => (b.target[0] ?? 0) >= 3600);
    const z0 = gold[from]?.source[0] ?? 0;
    const z1 = gold[to]?.source[0] ?? 0;
    const part = gold.slice(from, to).map((b) => ({ source: b.source.map((x) => x - z0), target: b.target.map((x) => x - 3000) }));
    const zh = lines(zhT).slice(z0, z1);
    const en = lines(enT).slice(3000, 3600);
    const f1 = (opts: object) => strictScores(mergeWithinVerses(alignUnits(zh, en, { sourceLang: 'zh-Hans', targetLang: 'en', ...opts }).rows, lines(zvT).slice(z0, z1), lines(evT).slice(3000, 3600)), part).f1;
    const noDictionary = f1({});
    const withDictionary = f1({ lexicon: await loadZhEnLexicon() });
    assert.ok(noDictionary >= 0.96, `no dictionary F1 ${noDictionary.toFixed(3)}`);
    assert.ok(withDictionary >= 0.96, `with the dictionary F1 ${withDictionary.toFixed(3)}`);
    assert.ok(noDictionary > f1({ weights: LENGTH_ONLY }), 'above length-only Gale–Church');
  });
});
