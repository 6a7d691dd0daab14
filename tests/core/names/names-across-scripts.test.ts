import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findKnownNames } from '../../../src/core/names/find-known-names.ts';
import { findNameCandidates } from '../../../src/core/names/find-name-candidates.ts';
import { nameTableForRow } from '../../../src/core/names/link-names.ts';
import { nameKey } from '../../../src/core/names/name-keys.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('names across scripts', () => {
  it('finds the list\'s simplified forms written in traditional script, reported as written', async () => {
    const text = '最近在中蘇邊境巴克圖和霍爾果斯地區出現了情況。';
    const found = findKnownNames(text, await names()).filter((o) => o.entryId === 'bakhty' || o.entryId === 'khorgos');
    assert.deepEqual(found.map((o) => [o.entryId, o.text, text.slice(o.start, o.end)]), [
      ['bakhty', '巴克圖', '巴克圖'], ['khorgos', '霍爾果斯', '霍爾果斯'],
    ]);
  });

  it('links 巴克圖 = 巴克图 and 霍爾果斯 = 霍尔果斯 in one row of both scripts and the English', async () => {
    const table = nameTableForRow([
      { witnessId: 'zh', lang: 'zh-Hans', text: '最近在中苏边境巴克图和霍尔果斯地区出现了情况。' },
      { witnessId: 'zh-Hant', lang: 'zh-Hant', text: '最近在中蘇邊境巴克圖和霍爾果斯地區出現了情況。' },
      { witnessId: 'en-7b', lang: 'en', text: 'a situation in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas' },
    ], await names());
    assert.deepEqual(table.find((r) => r.id === 'bakhty')?.forms, { zh: ['巴克图'], 'zh-Hant': ['巴克圖'], 'en-7b': ['Ba-ke-tu'] });
    assert.deepEqual(table.find((r) => r.id === 'khorgos')?.forms, { zh: ['霍尔果斯'], 'zh-Hant': ['霍爾果斯'], 'en-7b': ['Huoerguosi'] });
  });

  it('gives a name the list does not know one key in both scripts', () => {
    assert.equal(nameKey('馬爾果夫'), nameKey('马尔果夫'));
    assert.equal(nameKey('巴克圖'), 'baketu');
    const empty: NameList = { format: 'parallax.names', version: 1, entries: [] };
    const table = nameTableForRow([
      { witnessId: 'zh', lang: 'zh-Hans', text: '提到一个马尔果夫少将' },
      { witnessId: 'zh-Hant', lang: 'zh-Hant', text: '提到一個馬爾果夫少將' },
      { witnessId: 'en', lang: 'en', text: 'mentions a Major General Ma-er-guo-fu' },
    ], empty);
    assert.deepEqual(table, [{ id: 'key:maerguofu', label: '马尔果夫', forms: { zh: ['马尔果夫'], 'zh-Hant': ['馬爾果夫'], en: ['Ma-er-guo-fu'] } }]);
  });

  it('finds unknown transliterated names in traditional text', () => {
    assert.deepEqual(findNameCandidates('提到一個馬爾果夫少將', 'zh-Hant').map((c) => c.text), ['馬爾果夫']);
  });
});
