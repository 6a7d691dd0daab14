import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { markNameVariants } from '../../../src/core/diff/name-variant-ops.ts';
import { wordDiff } from '../../../src/core/diff/word-diff.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

async function names(): Promise<NameList> {
  const r = parseNameList(await readRepoText('translations/names.json'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

describe('markNameVariants', () => {
  it('tags a change that only writes the same names differently', async () => {
    const ops = markNameVariants(wordDiff('in the Bakhty and Khorgos areas', 'in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas', 'en'), await names());
    const changed = ops.filter((o) => o.op !== 'equal');
    assert.equal(changed.length, 2);
    for (const o of changed) assert.deepEqual(o.nameVariant, ['bakhty', 'khorgos']);
  });

  it('leaves a real difference of wording untagged', async () => {
    const ops = markNameVariants(wordDiff('resides in Alma-Ata [Almaty]', 'lives in Almaty', 'en'), await names());
    assert.deepEqual(ops.map((o) => [o.op, o.text, o.nameVariant ?? null]), [
      ['delete', 'resides', null], ['insert', 'lives', null], ['equal', ' in ', null],
      ['delete', 'Alma-Ata [Almaty]', ['almaty']], ['insert', 'Almaty', ['almaty']],
    ]);
    const moved = markNameVariants(wordDiff('went to Moscow', 'went to Bakhty', 'en'), await names());
    assert.deepEqual(moved.filter((o) => o.nameVariant).length, 0);
  });
});
