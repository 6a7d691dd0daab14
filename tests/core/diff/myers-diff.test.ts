import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import DiffMatchPatch from 'diff-match-patch';
import { cleanupMerge, myersDiff } from '../../../src/core/diff/myers-diff.ts';
import { readRepoText } from '../../support/files.ts';
import { prng } from '../../support/generate-work.ts';

function engine(): DiffMatchPatch {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = 0;
  return dmp;
}

describe('myersDiff', () => {
  it('gives diff_main’s diff (no timeout, no line mode) on random strings over small alphabets', () => {
    const dmp = engine();
    const rand = prng(11);
    const word = (n: number, letters: string): string => Array.from({ length: n }, () => letters.charAt(Math.floor(rand() * letters.length))).join('');
    for (let k = 0; k < 2000; k++) {
      const letters = k % 3 === 0 ? 'ab' : k % 3 === 1 ? 'abcde' : 'abcdefghijklmnopqrstuvwxyz';
      const a = word(Math.floor(rand() * 60), letters);
      const b = rand() < 0.3 ? a.slice(0, Math.floor(rand() * a.length)) + word(Math.floor(rand() * 5), letters) + a.slice(Math.floor(rand() * a.length)) : word(Math.floor(rand() * 60), letters);
      assert.deepEqual(myersDiff(a, b), dmp.diff_main(a, b, false), JSON.stringify([a, b]));
    }
  });

  it('gives diff_main’s diff on the sample translations, paragraph against paragraph, character by character', async () => {
    const dmp = engine();
    const body = (t: string): string[] => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const archive = body(await readRepoText('translations/wilson-121617/wilson-121617.en.txt'));
    const parallax = body(await readRepoText('translations/wilson-121617/en-parallax.txt'));
    let changes = 0;
    for (let i = 0; i < Math.min(archive.length, parallax.length); i++) {
      const a = archive[i] ?? '';
      const b = parallax[i] ?? '';
      const got = myersDiff(a, b);
      assert.deepEqual(got, dmp.diff_main(a, b, false));
      changes += got.filter((d) => d[0] !== 0).length;
    }
    assert.ok(changes > 10);
  });

  it('handles empty sides, equal texts and containment as diff_main does', () => {
    const dmp = engine();
    for (const [a, b] of [['', ''], ['', 'x'], ['x', ''], ['same', 'same'], ['abc', 'xabcx'], ['xabcx', 'abc'], ['a', 'b'], ['ab', 'ba']] as const) {
      assert.deepEqual(myersDiff(a, b), dmp.diff_main(a, b, false), `${a} / ${b}`);
    }
  });

  it('cleanupMerge gives diff_cleanupMerge’s result on random lists of ops', () => {
    const dmp = engine();
    const rand = prng(5);
    const pick = (s: string): string => s.charAt(Math.floor(rand() * s.length));
    for (let k = 0; k < 3000; k++) {
      const ops: DiffMatchPatch.Diff[] = [];
      for (let n = Math.floor(rand() * 9); n > 0; n--) {
        const text = Array.from({ length: Math.floor(rand() * 4) }, () => pick('aab')).join('');
        ops.push([Math.floor(rand() * 3) - 1, text] as DiffMatchPatch.Diff);
      }
      const ours = ops.map((d) => [d[0], d[1]] as DiffMatchPatch.Diff);
      const theirs = ops.map((d) => [d[0], d[1]] as DiffMatchPatch.Diff);
      cleanupMerge(ours);
      dmp.diff_cleanupMerge(theirs);
      assert.deepEqual(ours, theirs, JSON.stringify(ops));
    }
  });
});
