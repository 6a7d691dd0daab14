// TMX and XLIFF at sentence level: a row whose sentence pairs were saved is
// written one TMX unit per pair (both sides present, segtype="sentence") and
// one XLIFF unit of one segment per pair; a row whose text changed since keeps
// its paragraph unit; other rows are untouched.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exportText } from '../../../src/core/export/export-formats.ts';
import { alignRowSentences, sentencePairsKey, type SentencePairs } from '../../../src/core/alignment/sentence-pairs.ts';
import { mergeWithNext } from '../../../src/core/alignment/edit-alignment.ts';
import { generateWork } from '../../support/generate-work.ts';
import { alignByParagraphIndex } from '../edition/align-by-paragraph-index.ts';

const work = generateWork({ paragraphs: 3, wordsPerParagraph: 60 });
const alignment = alignByParagraphIndex(work);
const [zh, en] = work.witnesses;

function pairsOfRow(k: number): SentencePairs {
  const s = zh!.paragraphs[k]!;
  const t = en!.paragraphs[k]!;
  return alignRowSentences({ sourceParagraphIds: [s.id], targetParagraphIds: [t.id], sourceTexts: [s.text], targetTexts: [t.text] }, { sourceLang: zh!.lang, targetLang: en!.lang });
}

const units = (tmx: string) => [...tmx.matchAll(/<tu tuid="([^"]+)"( segtype="sentence")?/g)].map((m) => `${m[1]}${m[2] ? ' (sentence)' : ''}`);

describe('TMX with saved sentence pairs', () => {
  it('writes the row sentence by sentence, the other rows by paragraph', () => {
    const saved = pairsOfRow(1);
    assert.ok(saved.rows.length >= 2, 'the generated paragraph has several sentences');
    const merged = mergeWithNext({ rows: [...saved.rows] }, 0);
    assert.ok(merged.ok);
    const pairs: SentencePairs = { ...saved, rows: merged.value.alignment.rows };
    const map = new Map([[sentencePairsKey(pairs.sourceParagraphIds, pairs.targetParagraphIds), pairs]]);
    const tmx = exportText('tmx', work, alignment, { sentencePairs: map, now: new Date('2026-12-04T00:00:00Z') });
    assert.ok(tmx.ok);
    const got = units(tmx.value);
    const sentenceUnits = got.filter((u) => u.endsWith('(sentence)'));
    assert.equal(sentenceUnits.length, pairs.rows.filter((r) => r.source.length > 0 && r.target.length > 0).length);
    assert.equal(got.length, 2 + sentenceUnits.length, 'rows 1 and 3 stay one unit each');
    // The merged first pair carries both its first sentences, in order, exactly as the (Chinese) paragraph has them.
    const first = /<tu tuid="[^"]+-s1" segtype="sentence"[\s\S]*?<\/tu>/.exec(tmx.value)?.[0] ?? '';
    const segs = [...first.matchAll(/<seg>([\s\S]*?)<\/seg>/g)].map((m) => m[1]);
    assert.equal(segs[0], [pairs.sourceSentences[0], pairs.sourceSentences[1]].filter((x) => x !== undefined).join('').replace(/&/g, '&amp;').replace(/</g, '&lt;'));
  });

  it('keeps the paragraph unit when the saved pairs were made for another text', () => {
    const saved = pairsOfRow(1);
    const stale: SentencePairs = { ...saved, targetSentences: saved.targetSentences.map((s, k) => (k === 0 ? `${s} (old)` : s)) };
    const map = new Map([[sentencePairsKey(stale.sourceParagraphIds, stale.targetParagraphIds), stale]]);
    const tmx = exportText('tmx', work, alignment, { sentencePairs: map });
    assert.ok(tmx.ok);
    assert.equal(units(tmx.value).filter((u) => u.endsWith('(sentence)')).length, 0);
    assert.equal(units(tmx.value).length, 3);
  });

  it('without saved pairs nothing changes', () => {
    const plain = exportText('tmx', work, alignment, { now: new Date('2026-12-04T00:00:00Z') });
    const empty = exportText('tmx', work, alignment, { sentencePairs: new Map(), now: new Date('2026-12-04T00:00:00Z') });
    assert.ok(plain.ok && empty.ok);
    assert.equal(plain.value, empty.value);
  });

  it('XLIFF: one unit for the row, one segment per pair, each sentence once', () => {
    const pairs = pairsOfRow(1);
    const map = new Map([[sentencePairsKey(pairs.sourceParagraphIds, pairs.targetParagraphIds), pairs]]);
    const xlf = exportText('xliff', work, alignment, { sentencePairs: map });
    assert.ok(xlf.ok);
    const units = [...xlf.value.matchAll(/<unit [\s\S]*?<\/unit>/g)].map((m) => m[0]);
    assert.equal(units.length, 3, 'still one unit per row');
    const segments = [...(units[1] ?? '').matchAll(/<segment id="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(segments.length, pairs.rows.filter((r) => r.source.length > 0).length);
    const sources = [...(units[1] ?? '').matchAll(/<source xml:space="preserve">([\s\S]*?)<\/source>/g)].map((m) => m[1]).join(' ');
    assert.equal(sources, pairs.sourceSentences.join(' '));
    assert.equal([...(units[0] ?? '').matchAll(/<segment /g)].length, 1, 'a row without saved pairs keeps one segment');
  });
});
