import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { readRepoText } from '../../support/files.ts';

interface SentenceGold {
  sentences: Record<'zh' | 'en' | 'enParallax', string[][]>;
}

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits every body paragraph of the sample work exactly as the gold file does', async () => {
    const gold = JSON.parse(await readRepoText('translations/wilson-121617/sentence-gold.json')) as SentenceGold;
    for (const [key, lang, joiner] of [['zh', 'zh-Hans', ''], ['en', 'en', ' '], ['enParallax', 'en', ' ']] as const) {
      gold.sentences[key].forEach((paragraph, p) => {
        assert.deepEqual(texts(paragraph.join(joiner), lang), paragraph, `${key} paragraph ${p}`);
      });
    }
  });

  it('keeps a closing quote or bracket with its Chinese sentence', () => {
    assert.deepEqual(texts('他说：“我们走吧。”大家都同意了！（全文完。）还有吗？', 'zh-Hans'), ['他说：“我们走吧。”', '大家都同意了！', '（全文完。）', '还有吗？']);
    assert.deepEqual(texts('第一；第二。', 'zh'), ['第一；', '第二。']);
  });

  it('splits traditional text at the same places, with 「」 and 『』 quotes kept with their sentence', () => {
    assert.deepEqual(texts('他說：「我們走吧。」大家都同意了！（全文完。）還有嗎？', 'zh-Hant'), ['他說：「我們走吧。」', '大家都同意了！', '（全文完。）', '還有嗎？']);
    assert.deepEqual(texts('『蘇聯政府感到不安。』邊境的居民越境了｡第三句', 'zh-Hant'), ['『蘇聯政府感到不安。』', '邊境的居民越境了｡', '第三句']);
  });

  it('does not split English at abbreviations, initials, times or decimals', () => {
    const text = 'Mr. Zhang met Dr. J. F. Smith at 6:00 p.m. Moscow time. The rate was 3.5 per cent. He left at 8 p.m. and slept.';
    assert.deepEqual(texts(text, 'en'), ['Mr. Zhang met Dr. J. F. Smith at 6:00 p.m. Moscow time.', 'The rate was 3.5 per cent.', 'He left at 8 p.m. and slept.']);
  });

  it('splits English after a closing quote and at ? and !', () => {
    assert.deepEqual(texts('He said "stop." Then he left! Why? Nobody knows.', 'en'), ['He said "stop."', 'Then he left!', 'Why?', 'Nobody knows.']);
  });

  it('returns offsets into the original text and nothing for blank text', () => {
    const text = '  First one. Second one.  ';
    for (const s of splitSentences(text, 'en')) assert.equal(text.slice(s.start, s.end), s.text);
    assert.deepEqual(splitSentences('   ', 'en'), []);
    assert.deepEqual(splitSentences('', 'zh'), []);
  });
});
