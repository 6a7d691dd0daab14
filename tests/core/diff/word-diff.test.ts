import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { wordDiff, type DiffOp } from '../../../src/core/diff/word-diff.ts';
import { readRepoText } from '../../support/files.ts';

const sideA = (ops: readonly DiffOp[]): string => ops.filter((o) => o.op !== 'insert').map((o) => o.text).join('');
const sideB = (ops: readonly DiffOp[]): string => ops.filter((o) => o.op !== 'delete').map((o) => o.text).join('');
const show = (ops: readonly DiffOp[]): string =>
  ops.map((o) => (o.op === 'equal' ? o.text : o.op === 'delete' ? `[-${o.text}-]` : `{+${o.text}+}`)).join('');
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Offsets in `side` where one op ends and the next begins. */
function boundaries(ops: readonly DiffOp[], keep: DiffOp['op']): number[] {
  const out: number[] = [];
  let at = 0;
  for (const o of ops) {
    if (o.op === keep) continue;
    at += o.text.length;
    out.push(at);
  }
  return out;
}

function assertWholeWords(text: string, cuts: readonly number[]): void {
  for (const c of cuts) {
    const inside = WORD_CHAR.test(text.charAt(c - 1)) && WORD_CHAR.test(text.charAt(c));
    assert.ok(!inside, `cut inside a word at ${c}: …${text.slice(c - 10, c)}|${text.slice(c, c + 10)}…`);
  }
}

/** Body paragraphs of a project text: blank-line separated, title line dropped. */
async function body(path: string): Promise<string[]> {
  return (await readRepoText(path)).split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).slice(1);
}

