/**
 * Round trips with other tools, each against a baseline measured in the
 * same run: a 500-page Word file read (mammoth's own raw-text extraction of
 * the same file), a 5,000-row work out to XLIFF and back into proposals (the
 * export alone), and a revised 5,000-paragraph translation turned into
 * proposals (the plain import of the same file).
 */
import mammoth from 'mammoth';
import { buildEdition } from '../../src/core/edition/build-edition.ts';
import { toXliff } from '../../src/core/export/to-xliff.ts';
import { importFile } from '../../src/core/import/index.ts';
import { readDocx } from '../../src/core/import-docx/index.ts';
import { readXliff } from '../../src/core/import-xliff/index.ts';
import type { Witness } from '../../src/core/model/work.ts';
import { readRevisedVersion, returnedToProposals } from '../../src/core/revise/index.ts';
import { alignByParagraphIndex } from '../core/edition/align-by-paragraph-index.ts';
import { buildReviewedDocx } from '../support/build-docx.ts';
import { generateWork } from '../support/generate-work.ts';
import { ms, ratio, time, type BenchRow } from './bench.ts';

/** About 500 words a page: 2,000 paragraphs of ~125 words, four to a page. */
const PAGES = 500;

async function docxRow(): Promise<BenchRow> {
  const texts = generateWork({ paragraphs: PAGES * 4, wordsPerParagraph: 125, seed: 3 }).witnesses.find((w) => w.id === 'en')?.paragraphs.map((p) => p.text) ?? [];
  const bytes = await buildReviewedDocx({ texts });
  const first = await readDocx('book.docx', bytes);
  if (!first.ok) throw new Error(first.error.message);
  const value = await time(() => readDocx('book.docx', bytes), 3);
  const base = await time(() => mammoth.extractRawText({ buffer: bytes } as unknown as Parameters<typeof mammoth.extractRawText>[0]), 3);
  const words = texts.reduce((n, t) => n + t.split(' ').length, 0);
  return {
    group: 'interchange', name: 'DOCX in (readDocx: paragraphs, headings, notes, page breaks, tracked changes)',
    input: `${PAGES} pages, ${words.toLocaleString('en')} words, ${(bytes.length / 1e6).toFixed(1)} MB → ${first.value.paragraphs.length.toLocaleString('en')} paragraphs`,
    value: ms(value.median), baseline: `mammoth.extractRawText ${ms(base.median)}`, ratio: ratio(value.median, base.median), target: '≤ 3 s',
  };
}

const work = generateWork({ paragraphs: 5000, wordsPerParagraph: 120, seed: 11 });
const english = work.witnesses.find((w) => w.id === 'en') as Witness;

async function xliffRow(): Promise<BenchRow> {
  const alignment = alignByParagraphIndex(work);
  const out = () => {
    const e = buildEdition(work, alignment, { translationId: 'en' });
    if (!e.ok) throw new Error(e.error.message);
    return toXliff(e.value);
  };
  const xml = out().replace(/(<target xml:space="preserve">)(\w+)/g, (m, open: string, word: string) => (Math.random() < 0.05 ? `${open}${word.toUpperCase()}` : m));
  const roundTrip = () => {
    out();
    const read = readXliff(xml);
    if (!read.ok) throw new Error(read.error.message);
    return returnedToProposals(english, read.value);
  };
  const proposals = roundTrip().proposals.length;
  const value = await time(roundTrip, 3);
  const base = await time(out, 3);
  return {
    group: 'interchange', name: 'XLIFF 2.0 out and back in (edition, XLIFF, read, proposals)',
    input: `5,000 rows, ${(xml.length / 1e6).toFixed(1)} MB, ${proposals.toLocaleString('en')} changed targets`,
    value: ms(value.median), baseline: `edition + XLIFF out only ${ms(base.median)}`, ratio: ratio(value.median, base.median), target: '≤ 2 s',
  };
}

async function revisedRow(): Promise<BenchRow> {
  const revisedText = (work.witnesses.find((w) => w.id === 'en2')?.paragraphs ?? []).map((p) => p.text).join('\n\n');
  const bytes = new TextEncoder().encode(revisedText);
  const propose = async () => {
    const r = await readRevisedVersion('revised.txt', bytes, work, english);
    if (!r.ok) throw new Error(r.error.message);
    return r.value.set;
  };
  const set = await propose();
  const value = await time(propose, 3);
  const base = await time(() => importFile('revised.txt', bytes, { lang: 'en' }), 3);
  return {
    group: 'interchange', name: 'revised translation → proposals (readRevisedVersion, text)',
    input: `5,000 paragraphs, ${(bytes.length / 1e6).toFixed(1)} MB → ${set.proposals.length.toLocaleString('en')} proposals, ${set.unchanged.toLocaleString('en')} unchanged`,
    value: ms(value.median), baseline: `plain import of the same file ${ms(base.median)}`, ratio: ratio(value.median, base.median), target: '≤ 3 s',
  };
}

export default async (): Promise<BenchRow[]> => [await docxRow(), await xliffRow(), await revisedRow()];
