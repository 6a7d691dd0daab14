// The development gold set: Legge's bilingual Analects (tests/fixtures/alignment/legge-analects,
// see its README). The source interleaves page-sized runs of Chinese and English, as printed;
// each side is read as one stream, cut at its own chapter (【…章】 / CHAP. N.) and section
// (【…節】 / "N.") marks, and split into sentences. Gold comes from those marks, not from a
// person: a chapter is one bead, or each section is when both sides number the same sections.
import { splitSentences } from '../../src/core/text/split-sentences.ts';
// Through ../support/ so the browser runner swaps in files.browser.ts (it matches that path).
import { readRepoText } from '../support/files.ts';

export interface VerseGoldSet {
  readonly zh: string[];
  readonly en: string[];
  readonly zhVerse: string[];
  readonly enVerse: string[];
  /** Gold beads, Chinese as source. */
  readonly gold: Array<{ source: number[]; target: number[] }>;
}

const HAN = /\p{Script=Han}/u;
const CHINESE_BOOK = /^\p{Script=Han}+第[一二三四五六七八九十]+$/u;

interface Book { zh: string; en: string }

function books(source: string): Book[] {
  const out: Book[] = [];
  let zhBook = -1;
  let enBook = -1;
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    if (line === '' || line === '論語' || line === 'CONFUCIAN ANALECTS.') continue;
    if (CHINESE_BOOK.test(line)) {
      zhBook++;
      out[zhBook] ??= { zh: '', en: '' };
    } else if (/^BOOK [IVXLC]+\./.test(line)) {
      enBook++;
      out[enBook] ??= { zh: '', en: '' };
    } else if (HAN.test(line)) {
      (out[zhBook] as Book).zh += line.replace(/\s+/g, '');
    } else {
      (out[enBook] as Book).en += `${line} `;
    }
  }
  return out;
}

/** Text after each mark; text before the first mark is dropped (there is none in the source). */
const cut = (text: string, mark: RegExp): string[] => text.split(mark).slice(1).map((s) => s.trim());

function sections(text: string, mark: RegExp): string[] {
  const parts = text.split(mark).map((s) => s.trim()).filter((s) => s !== '');
  return parts.length > 0 ? parts : [text];
}

export async function loadLeggeAnalects(): Promise<VerseGoldSet> {
  const set: VerseGoldSet = { zh: [], en: [], zhVerse: [], enVerse: [], gold: [] };
  books(await readRepoText('tests/fixtures/alignment/legge-analects/source.txt')).forEach((book, b) => {
    const zhChapters = cut(book.zh, /【[第廿一二三四五六七八九十]+章】/u);
    const enChapters = cut(book.en, /(?:CHAPTER|CHAP\.) [IVXLC]+\.\s/);
    if (zhChapters.length !== enChapters.length) throw new Error(`book ${b + 1}: ${zhChapters.length} Chinese chapters, ${enChapters.length} English`);
    zhChapters.forEach((zhChapter, c) => {
      const zhSections = sections(zhChapter, /【[一二三四五六七八九十]+節】/u);
      const enSections = sections(enChapters[c] ?? '', /(?:^|\s)\d{1,2}\.\s/);
      const bySection = zhSections.length === enSections.length;
      const verses = bySection ? zhSections.map((z, k) => [z, enSections[k] ?? ''] as const) : [[zhSections.join(''), enSections.join(' ')] as const];
      verses.forEach(([z, e], k) => {
        const id = bySection ? `${b + 1}.${c + 1}.${k + 1}` : `${b + 1}.${c + 1}`;
        const bead = { source: [] as number[], target: [] as number[] };
        for (const s of splitSentences(z, 'zh-Hant')) { bead.source.push(set.zh.length); set.zh.push(s.text); set.zhVerse.push(id); }
        for (const s of splitSentences(e, 'en')) { bead.target.push(set.en.length); set.en.push(s.text); set.enVerse.push(id); }
        set.gold.push(bead);
      });
    });
  });
  return set;
}