describe('wordDiff', () => {
  it('gives whole words and phrases, deletion before insertion', () => {
    const ops = wordDiff('The quick brown fox jumps over the lazy dog.', 'The slow red fox jumped over a lazy dog!', 'en');
    assert.equal(show(ops), 'The [-quick brown-]{+slow red+} fox [-jumps-]{+jumped+} over [-the-]{+a+} lazy dog[-.-]{+!+}');
  });

  it('never factors a shared first letter out of a replaced phrase', () => {
    assert.equal(show(wordDiff('a big dog', 'an old dog', 'en')), '[-a big-]{+an old+} dog');
  });

  it('keeps hyphenated names and bracketed marks as words', () => {
    const ops = wordDiff('in the Ba-ke-tu [sic] area', 'in the Bakhty area', 'en');
    assert.equal(show(ops), 'in the [-Ba-ke-tu [sic]-]{+Bakhty+} area');
  });

  it('reconstructs both sides and cuts only between words, on every paragraph pair of the sample work', async () => {
    const a = await body('translations/wilson-121617/en-parallax.txt');
    const zh = await body('translations/wilson-121617/zh-Hans.txt');
    const archive = (await readRepoText('translations/wilson-121617/wilson-121617.en.txt')).split(/\n\s*\n/).map((p) => p.trim());
    const start = archive.findIndex((p) => p.startsWith('As the Embassy'));
    const b = archive.slice(start, start + a.length);
    assert.equal(b.length, 10);
    let changes = 0;
    for (let i = 0; i < a.length; i++) {
      const ops = wordDiff(a[i] ?? '', b[i] ?? '', 'en');
      assert.equal(sideA(ops), a[i]);
      assert.equal(sideB(ops), b[i]);
      assertWholeWords(a[i] ?? '', boundaries(ops, 'insert'));
      assertWholeWords(b[i] ?? '', boundaries(ops, 'delete'));
      changes += ops.filter((o) => o.op !== 'equal').length;
    }
    assert.ok(changes > 50, 'two independent translations differ in many places');
    // Chinese against an edited copy of itself.
    for (const p of zh) {
      const edited = p.replace(/苏联/g, '苏方').replace(/。/g, '；');
      const ops = wordDiff(p, edited, 'zh-Hans');
      assert.equal(sideA(ops), p);
      assert.equal(sideB(ops), edited);
    }
  });

  it('diffs Chinese by dictionary words, or by character on request', () => {
    const a = '苏联政府自然感到不安。';
    const b = '苏联政府当然感到不安，';
    assert.equal(show(wordDiff(a, b, 'zh-Hans')), '苏联政府[-自然-]{+当然+}感到不安[-。-]{+，+}');
    assert.equal(show(wordDiff(a, b, 'zh-Hans', { chinese: 'characters' })), '苏联政府[-自-]{+当+}然感到不安[-。-]{+，+}');
  });

  it('hides whitespace- and punctuation-only differences on request, keeping b', () => {
    const a = 'Lately, however, the border  was quiet.';
    const b = 'Lately however the border was quiet;';
    assert.equal(wordDiff(a, b, 'en').some((o) => o.op !== 'equal'), true);
    const ops = wordDiff(a, b, 'en', { ignorePunctuation: true });
    assert.deepEqual(ops, [{ op: 'equal', text: b }]);
    const real = wordDiff('the border was quiet.', 'the frontier was quiet;', 'en', { ignorePunctuation: true });
    assert.equal(show(real), 'the [-border-]{+frontier+} was quiet;');
  });

  it('compares mark-stripped text on request', () => {
    const a = 'in the Ba-ke-tu [sic] and Huoerguosi [Horgos] areas';
    const b = 'in the Ba-ke-tu and Huoerguosi areas';
    assert.equal(show(wordDiff(a, b, 'en')), 'in the Ba-ke-tu[- [sic]-] and Huoerguosi[- [Horgos]-] areas');
    assert.deepEqual(wordDiff(a, b, 'en', { stripMarks: true }), [{ op: 'equal', text: b }]);
  });

  it('leaves the shared start and end of a revision as one equal op each', () => {
    const base = 'On 22 April, from 6 p.m. to 8 p.m., our border representatives in the Bakhty area signalled to the head of the Chinese border post, proposing a meeting.';
    const revised = base.replace('signalled to', 'sent signals to');
    const ops = wordDiff(base, revised, 'en');
    assert.deepEqual(ops.map((o) => o.op), ['equal', 'delete', 'insert', 'equal']);
    assert.equal(show(ops).includes('[-signalled-]{+sent signals+}'), true);
    assert.equal(sideB(ops), revised);
  });

  it('diffs sentence by sentence, and keeps an added sentence whole', () => {
    const a = 'The border was quiet. The guards slept. Nobody crossed.';
    const b = 'The frontier was quiet. The guards slept. A new sentence was added here. Nobody crossed at all.';
    const ops = wordDiff(a, b, 'en');
    assert.equal(sideA(ops), a);
    assert.equal(sideB(ops), b);
    assert.equal(show(ops), 'The [-border-]{+frontier+} was quiet. The guards slept.{+ A new sentence was added here.+} Nobody crossed{+ at all+}.');
  });

  it('handles identical and empty texts', () => {
    assert.deepEqual(wordDiff('same', 'same', 'en'), [{ op: 'equal', text: 'same' }]);
    assert.deepEqual(wordDiff('', '', 'en'), []);
    assert.deepEqual(wordDiff('', 'new text', 'en'), [{ op: 'insert', text: 'new text' }]);
    assert.deepEqual(wordDiff('old text', '', 'en'), [{ op: 'delete', text: 'old text' }]);
  });

  it('diffs a long multi-line document line by line, then word by word', async () => {
    const a = (await body('translations/wilson-121617/en-parallax.txt')).join('\n');
    const many = Array.from({ length: 12 }, () => a).join('\n');
    const edited = many.replace(/Bakhty/g, 'Ba-ke-tu [sic]').replace('Moscow', 'the Kremlin');
    assert.ok(many.length > 20_000);
    const ops = wordDiff(many, edited, 'en');
    assert.equal(sideA(ops), many);
    assert.equal(sideB(ops), edited);
    assert.equal(ops.filter((o) => o.op === 'delete').length, 12 * 3 + 1);
    assert.ok(ops.filter((o) => o.op === 'delete').every((o) => o.text === 'Bakhty' || o.text === 'Moscow'));
  });
});
