import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importArchiveExport } from '../../../src/core/import/import-archive-export.ts';
import { decodeText } from '../../../src/core/import/decode-text.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readSharedBytes } from '../../support/files.ts';
import { goldBodyParagraphs } from './sample-folder.ts';

async function corpusText(): Promise<string> {
  const r = decodeText(await readSharedBytes('corpus/wilson-121617.en.txt'));
  if (!r.ok) assert.fail(r.error.message);
  return r.value.text;
}

function imported(text: string): Work {
  const r = importArchiveExport(text);
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function paragraphsOf(work: Work) {
  const w = work.witnesses[0];
  assert.ok(w);
  return w.paragraphs;
}

/** Removes "Label:" and its content up to the next blank-line-separated label. */
function withoutSection(text: string, label: string): string {
  const out = text.replace(new RegExp(`${label}:\\n\\n(?:[^\\n]+\\n)+\\n`), '');
  assert.notEqual(out, text, `the corpus has a ${label} section to remove`);
  return out;
}

describe('importArchiveExport on the corpus file', () => {
  it('reads the header into the work meta', async () => {
    const { meta } = imported(await corpusText());
    assert.equal(meta.date, '1962-04-30');
    assert.equal(meta.archiveRef, 'PRC FMA 118-01764-05');
    assert.equal(meta.pages, '39-42');
    assert.equal(meta.translator, '7Brands');
    assert.equal(meta.url, 'https://wilson-center-digital-archive.dvincitest.com/document/121617');
    assert.equal(meta.originalLanguage, 'Chinese');
    assert.equal(meta.title, 'The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)');
    assert.equal(meta.summary, 'A Soviet account, presented to the Chinese Foreign Ministry of the cross border exodus in Xinjiang.');
    assert.equal(meta.credits, 'This document was made possible with support from MacArthur Foundation');
    assert.match(meta.citation ?? '', /^"The Soviet Document .* Translated by 7Brands\.\n<https:\/\/.*121617>$/s);
  });

  it('gives the Appendix line and the repeated title as headings, then the ten body paragraphs and the omission', async () => {
    const paragraphs = paragraphsOf(imported(await corpusText()));
    const gold = await goldBodyParagraphs();
    assert.deepEqual(paragraphs.slice(0, 2).map((p) => [p.kind, p.text]), [
      ['heading', 'Appendix'],
      ['heading', 'The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)'],
    ]);
    const body = paragraphs.slice(2);
    assert.equal(body.length, gold.en.length, 'ten paragraphs and the omission, as in the gold set');
    assert.deepEqual(body.map((p) => p.text), gold.en);
    assert.deepEqual(body.map((p) => p.kind), [...Array(10).fill('text'), 'omission']);
  });

  it('joins the page-broken paragraph and records where', async () => {
    const paragraphs = paragraphsOf(imported(await corpusText()));
    const joined = paragraphs.filter((p) => p.pageBreaks);
    assert.equal(joined.length, 1);
    const p = joined[0]!;
    const at = p.pageBreaks?.[0] ?? -1;
    assert.ok(p.text.slice(0, at).endsWith('They should have '));
    assert.ok(p.text.slice(at).startsWith('taken steps to stop'));
  });

  it('keeps every bracket verbatim', async () => {
    const text = paragraphsOf(imported(await corpusText())).map((p) => p.text).join('\n');
    for (const mark of ['Ba-ke-tu [sic]', 'Huoerguosi [Horgos]', 'Ma-er-guo-fu [sic]', 'Alma-Ata [Almaty]']) assert.ok(text.includes(mark), mark);
  });

  it('makes a witness labelled from the Contents and the translator, with stable ids', async () => {
    const text = await corpusText();
    const a = imported(text);
    const w = a.witnesses[0]!;
    assert.equal(w.lang, 'en');
    assert.equal(w.label, 'Archive translation (7Brands)');
    assert.equal(w.translator, '7Brands');
    assert.equal(w.preparedForProject, false);
    assert.equal(a.id, 'wilson-121617');
    assert.deepEqual(w.paragraphs.map((p) => p.id), w.paragraphs.map((_, i) => `en-p${i + 1}`));
    assert.deepEqual(imported(text), a, 'a re-import gives the same work');
  });
});

describe('importArchiveExport tolerance (corpus variants)', () => {
  it('reads an export without Summary and Credits', async () => {
    const text = withoutSection(withoutSection(await corpusText(), 'Summary'), 'Credits');
    const work = imported(text);
    assert.equal(work.meta.summary, null);
    assert.equal(work.meta.credits, null);
    assert.equal(work.meta.originalLanguage, 'Chinese');
    assert.equal(paragraphsOf(work).length, 13);
  });

  it('reads several Original Language values', async () => {
    const text = (await corpusText()).replace('Original Language:\n\nChinese\n', 'Original Language:\n\nChinese\nRussian\n');
    assert.equal(imported(text).meta.originalLanguage, 'Chinese, Russian');
  });

  it('reads an export without "Translated by"', async () => {
    const work = imported((await corpusText()).replace(' Translated by 7Brands.', ''));
    assert.equal(work.meta.translator, null);
    assert.equal(work.witnesses[0]?.label, 'Archive translation');
    assert.equal(work.meta.archiveRef, 'PRC FMA 118-01764-05');
  });

  it('takes the date from the citation when the date line is missing', async () => {
    const text = (await corpusText()).replace(/^\s*April 30, 1962\n/, '');
    const work = imported(text);
    assert.equal(work.meta.date, '1962-04-30');
    assert.equal(work.meta.title?.startsWith('The Soviet Document'), true);
  });

  it('finds the body when Contents is missing (the last section is one block)', async () => {
    const work = imported(withoutSection(await corpusText(), 'Contents'));
    assert.equal(work.meta.originalLanguage, 'Chinese');
    const kinds = paragraphsOf(work).map((p) => p.kind);
    assert.deepEqual(kinds.slice(0, 3), ['heading', 'heading', 'text']);
    assert.equal(kinds.length, 13);
    assert.equal(work.witnesses[0]?.label, 'Archive document (7Brands)');
  });

  it('reads a label with its value on the same line', async () => {
    const text = (await corpusText()).replace('Original Language:\n\nChinese\n', 'Original Language: Chinese, Russian\n');
    const work = imported(text);
    assert.equal(work.meta.originalLanguage, 'Chinese, Russian');
    assert.equal(paragraphsOf(work).length, 13);
  });

  it('reports text without a citation or bold title', () => {
    const r = importArchiveExport('Just a letter.\n\nWith two paragraphs.');
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_NOT_ARCHIVE_EXPORT');
  });

  it('reports a header with no body', async () => {
    const text = await corpusText();
    const headerOnly = text.slice(0, text.indexOf('Appendix'));
    const r = importArchiveExport(headerOnly);
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_NO_PARAGRAPHS');
  });
});
