import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignUnits } from '../../../src/core/alignment/align-units.ts';
import { diagnoseAlignInput } from '../../../src/core/alignment/diagnose-input.ts';
import { FLAG_THRESHOLD } from '../../../src/core/alignment/types.ts';
import { loadZhEnLexicon } from '../../../src/core/lexicon/index.ts';
import { goldParagraphs } from './sample-cases.ts';

const zhEn = { sourceLang: 'zh-Hans', targetLang: 'en' };
const codes = (d: { errors: { code: string }[]; warnings: { code: string }[] }) => [...d.errors, ...d.warnings].map((e) => e.code);
const meanScore = (rows: { score: number }[]) => rows.reduce((s, r) => s + r.score, 0) / Math.max(1, rows.length);
const flaggedShare = (rows: { score: number }[]) => rows.filter((r) => r.score < FLAG_THRESHOLD).length / Math.max(1, rows.length);

describe('bad input', () => {
  it('an empty witness is a coded error, and aligning it anyway gives flagged one-sided rows', async () => {
    const g = await goldParagraphs();
    assert.deepEqual(codes(diagnoseAlignInput(g.zh, [], zhEn)), ['ALIGN_EMPTY_TARGET']);
    assert.deepEqual(codes(diagnoseAlignInput(['  ', ''], g.en, zhEn)), ['ALIGN_EMPTY_SOURCE']);
    const a = alignUnits(g.zh, [], zhEn);
    assert.equal(a.rows.length, g.zh.length);
    assert.equal(flaggedShare(a.rows), 1);
  });

  it('a translation in the wrong language is warned about, and its rows score lower than the right one', async () => {
    const g = await goldParagraphs();
    const lexicon = await loadZhEnLexicon();
    assert.deepEqual(codes(diagnoseAlignInput(g.zh, g.zh, zhEn)), ['ALIGN_IDENTICAL_TEXTS', 'ALIGN_LANGUAGE_MISMATCH']);
    // "English" that is really the Chinese text of other paragraphs (shifted): wrong language and wrong content.
    const wrong = [...g.zh.slice(3), ...g.zh.slice(0, 3)];
    assert.ok(codes(diagnoseAlignInput(g.zh, wrong, zhEn)).includes('ALIGN_LANGUAGE_MISMATCH'));
    const right = alignUnits(g.zh, g.en, { ...zhEn, lexicon });
    const bad = alignUnits(g.zh, wrong, { ...zhEn, lexicon });
    assert.ok(meanScore(bad.rows) < meanScore(right.rows) - 0.2, `${meanScore(bad.rows)} vs ${meanScore(right.rows)}`);
    assert.equal(flaggedShare(bad.rows), 1, 'a text in the wrong script is never trusted');
  });

  it('a translation ten times longer is warned about and flagged', async () => {
    const g = await goldParagraphs();
    const long = g.en.map((p) => Array(10).fill(p).join(' '));
    assert.deepEqual(codes(diagnoseAlignInput(g.zh, long, zhEn)), ['ALIGN_LENGTH_MISMATCH']);
    const a = alignUnits(g.zh, long, zhEn);
    assert.deepEqual(a.rows.flatMap((r) => r.target), [...long.keys()]);
    assert.ok(flaggedShare(a.rows) >= 0.5, `flagged ${flaggedShare(a.rows)}`);
  });

  it('identical texts are warned about and align one to one', async () => {
    const g = await goldParagraphs();
    const same = { sourceLang: 'en', targetLang: 'en' };
    assert.deepEqual(codes(diagnoseAlignInput(g.en, g.en, same)), ['ALIGN_IDENTICAL_TEXTS']);
    const a = alignUnits(g.en, g.en, same);
    assert.deepEqual(a.rows.map((r) => [r.source, r.target]), g.en.map((_, k) => [[k], [k]]));
  });

  it('a good pair raises nothing', async () => {
    const g = await goldParagraphs();
    assert.deepEqual(codes(diagnoseAlignInput(g.zh, g.en, zhEn)), []);
  });

  it('does not hang or crash on degenerate units', () => {
    const odd = ['', '。。。', '[...]', '1234567890', 'x'.repeat(50_000), '\u0000\uffff', '🙂'.repeat(10)];
    const a = alignUnits(odd, [...odd].reverse(), zhEn);
    assert.deepEqual(a.rows.flatMap((r) => r.source), [...odd.keys()]);
    for (const r of a.rows) assert.ok(Number.isFinite(r.score));
  });
});
