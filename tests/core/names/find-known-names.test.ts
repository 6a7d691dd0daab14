import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findKnownNames } from '../../../src/core/names/find-known-names.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('findKnownNames', () => {
  it('finds each name in the form written, with its [sic] or gloss', async () => {
    const text = 'in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas, then Alma-Ata';
    const found = findKnownNames(text, await names()).map((o) => [o.entryId, o.formKind, o.text, o.mark?.kind ?? null]);
    assert.deepEqual(found, [
      ['bakhty', 'variant', 'Ba-ke-tu', 'sic'],
      ['khorgos', 'variant', 'Huoerguosi', 'gloss'],
      ['almaty', 'variant', 'Alma-Ata', null],
    ]);
  });

  it('takes the longest form and whole words only', async () => {
    const list = await names();
    const found = findKnownNames('The Embassy of the Soviet Union wrote; Chinaware is no China.', list).map((o) => `${o.entryId}:${o.text}`);
    assert.deepEqual(found, ['soviet-embassy:Embassy of the Soviet Union', 'china:China']);
  });

  it('finds the Chinese forms of the sample text', async () => {
    const zh = await readRepoText('translations/wilson-121617/zh-Hans.txt');
    const ids = new Set(findKnownNames(zh, await names()).map((o) => o.entryId));
    for (const id of ['bakhty', 'khorgos', 'almaty', 'moscow', 'zhang-hanfu', 'marghub-iskhakov', 'margov']) assert.ok(ids.has(id), id);
  });
});
