// Word diff on traditional text: the same edits to the project's Chinese rendering, in
// either script (the traditional made here with OpenCC), give diffs of the same shape.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff, type DiffOp } from '../../../src/core/diff/word-diff.ts';
import { loadToTraditional } from '../../../src/core/script/convert-script.ts';
import { readRepoText } from '../../support/files.ts';

const shape = (ops: readonly DiffOp[]): string[] => ops.map((o) => `${o.op}:${o.text.length}`);
const changed = (ops: readonly DiffOp[]): string[] => ops.filter((o) => o.op !== 'equal').map((o) => `${o.op}:${o.text}`);

describe('wordDiff on traditional text', () => {
  it('diffs each edited paragraph of the traditional twin as it diffs the simplified one', async () => {
    const toTraditional = await loadToTraditional('tw');
    const paragraphs = (await readRepoText('translations/wilson-121617/zh-Hans.txt')).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).slice(1);
    // A figure changed, a word replaced, a clause dropped: what a reviser does.
    const edit = (p: string): string => p.replace('六十', '五十').replace('边境', '国境').replace(/，[^，。]{4,12}，/, '，');
    let edited = 0;
    for (const p of paragraphs) {
      const hans = wordDiff(p, edit(p), 'zh-Hans');
      const hant = wordDiff(toTraditional(p), toTraditional(edit(p)), 'zh-Hant');
      assert.deepEqual(shape(hant), shape(hans), p.slice(0, 20));
      assert.deepEqual(changed(hant), changed(hans).map((c) => toTraditional(c)));
      if (hans.some((o) => o.op !== 'equal')) edited++;
    }
    assert.ok(edited >= paragraphs.length / 2, `${edited} of ${paragraphs.length} paragraphs edited`);
  });

  it('keeps traditional words whole', () => {
    const ops = wordDiff('蘇聯政府自然感到不安。', '蘇聯政府非常感到不安。', 'zh-Hant');
    assert.deepEqual(changed(ops), ['delete:自然', 'insert:非常']);
  });
});
