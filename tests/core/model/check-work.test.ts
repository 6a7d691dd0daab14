import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkWork, isLanguageTag, isWebUrl } from '../../../src/core/model/check-work.ts';
import { MAX_PARAGRAPH_CHARS } from '../../../src/core/model/model-limits.ts';
import type { Witness, Work } from '../../../src/core/model/work.ts';
import { loadSampleWork } from '../edition/sample-work.ts';

const sample = await loadSampleWork();

function withWitness(i: number, change: (w: Witness) => Witness): Work {
  return { ...sample, witnesses: sample.witnesses.map((w, k) => (k === i ? change(w) : w)) };
}

function codeOf(work: Work): string {
  const r = checkWork(work, 'work.json');
  return r.ok ? 'ok' : r.error.code;
}

describe('checkWork', () => {
  it('accepts the sample work unchanged', () => {
    const r = checkWork(sample, 'the sample');
    assert.ok(r.ok);
    assert.equal(r.value, sample);
  });

  it('exactly one original', () => {
    assert.equal(codeOf(withWitness(1, (w) => ({ ...w, role: 'original' }))), 'IMPORT_WORK_ORIGINAL_COUNT');
    assert.equal(codeOf(withWitness(0, (w) => ({ ...w, role: 'translation' }))), 'IMPORT_WORK_ORIGINAL_COUNT');
  });

  it('ids by the documented syntax, unique across the work', () => {
    assert.equal(codeOf({ ...sample, id: '"><script>alert(1)</script>' }), 'MODEL_BAD_ID');
    assert.equal(codeOf(withWitness(1, (w) => ({ ...w, id: 'en 7b' }))), 'MODEL_BAD_ID');
    assert.equal(codeOf(withWitness(1, (w) => ({ ...w, id: 'x'.repeat(201) }))), 'MODEL_BAD_ID');
    assert.equal(codeOf(withWitness(1, (w) => ({ ...w, id: sample.witnesses[0]!.id }))), 'MODEL_DUPLICATE_ID');
    const first = sample.witnesses[0]!.paragraphs[0]!;
    assert.equal(codeOf(withWitness(0, (w) => ({ ...w, paragraphs: w.paragraphs.map((p, k) => (k === 1 ? { ...p, id: first.id } : p)) }))), 'MODEL_DUPLICATE_ID');
    assert.equal(codeOf(withWitness(2, (w) => ({ ...w, paragraphs: w.paragraphs.map((p, k) => (k === 0 ? { ...p, id: first.id } : p)) }))), 'MODEL_DUPLICATE_ID', 'unique across witnesses too (TEI xml:id)');
    assert.equal(codeOf(withWitness(0, (w) => ({ ...w, paragraphs: w.paragraphs.map((p, k) => (k === 0 ? { ...p, id: 'p 1"' } : p)) }))), 'MODEL_BAD_ID');
  });

  it('BCP 47 languages', () => {
    assert.equal(codeOf(withWitness(0, (w) => ({ ...w, lang: 'zh" onload="alert(1)' }))), 'IMPORT_BAD_LANGUAGE');
    for (const good of ['en', 'zh-Hans', 'zh-Hant-TW', 'ru', 'de-CH-1996', 'en-x-private', 'yue-HK', 'sr-Latn-RS']) assert.ok(isLanguageTag(good), good);
    for (const bad of ['', 'e', 'english language', 'zh_CN', 'en--US', '123', 'zh-Hans-', 'a'.repeat(300)]) assert.ok(!isLanguageTag(bad), bad);
  });

  it('page breaks inside the paragraph and in order', () => {
    const text = sample.witnesses[1]!.paragraphs[0]!.text;
    const breaks = (pageBreaks: number[]) => codeOf(withWitness(1, (w) => ({ ...w, paragraphs: w.paragraphs.map((p, k) => (k === 0 ? { ...p, pageBreaks } : p)) })));
    assert.equal(breaks([0, text.length]), 'ok');
    assert.equal(breaks([text.length + 1]), 'MODEL_PAGE_BREAK_OUTSIDE_TEXT');
    assert.equal(breaks([-1]), 'MODEL_PAGE_BREAK_OUTSIDE_TEXT');
    assert.equal(breaks([1.5]), 'MODEL_PAGE_BREAK_OUTSIDE_TEXT');
    assert.equal(breaks([5, 2]), 'MODEL_PAGE_BREAK_OUTSIDE_TEXT');
  });

  it('ISO dates and web links only', () => {
    assert.equal(codeOf({ ...sample, meta: { ...sample.meta, date: '30/04/1962' } }), 'MODEL_BAD_FIELD');
    assert.equal(codeOf({ ...sample, meta: { ...sample.meta, date: '1962-04' } }), 'ok');
    assert.equal(codeOf({ ...sample, meta: { ...sample.meta, url: 'javascript:alert(1)' } }), 'MODEL_BAD_FIELD');
    assert.ok(isWebUrl('https://digitalarchive.wilsoncenter.org/document/121617'));
    for (const bad of ['javascript:alert(1)', 'data:text/html,<script>', 'https://a b', 'http://x"onmouseover=', 'file:///etc/passwd']) assert.ok(!isWebUrl(bad), bad);
  });

  it('a paragraph over the length limit', () => {
    const long = 'a'.repeat(MAX_PARAGRAPH_CHARS + 1);
    assert.equal(codeOf(withWitness(1, (w) => ({ ...w, paragraphs: [{ id: 'en-7b-p1', kind: 'text', text: long }] }))), 'IMPORT_PARAGRAPH_TOO_LONG');
  });
});
