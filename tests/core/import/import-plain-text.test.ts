import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPlainText } from '../../../src/core/import/import-plain-text.ts';
import { readRepoText } from '../../support/files.ts';
import { goldBodyParagraphs, SAMPLE } from './sample-folder.ts';

const base = { witnessId: 'zh', lang: 'zh-Hans', role: 'original' as const, label: 'Chinese rendering' };

describe('importPlainText', () => {
  it('imports the Chinese rendering: title heading, then the gold body paragraphs', async () => {
    const r = importPlainText(await readRepoText(`${SAMPLE}/zh-Hans.txt`), { ...base, firstLineIsTitle: true });
    if (!r.ok) assert.fail(r.error.message);
    const gold = await goldBodyParagraphs();
    assert.equal(r.value.paragraphs[0]?.kind, 'heading');
    assert.equal(r.value.paragraphs[0]?.text, '苏联大使面交张汉夫副部长的苏方文件（译文）');
    assert.deepEqual(r.value.paragraphs.slice(1).map((p) => p.text), gold.zh);
    assert.ok(r.value.paragraphs.slice(1).every((p) => p.kind === 'text'));
    assert.deepEqual(r.value.paragraphs.map((p) => p.id), r.value.paragraphs.map((_, i) => `zh-p${i + 1}`));
  });

  it('keeps the title as body text unless told', async () => {
    const r = importPlainText(await readRepoText(`${SAMPLE}/en-parallax.txt`), { ...base, witnessId: 'en', lang: 'en' });
    if (!r.ok) assert.fail(r.error.message);
    assert.equal(r.value.paragraphs.length, 11);
    assert.ok(r.value.paragraphs.every((p) => p.kind === 'text'));
  });

  it('carries the witness fields through', () => {
    const r = importPlainText('One.\n\nTwo.', { ...base, translator: 'X', provenance: 'made here', preparedForProject: true });
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual({ ...r.value, paragraphs: [] }, {
      id: 'zh', lang: 'zh-Hans', role: 'original', label: 'Chinese rendering', translator: 'X', provenance: 'made here',
      preparedForProject: true, paragraphs: [],
    });
  });

  it('repairs page breaks and marks omissions in plain text too', () => {
    const r = importPlainText('They should have\n\ntaken steps.\n\n[…]', { ...base, lang: 'en' });
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value.paragraphs.map((p) => [p.kind, p.text, p.pageBreaks]), [
      ['text', 'They should have taken steps.', [17]],
      ['omission', '[…]', undefined],
    ]);
  });

  it('joins a Chinese paragraph cut by a page break when the continuation line lacks the indent', async () => {
    const zh = await readRepoText(`${SAMPLE}/zh-Hans.txt`);
    const [title = '', ...body] = zh.trim().split('\n\n');
    const cut = body[4]!.indexOf('采取措施，制止大规模');
    assert.ok(cut > 0, 'paragraph 5 has the sentence the archive breaks ("They should have / taken steps")');
    const lines = [title, ...body.slice(0, 4).map((p) => '\u3000\u3000' + p), '\u3000\u3000' + body[4]!.slice(0, cut), body[4]!.slice(cut), ...body.slice(5).map((p) => '\u3000\u3000' + p), '苏联驻华大使馆', '一九六二年四月三十日'];
    const r = importPlainText(lines.join('\n'), { ...base, firstLineIsTitle: true });
    if (!r.ok) assert.fail(r.error.message);
    const gold = await goldBodyParagraphs();
    const texts = r.value.paragraphs.filter((p) => p.kind === 'text').map((p) => p.text);
    assert.deepEqual(texts, gold.zh, 'the cut paragraph is whole again, joined without a space');
    assert.deepEqual(r.value.paragraphs[5]?.pageBreaks, [cut]);
    assert.deepEqual(r.value.paragraphs.slice(-2).map((p) => p.kind), ['closing', 'closing'], 'unindented closing lines after a full stop stay apart');
  });

  it('reports text with no paragraphs', () => {
    const r = importPlainText('\n\u3000\u3000\n   \n', base);
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_NO_PARAGRAPHS');
  });
});
