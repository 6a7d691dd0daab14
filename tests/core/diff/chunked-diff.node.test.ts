import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { contentChunks } from '../../../src/core/diff/chunked-diff.ts';
import { boundedWordDiff, wordDiff, type DiffOp } from '../../../src/core/diff/word-diff.ts';

const sampleText = readFileSync(fileURLToPath(new URL('../../../translations/wilson-121617/wilson-121617.en.txt', import.meta.url)), 'utf8');
const sentences = sampleText.split(/(?<=[.!?])\s+/).filter((s) => s.length > 20);

/** A long text from the sample's sentences, shuffled deterministically, and a copy with every `every`-th sentence changed. */
function longPair(chars: number, every: number): { a: string; b: string } {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const a: string[] = [];
  const b: string[] = [];
  for (let n = 0, k = 0; n < chars; k++) {
    const s = sentences[next() % sentences.length] ?? 'Text.';
    a.push(s);
    b.push(k % every === 0 ? s.replace(/\b(the|Soviet|border)\b/, 'THE') + ` (revised ${k})` : s);
    n += s.length + 1;
  }
  return { a: a.join(' '), b: b.join(' ') };
}

const side = (ops: readonly DiffOp[], keep: 'delete' | 'insert') => ops.filter((o) => o.op === 'equal' || o.op === keep).map((o) => o.text).join('');

describe('bounded word diff of huge paragraphs', () => {
  it('cuts by content: the same text gives the same chunks, and an edit moves only nearby cuts', () => {
    const { a, b } = longPair(300_000, 50);
    const ca = contentChunks(a);
    const cb = contentChunks(b);
    assert.equal(ca.join(''), a);
    assert.equal(cb.join(''), b);
    assert.ok(ca.every((c) => c.length <= 6_000), 'no chunk over the maximum');
    const shared = new Set(ca);
    assert.ok(cb.filter((c) => shared.has(c)).length > cb.length * 0.5, 'most chunks survive the edits unchanged');
  });

  it('two ~1 MB paragraphs: both texts rebuilt exactly, changes found word by word, not coarse', () => {
    const { a, b } = longPair(1_000_000, 40);
    const r = boundedWordDiff(a, b, 'en');
    assert.equal(side(r.ops, 'delete'), a);
    assert.equal(side(r.ops, 'insert'), b);
    assert.equal(r.coarse, false);
    const inserted = r.ops.filter((o) => o.op === 'insert').map((o) => o.text).join('');
    assert.ok(inserted.length < b.length * 0.2, `only the edits are inserted (${inserted.length} of ${b.length})`);
    assert.match(inserted, /\(revised 40\)/);
  });

  it('two long texts that share nothing: bounded, correct, and marked coarse', () => {
    let seed = 3;
    const word = () => (seed = (seed * 1103515245 + 12345) % 2147483648).toString(36);
    const a = Array.from({ length: 300_000 }, word).join(' ');
    const b = Array.from({ length: 300_000 }, word).join(' ');
    const started = process.cpuUsage();
    const r = boundedWordDiff(a, b, 'en');
    const cpuMs = process.cpuUsage(started).user / 1000;
    assert.equal(side(r.ops, 'delete'), a);
    assert.equal(side(r.ops, 'insert'), b);
    assert.equal(r.coarse, true);
    assert.ok(cpuMs < 10_000, `bounded: ${cpuMs.toFixed(0)} ms of CPU`);
  });

  it('ordinary rows are unchanged by the bounds', () => {
    assert.deepEqual(wordDiff('the quick brown fox', 'the quick red fox', 'en'), [
      { op: 'equal', text: 'the quick ' }, { op: 'delete', text: 'brown' }, { op: 'insert', text: 'red' }, { op: 'equal', text: ' fox' },
    ]);
    assert.equal(boundedWordDiff(sampleText, sampleText.replace('Soviet', 'Russian'), 'en').coarse, false);
  });
});
