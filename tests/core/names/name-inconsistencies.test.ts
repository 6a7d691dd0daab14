import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findNameInconsistencies } from '../../../src/core/names/name-inconsistencies.ts';
import { latinEntryKeys } from '../../../src/core/names/latin-entry-keys.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('findNameInconsistencies', () => {
  it('reports a name spelled two ways, not its adjectives or short forms', async () => {
    const list = await names();
    const found = findNameInconsistencies([
      { id: 'p1', text: 'Iskhakov Marghub lives in Alma-Ata [Almaty].' },
      { id: 'p2', text: 'Iskhakov has been in Almaty all along, the Soviet side says.' },
    ], list);
    assert.deepEqual(found, [{ entryId: 'almaty', forms: [{ text: 'Alma-Ata', paragraphIds: ['p1'] }, { text: 'Almaty', paragraphIds: ['p2'] }] }]);
    const par = (await readRepoText('translations/wilson-121617/en-parallax.txt')).split(/\n\s*\n/).map((text, i) => ({ id: `p${i}`, text }));
    assert.deepEqual(findNameInconsistencies(par, list), []);
  });
});

describe('latinEntryKeys', () => {
  it('keys an entry by its Latin forms and its pinyin, without pinyin-pro', async () => {
    const bakhty = (await names()).entries.find((e) => e.id === 'bakhty');
    assert.ok(bakhty);
    const keys = latinEntryKeys(bakhty);
    for (const k of ['bakhty', 'baketu', 'bakhtu']) assert.ok(keys.has(k), k);
    assert.equal([...keys].some((k) => /[^a-z0-9]/.test(k)), false);
  });
});
