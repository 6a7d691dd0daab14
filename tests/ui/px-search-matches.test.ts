import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findMatches, MAX_MATCHES, searchPattern } from '../../src/ui/px-search-matches.ts';
import { loadSampleWork } from './compare-fixtures.ts';

describe('search across witnesses', () => {
  it('finds plain text literally (no regular-expression meaning) in reading order', async () => {
    const work = await loadSampleWork();
    const ids = work.witnesses.map((w) => w.id);
    const text = (row: number, id: string) => work.witnesses.find((w) => w.id === id)?.paragraphs[row]?.text ?? '';
    const rows = Math.max(...work.witnesses.map((w) => w.paragraphs.length));
    const p = searchPattern('[sic]', false);
    assert.ok(p.ok);
    const found = findMatches(rows, ids, text, p.value);
    const expected = work.witnesses.flatMap((w) => w.paragraphs.map((x) => x.text.split('[sic]').length - 1)).reduce((a, b) => a + b, 0);
    assert.equal(found.length, expected);
    assert.ok(found.length > 0);
    for (const m of found) assert.equal(text(m.row, m.witnessId).slice(m.start, m.end), '[sic]');
    const order = found.map((m) => m.row);
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });

  it('matches a regular expression across scripts and case', async () => {
    const work = await loadSampleWork();
    const text = (row: number, id: string) => work.witnesses.find((w) => w.id === id)?.paragraphs[row]?.text ?? '';
    const p = searchPattern('巴克图|bakhty', true);
    assert.ok(p.ok);
    const found = findMatches(12, ['zh', 'en-parallax'], text, p.value);
    assert.ok(found.some((m) => m.witnessId === 'zh') && found.some((m) => m.witnessId === 'en-parallax'));
  });

  it('returns UI_SEARCH_BAD_PATTERN for an invalid regular expression', () => {
    const p = searchPattern('Ba-ke-tu (', true);
    assert.equal(p.ok, false);
    if (!p.ok) {
      assert.equal(p.error.code, 'UI_SEARCH_BAD_PATTERN');
      assert.match(p.error.hint, /Regular expression/);
    }
  });

  it('skips empty matches and stops at the cap', () => {
    const p = searchPattern('a*', true);
    assert.ok(p.ok);
    assert.deepEqual(findMatches(1, ['x'], () => 'bbb', p.value), []);
    const q = searchPattern('a', false);
    assert.ok(q.ok);
    assert.equal(findMatches(3, ['x'], () => 'a'.repeat(MAX_MATCHES), q.value).length, MAX_MATCHES);
  });
});
