import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNameCandidates } from '../../../src/core/names/find-name-candidates.ts';
import { latinKey, nameKey, pinyinKey } from '../../../src/core/names/name-keys.ts';

describe('findNameCandidates', () => {
  it('finds capitalised words that do not open a sentence, without titles', () => {
    const found = findNameCandidates('The statement names a Major General Ma-er-guo-fu, who met Comrade Wang Jun in Yining. Later he left.', 'en').map((c) => c.text);
    assert.deepEqual(found, ['Ma-er-guo-fu', 'Wang Jun', 'Yining']);
  });

  it('finds lowercase hyphenated pinyin but not English compounds', () => {
    const found = findNameCandidates('a place called ba-ke-tu, a well-to-do man', 'en').map((c) => c.text);
    assert.deepEqual(found, ['ba-ke-tu']);
  });

  it('finds transliterated names in Chinese', () => {
    const found = findNameCandidates('提到一个马尔果夫少将，实际上是伊斯哈科夫·马尔古甫，现居住在阿拉木图。', 'zh-Hans').map((c) => c.text);
    assert.deepEqual(found, ['马尔果夫', '伊斯哈科夫·马尔古甫', '阿拉木图']);
  });
});

describe('name keys', () => {
  it('meet across scripts', () => {
    assert.equal(pinyinKey('马尔果夫'), 'maerguofu');
    assert.equal(latinKey('Ma-er-guo-fu'), 'maerguofu');
    assert.equal(nameKey('巴克图'), nameKey('Ba-ke-tu'));
    assert.equal(latinKey('Bākètú'), 'baketu');
    assert.equal(nameKey('霍尔果斯'), nameKey('Huoerguosi'));
  });
});
