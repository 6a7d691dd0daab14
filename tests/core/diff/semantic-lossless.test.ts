import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import DiffMatchPatch from 'diff-match-patch';
import { cleanupSemanticLossless } from '../../../src/core/diff/semantic-lossless.ts';
import { readRepoText } from '../../support/files.ts';
import { prng } from '../../support/generate-work.ts';

const copy = (diffs: readonly DiffMatchPatch.Diff[]): DiffMatchPatch.Diff[] => diffs.map((d) => [d[0], d[1]] as DiffMatchPatch.Diff);

describe('cleanupSemanticLossless', () => {
  it('slides edits as diff_cleanupSemanticLossless does, on random texts with spaces, line breaks, blank lines and punctuation', () => {
    const dmp = new DiffMatchPatch();
    const rand = prng(9);
    const pieces = ['a', 'b', 'ab', ' ', '\n', '\r\n', '\n\n', '.', ',', '\u00a0', '\u3000', 'é', 'Z', '9'];
    const text = (): string => Array.from({ length: 1 + Math.floor(rand() * 8) }, () => pieces[Math.floor(rand() * pieces.length)] ?? '').join('');
    let moved = 0;
    for (let k = 0; k < 5000; k++) {
      const diffs: DiffMatchPatch.Diff[] = [];
      for (let n = 1 + Math.floor(rand() * 6); n > 0; n--) {
        diffs.push([DiffMatchPatch.DIFF_EQUAL, text()] as DiffMatchPatch.Diff);
        diffs.push([rand() < 0.5 ? DiffMatchPatch.DIFF_DELETE : DiffMatchPatch.DIFF_INSERT, text()] as DiffMatchPatch.Diff);
      }
      diffs.push([DiffMatchPatch.DIFF_EQUAL, text()] as DiffMatchPatch.Diff);
      const ours = copy(diffs);
      const theirs = copy(diffs);
      cleanupSemanticLossless(ours);
      dmp.diff_cleanupSemanticLossless(theirs);
      assert.deepEqual(ours, theirs, JSON.stringify(diffs));
      if (JSON.stringify(ours) !== JSON.stringify(diffs)) moved++;
    }
    assert.ok(moved > 100, `only ${moved} lists changed`);
  });

  it('gives dmp’s result on character diffs of the sample translations', async () => {
    const dmp = new DiffMatchPatch();
    dmp.Diff_Timeout = 0;
    const body = (t: string): string[] => t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
    const archive = body(await readRepoText('translations/wilson-121617/wilson-121617.en.txt'));
    const parallax = body(await readRepoText('translations/wilson-121617/en-parallax.txt'));
    for (let i = 0; i < Math.min(archive.length, parallax.length); i++) {
      const diffs = dmp.diff_main(archive[i] ?? '', parallax[i] ?? '', false);
      const ours = copy(diffs);
      cleanupSemanticLossless(ours);
      dmp.diff_cleanupSemanticLossless(diffs);
      assert.deepEqual(ours, diffs);
    }
  });
});
