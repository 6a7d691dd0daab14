import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cellSegments, diffMatchesText } from '../../src/ui/px-row-segments.ts';
import { markAnnotations } from '../../src/ui/px-row-annotations.ts';
import { parseMarks } from '../../src/core/marks/index.ts';
import { wordDiff } from '../../src/core/diff/word-diff.ts';
import { loadSampleWork } from './compare-fixtures.ts';

const spelled = (segs: ReturnType<typeof cellSegments>): string => segs.filter((s) => s.change !== 'delete').map((s) => s.text).join('');

describe('cellSegments', () => {
  it('keeps the witness text intact through a real diff and the archive text’s marks', async () => {
    const work = await loadSampleWork();
    const a = work.witnesses.find((w) => w.id === 'en-7b')?.paragraphs.find((p) => p.text.includes('Ba-ke-tu [sic]'))?.text ?? '';
    const b = a.replace('Ba-ke-tu [sic]', 'Bakhty').replace('Normally', 'Ordinarily');
    const ops = wordDiff(a, b, 'en');
    const segs = cellSegments(b, ops, markAnnotations(parseMarks(b)));
    assert.equal(spelled(segs), b);
    assert.ok(segs.some((s) => s.change === 'delete' && s.text.includes('[sic]')), 'the base’s [sic] shows as deleted');
    assert.ok(segs.some((s) => s.change === 'insert' && s.text.includes('Ordinarily')));
    const own = cellSegments(a, null, markAnnotations(parseMarks(a)));
    const sic = own.filter((s) => s.notes.some((n) => n.kind === 'sic')).map((s) => s.text).join('');
    assert.equal(sic, 'Ba-ke-tu [sic]');
  });

  it('splits at annotation edges and lists every annotation covering a segment', () => {
    const text = 'alpha beta gamma';
    const segs = cellSegments(text, null, [
      { kind: 'name', start: 6, end: 16, title: 'n' },
      { kind: 'hit', start: 11, end: 16, title: 'h' },
    ]);
    assert.deepEqual(segs.map((s) => [s.text, s.notes.map((n) => n.kind).join('+')]), [['alpha ', ''], ['beta ', 'name'], ['gamma', 'name+hit']]);
  });

  it('drops a diff that belongs to another version of the text rather than paint wrong changes', () => {
    const ops = [{ op: 'equal' as const, text: 'old ' }, { op: 'insert' as const, text: 'text' }];
    assert.equal(diffMatchesText('new text', ops), false);
    const segs = cellSegments('new text', ops, []);
    assert.deepEqual(segs.map((s) => s.change), ['equal']);
    assert.equal(spelled(segs), 'new text');
  });

  it('ignores annotations outside the text', () => {
    assert.deepEqual(cellSegments('abc', null, [{ kind: 'hit', start: 2, end: 9, title: 'x' }]).map((s) => s.notes.length), [0]);
  });
});
