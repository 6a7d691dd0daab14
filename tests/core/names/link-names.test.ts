import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameTableForRow } from '../../../src/core/names/link-names.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('nameTableForRow', () => {
  it('shows which name appears in which witness in which form', async () => {
    const table = nameTableForRow([
      { witnessId: 'zh', lang: 'zh-Hans', text: '最近在中苏边境巴克图和霍尔果斯地区出现了情况。' },
      { witnessId: 'en-7b', lang: 'en', text: 'a situation in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas' },
      { witnessId: 'en-parallax', lang: 'en', text: 'a situation in the Bakhty and Khorgos areas' },
    ], await names());
    const bakhty = table.find((r) => r.id === 'bakhty');
    assert.deepEqual(bakhty?.forms, { zh: ['巴克图'], 'en-7b': ['Ba-ke-tu'], 'en-parallax': ['Bakhty'] });
    assert.deepEqual(table.find((r) => r.id === 'khorgos')?.forms, { zh: ['霍尔果斯'], 'en-7b': ['Huoerguosi'], 'en-parallax': ['Khorgos'] });
  });

  it('links a name the list does not know through the original by pinyin', async () => {
    const empty: NameList = { format: 'parallax.names', version: 1, entries: [] };
    const table = nameTableForRow([
      { witnessId: 'zh', lang: 'zh-Hans', text: '提到一个马尔果夫少将' },
      { witnessId: 'en', lang: 'en', text: 'mentions a Major General Ma-er-guo-fu' },
    ], empty);
    assert.deepEqual(table, [{ id: 'key:maerguofu', label: '马尔果夫', forms: { zh: ['马尔果夫'], en: ['Ma-er-guo-fu'] } }]);
    // And a spelling the list does not know, through the entry's pinyin.
    const known = nameTableForRow([{ witnessId: 'en', lang: 'en', text: 'near the town of Baketu today' }], await names());
    assert.deepEqual(known.find((r) => r.entryId === 'bakhty')?.forms, { en: ['Baketu'] });
  });
});
