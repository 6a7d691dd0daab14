/**
 * Deterministic large works for benchmarks and scale tests: a Chinese
 * original and two English translations that differ in ~`editRate` of their
 * words. Pseudo-text, not language, but with the shapes that matter: numbers,
 * dates, names with [sic] and glosses, sentence punctuation.
 */
import type { Paragraph, Witness, Work } from '../../src/core/model/work.ts';
import { emptyMeta, paragraphId } from '../../src/core/model/work.ts';

export function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_WORDS = ('the border crossing soviet chinese government agencies guards residents people ' +
  'statement ministry foreign affairs embassy notice comrade territory authorities situation measures ' +
  'friendly relations between two nations moscow necessary inform fact large numbers republic crossed ' +
  'into union naturally unusual phenomenon thousands entered permission local difficult position ' +
  'instructed hereby declares seriously perplexed astonished released accused failing follow normal ' +
  'practices handling practically blames encouraging well aware always strictly followed established').split(' ');
const EN_NAMES = ['Ba-ke-tu [sic]', 'Huoerguosi [Horgos]', 'Alma-Ata [Almaty]', 'Zhang Hanfu', 'Bakhty', 'Khorgos'];
const ZH_CHARS = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质';
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function englishSentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rand();
    if (r < 0.02) out.push(String(Math.floor(rand() * 100) + 1));
    else if (r < 0.03) out.push(`${Math.floor(rand() * 28) + 1} ${pick(rand, EN_MONTHS)}`);
    else if (r < 0.04) out.push(pick(rand, EN_NAMES));
    else out.push(pick(rand, EN_WORDS));
  }
  const s = out.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function chineseSentence(rand: () => number, chars: number): string {
  let s = '';
  for (let i = 0; i < chars; i++) s += ZH_CHARS.charAt(Math.floor(rand() * ZH_CHARS.length));
  return s + '。';
}

function editWords(rand: () => number, text: string, rate: number): string {
  return text
    .split(' ')
    .map((w) => (rand() < rate ? (rand() < 0.5 ? pick(rand, EN_WORDS) : `${w} ${pick(rand, EN_WORDS)}`) : w))
    .join(' ');
}

export interface GeneratedWorkOptions {
  readonly paragraphs: number;
  /** Words per English paragraph; the default gives ~200 words, as in the corpus. */
  readonly wordsPerParagraph?: number;
  /** Share of words changed in the second translation. */
  readonly editRate?: number;
  readonly seed?: number;
}

export function generateWork(opts: GeneratedWorkOptions): Work {
  const rand = prng(opts.seed ?? 42);
  const words = opts.wordsPerParagraph ?? 200;
  const editRate = opts.editRate ?? 0.05;
  const zh: Paragraph[] = [];
  const a: Paragraph[] = [];
  const b: Paragraph[] = [];
  for (let i = 1; i <= opts.paragraphs; i++) {
    const sentences = Math.max(1, Math.round(words / 25));
    const en: string[] = [];
    const cn: string[] = [];
    for (let s = 0; s < sentences; s++) {
      const n = Math.max(3, Math.round((words / sentences) * (0.6 + rand() * 0.8)));
      en.push(englishSentence(rand, n));
      cn.push(chineseSentence(rand, Math.max(2, Math.round(n * 1.3))));
    }
    const enText = en.join(' ');
    zh.push({ id: paragraphId('zh', i), kind: 'text', text: cn.join('') });
    a.push({ id: paragraphId('en', i), kind: 'text', text: enText });
    b.push({ id: paragraphId('en2', i), kind: 'text', text: rand() < 0.5 ? editWords(rand, enText, editRate * 2) : enText });
  }
  const witness = (id: string, lang: string, role: Witness['role'], label: string, paragraphs: Paragraph[]): Witness => ({
    id, lang, role, label, translator: null, provenance: 'generated for benchmarks', preparedForProject: true, paragraphs,
  });
  return {
    format: 'parallax.work',
    version: 1,
    id: `generated-${opts.paragraphs}`,
    meta: { ...emptyMeta(), title: `Generated work of ${opts.paragraphs} paragraphs`, date: '1962-04-30' },
    witnesses: [
      witness('zh', 'zh-Hans', 'original', 'Generated original', zh),
      witness('en', 'en', 'translation', 'Generated translation A', a),
      witness('en2', 'en', 'translation', 'Generated translation B', b),
    ],
  };
}
