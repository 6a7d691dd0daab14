/**
 * TEST-ONLY: the sample work (translations/wilson-121617) built naively from
 * its three text files, and its alignment from paragraph-gold.json, for the
 * edition and exporter tests. Stands in until the import area's
 * `loadWorkFolder` lands; the shapes follow src/core/model/work.ts.
 */
import type { WorkAlignment } from '../../../src/core/alignment/types.ts';
import { emptyMeta, paragraphId, type Paragraph, type ParagraphKind, type Witness, type Work } from '../../../src/core/model/work.ts';
import { readRepoText } from '../../support/files.ts';

const DIR = 'translations/wilson-121617/';

function blocks(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split(/\n\s*\n/).map((b) => b.trim().replace(/\s*\n\s*/g, ' ')).filter(Boolean);
}

function kindOf(text: string): ParagraphKind {
  return /^\[[^\]]*\]$/.test(text) ? 'omission' : 'text';
}

function paragraphs(witnessId: string, texts: readonly string[]): Paragraph[] {
  return texts.map((text, i) => ({ id: paragraphId(witnessId, i + 1), kind: kindOf(text), text }));
}

/** The archive export: body after "Appendix" and the repeated title; the page-break split joined. */
function archiveBody(text: string): { body: string[]; pageBreaks: Map<number, number> } {
  const all = blocks(text);
  const start = all.indexOf('Appendix') + 2;
  const body: string[] = [];
  const pageBreaks = new Map<number, number>();
  for (const b of all.slice(start)) {
    const prev = body[body.length - 1];
    if (prev !== undefined && !/[.!?"”:)\]]$/.test(prev) && /^[a-z]/.test(b)) {
      pageBreaks.set(body.length - 1, prev.length + 1);
      body[body.length - 1] = `${prev} ${b}`;
    } else body.push(b);
  }
  return { body, pageBreaks };
}

const witness = (id: string, lang: string, role: Witness['role'], label: string, extra: Partial<Witness>, paras: Paragraph[]): Witness => ({
  id, lang, role, label, translator: null, provenance: null, preparedForProject: true, paragraphs: paras, ...extra,
});

export async function loadSampleWork(): Promise<Work> {
  const [zhText, enText, parText] = await Promise.all([
    readRepoText(DIR + 'zh-Hans.txt'), readRepoText(DIR + 'wilson-121617.en.txt'), readRepoText(DIR + 'en-parallax.txt'),
  ]);
  const zh = blocks(zhText).slice(1);
  const par = blocks(parText).slice(1);
  const { body, pageBreaks } = archiveBody(enText);
  const enParas = paragraphs('wilson', body).map((p, i) => (pageBreaks.has(i) ? { ...p, pageBreaks: [pageBreaks.get(i) ?? 0] } : p));
  return {
    format: 'parallax.work',
    version: 1,
    id: 'wilson-121617',
    meta: {
      ...emptyMeta(),
      title: 'The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)',
      date: '1962-04-30',
      archiveRef: 'PRC FMA 118-01764-05',
      pages: '39-42',
      translator: '7Brands',
      url: 'https://wilson-center-digital-archive.dvincitest.com/document/121617',
      citation: '"The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)", April 30, 1962, Wilson Center Digital Archive, PRC FMA 118-01764-05, 39-42. Translated by 7Brands. https://wilson-center-digital-archive.dvincitest.com/document/121617',
      originalLanguage: 'Chinese',
    },
    witnesses: [
      witness('zh', 'zh-Hans', 'original', 'Chinese rendering (Parallax)', { provenance: 'zh-Hans.txt, written for Parallax from the archive’s English' }, paragraphs('zh', zh)),
      witness('wilson', 'en', 'translation', 'Wilson Center translation', { translator: '7Brands', provenance: 'Wilson Center Digital Archive export', preparedForProject: false }, enParas),
      witness('parallax', 'en', 'translation', 'Second English translation (Parallax)', { provenance: 'en-parallax.txt, written for Parallax from zh-Hans.txt' }, paragraphs('parallax', par)),
    ],
  };
}

/** The gold paragraph alignment as a WorkAlignment over the sample work's paragraph ids. */
export async function loadSampleAlignment(): Promise<WorkAlignment> {
  const gold = JSON.parse(await readRepoText(DIR + 'paragraph-gold.json')) as { rows: Array<{ zh: number[]; en: number[]; enParallax: number[] }> };
  const ids = (w: string, xs: number[]) => xs.map((i) => paragraphId(w, i + 1));
  return {
    witnessIds: ['zh', 'wilson', 'parallax'],
    rows: gold.rows.map((r) => ({ cells: { zh: ids('zh', r.zh), wilson: ids('wilson', r.en), parallax: ids('parallax', r.enParallax) }, score: 1, flagged: false })),
  };
}
