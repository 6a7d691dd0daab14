// Sentence-level TMX and XLIFF of the sample work validate against the TMX
// 1.4b DTD and the XLIFF 2.0 core schema, like the paragraph-level files.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { alignUnits } from '../../src/core/alignment/align-units.ts';
import { alignRowSentences, sentencePairsKey, type SentencePairs } from '../../src/core/alignment/sentence-pairs.ts';
import type { WorkAlignment } from '../../src/core/alignment/types.ts';
import { exportText } from '../../src/core/export/export-formats.ts';
import { sampleWork } from '../storage/fresh-workspace.ts';
import { SCHEMAS, tempDir, tool, writeTemp } from './run-tool.ts';

const dir = tempDir();

async function sentenceLevel(): Promise<{ tmx: string; xliff: string }> {
  const work = await sampleWork();
  const zh = work.witnesses.find((w) => w.id === 'zh')!;
  const en = work.witnesses.find((w) => w.id === 'en-parallax')!;
  const rows = alignUnits(zh.paragraphs.map((p) => p.text), en.paragraphs.map((p) => p.text), { sourceLang: zh.lang, targetLang: en.lang }).rows;
  const alignment: WorkAlignment = {
    witnessIds: [zh.id, en.id],
    rows: rows.map((r) => ({ cells: { [zh.id]: r.source.map((k) => zh.paragraphs[k]!.id), [en.id]: r.target.map((k) => en.paragraphs[k]!.id) }, score: r.score, flagged: false })),
  };
  const pairs = new Map<string, SentencePairs>();
  for (const r of rows) {
    const p = alignRowSentences({
      sourceParagraphIds: r.source.map((k) => zh.paragraphs[k]!.id), targetParagraphIds: r.target.map((k) => en.paragraphs[k]!.id),
      sourceTexts: r.source.map((k) => zh.paragraphs[k]!.text), targetTexts: r.target.map((k) => en.paragraphs[k]!.text),
    }, { sourceLang: zh.lang, targetLang: en.lang });
    pairs.set(sentencePairsKey(p.sourceParagraphIds, p.targetParagraphIds), p);
  }
  const opts = { translationId: en.id, sentencePairs: pairs };
  const tmx = exportText('tmx', work, alignment, opts);
  const xliff = exportText('xliff', work, alignment, opts);
  assert.ok(tmx.ok && xliff.ok);
  return { tmx: tmx.value, xliff: xliff.value };
}

describe('sentence-level interchange files are valid', () => {
  it('TMX against the 1.4b DTD, XLIFF against the 2.0 core schema', async () => {
    const { tmx, xliff } = await sentenceLevel();
    assert.ok((tmx.match(/segtype="sentence"/g) ?? []).length > 20, 'the sample is written sentence by sentence');
    assert.ok((xliff.match(/<segment id="[^"]+-s\d+"/g) ?? []).length > 20);
    const t = tool('xmllint', ['--noout', '--dtdvalid', path.join(SCHEMAS, 'tmx14.dtd'), writeTemp(dir, 'sentences.tmx', tmx)]);
    assert.equal(t.status, 0, t.stdout + t.stderr);
    const x = tool('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'xliff_core_2.0.xsd'), writeTemp(dir, 'sentences.xlf', xliff)]);
    assert.equal(x.status, 0, x.stdout + x.stderr);
  });
});
