import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeNameLists, parseNameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';

const entry = { id: 'bakhty', kind: 'place', canonical: 'Bakhty', variants: ['Ba-ke-tu'] };
const list = (entries: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: 'parallax.names', version: 1, entries, ...extra });

describe('parseNameList', () => {
  it('reads the shared list, with every name of the sample work', async () => {
    const r = parseNameList(await readRepoText('translations/names.json'));
    assert.ok(r.ok);
    const zh = await readRepoText('translations/wilson-121617/zh-Hans.txt');
    const ids = r.value.entries.map((e) => e.id);
    for (const id of ['bakhty', 'khorgos', 'almaty', 'moscow', 'xinjiang', 'zhang-hanfu', 'marghub-iskhakov', 'margov']) assert.ok(ids.includes(id), id);
    // Every original form the sample uses is the one in zh-Hans.txt.
    for (const e of r.value.entries) {
      if (e.id === 'xinjiang' || e.id === 'yining') continue;
      assert.ok(e.original && zh.includes(e.original), `${e.id}: ${e.original ?? 'no original'} not in zh-Hans.txt`);
    }
  });

  it('rejects what is not a names list, with a code for each problem', () => {
    const code = (text: string) => {
      const r = parseNameList(text);
      return r.ok ? 'ok' : r.error.code;
    };
    assert.equal(code(list([entry])), 'ok');
    assert.equal(code('{'), 'CHECK_NAMES_NOT_JSON');
    assert.equal(code(JSON.stringify({ format: 'other', version: 1, entries: [] })), 'CHECK_NAMES_INVALID');
    assert.equal(code(list([], { version: 2 })), 'CHECK_NAMES_VERSION');
    assert.equal(code(list([entry, entry])), 'CHECK_NAMES_INVALID');
    assert.equal(code(list([{ ...entry, kind: 'river' }])), 'CHECK_NAMES_INVALID');
    assert.equal(code(list([{ ...entry, variants: 'Ba-ke-tu' }])), 'CHECK_NAMES_INVALID');
    assert.equal(code(list([{ ...entry, canonical: '' }])), 'CHECK_NAMES_INVALID');
    assert.equal(code(list([{ ...entry, alternatives: [''] }])), 'CHECK_NAMES_INVALID');
    const r = parseNameList(list([{ ...entry, kind: 'river' }]));
    assert.ok(!r.ok && /kind must be place, person or organisation/.test(r.error.message));
  });

  it('lets a work’s own list override and extend the shared one', () => {
    const shared = parseNameList(list([entry, { id: 'moscow', kind: 'place', canonical: 'Moscow', variants: [] }]));
    const own = parseNameList(list([{ ...entry, variants: ['Ba-ke-tu', 'Bakhtu'] }, { id: 'yining', kind: 'place', canonical: 'Yining', variants: ['Gulja'] }]));
    assert.ok(shared.ok && own.ok);
    const merged = mergeNameLists(shared.value, own.value);
    assert.deepEqual(merged.entries.map((e) => e.id), ['bakhty', 'moscow', 'yining']);
    assert.deepEqual(merged.entries[0]?.variants, ['Ba-ke-tu', 'Bakhtu']);
    assert.equal(mergeNameLists(shared.value, undefined), shared.value);
  });
});
