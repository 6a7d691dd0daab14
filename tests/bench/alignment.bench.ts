/**
 * Alignment quality and speed. Quality: strict P/R/F1 on the Bible zh–en
 * gold set (whole set, and the part after the first 1,000 English lines,
 * which no weight was tuned on), on the development set (Legge's bilingual
 * Analects: classical, traditional script, free translation with dialogue),
 * and rows right on paragraph cases built from the sample work. Speed: the
 * Bible set, and generated sentence pairs of 5,000 / 10,000 / 20,000
 * sentences to show near-linear time and memory.
 * Baseline in the same run: Gale–Church, length only, same DP.
 */
import { alignUnits } from '../../src/core/alignment/align-units.ts';
import { mergeWithinVerses, parseGoldBeads, strictScores, type StrictScores } from '../../src/core/alignment/evaluate-alignment.ts';
import type { Alignment } from '../../src/core/alignment/types.ts';
import { loadZhEnLexicon } from '../../src/core/lexicon/index.ts';
import type { Lexicon } from '../../src/core/lexicon/lexicon.ts';
import { splitSentences } from '../../src/core/text/split-sentences.ts';
import { paragraphCases } from '../core/alignment/sample-cases.ts';
import { readSharedText } from '../support/files.ts';
import { loadLeggeAnalects } from '../support/legge-analects.ts';
import { generateWork, prng } from '../support/generate-work.ts';
import { ms, ratio, time, type BenchRow } from './bench.ts';

const LENGTH_ONLY = { numberMatch: 0, numberMiss: 0, nameMatch: 0, punctuation: 0, lexicon: 0 };
const zhEn = { sourceLang: 'zh-Hans', targetLang: 'en' };
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');
const prf = (s: StrictScores): string => `P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`;

/** CPU time of one call: on a shared, loaded machine wall time says more about the neighbours. */
function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function bibleRows(lexicon: Lexicon): Promise<BenchRow[]> {
  const [zhT, enT, zvT, evT, goldT] = await Promise.all(['zh.txt', 'en.txt', 'zh.verse', 'en.verse', 'gold.align'].map((f) => readSharedText(`data/bible-zh-en/${f}`)));
  const zh = lines(zhT ?? '');
  const en = lines(enT ?? '');
  const zv = lines(zvT ?? '');
  const ev = lines(evT ?? '');
  const gold = parseGoldBeads(goldT ?? '').map((b) => ({ source: b.second, target: b.first }));
  const score = (a: Alignment) => strictScores(mergeWithinVerses(a.rows, zv, ev), gold);
  let full: Alignment = { rows: [] };
  let noLex: Alignment = { rows: [] };
  let lengthOnly: Alignment = { rows: [] };
  const tFull = await time(() => { full = alignUnits(zh, en, { ...zhEn, lexicon }); }, 3);
  const tNoLex = await time(() => { noLex = alignUnits(zh, en, zhEn); }, 3);
  const tLength = await time(() => { lengthOnly = alignUnits(zh, en, { ...zhEn, weights: LENGTH_ONLY }); }, 3);
  // Held out: the weights were tuned on the first 1,000 English lines and their Chinese.
  const cut = gold.findIndex((b) => (b.target[0] ?? 0) >= 1000);
  const zhCut = gold[cut]?.source[0] ?? 0;
  const heldOut = alignUnits(zh.slice(zhCut), en.slice(1000), { ...zhEn, lexicon });
  const heldGold = gold.slice(cut).map((b) => ({ source: b.source.map((x) => x - zhCut), target: b.target.map((x) => x - 1000) }));
  const heldScore = strictScores(mergeWithinVerses(heldOut.rows, zv.slice(zhCut), ev.slice(1000)), heldGold);
  const input = `Bible zh–en, ${zh.length} × ${en.length} sentences`;
  const base = `Gale–Church (length only) ${prf(score(lengthOnly))}`;
  return [
    { group: 'alignment', name: 'strict P/R/F1, all signals + CC-CEDICT', input, value: prf(score(full)), baseline: base, target: 'F1 ≥ 0.96 (published GC 0.821, hunalign+dict 0.895)' },
    { group: 'alignment', name: 'strict P/R/F1, held-out part (untuned)', input: `${zh.length - zhCut} × ${en.length - 1000} sentences after the tuning slice`, value: prf(heldScore), target: 'F1 ≥ 0.96' },
    { group: 'alignment', name: 'strict P/R/F1, no dictionary', input, value: prf(score(noLex)), baseline: base },
    { group: 'alignment', name: 'time, all signals + CC-CEDICT', input, value: `${ms(tFull.median)} (CPU ${ms(cpuMs(() => alignUnits(zh, en, { ...zhEn, lexicon })))})`, baseline: `length only ${ms(tLength.median)}`, ratio: ratio(tFull.median, tLength.median), target: '≤ 1.5 s' },
    { group: 'alignment', name: 'time, no dictionary', input, value: `${ms(tNoLex.median)} (CPU ${ms(cpuMs(() => alignUnits(zh, en, zhEn)))})`, baseline: `length only ${ms(tLength.median)}`, ratio: ratio(tNoLex.median, tLength.median) },
  ];
}

async function developmentRows(lexicon: Lexicon): Promise<BenchRow[]> {
  const set = await loadLeggeAnalects();
  const zhHant = { sourceLang: 'zh-Hant', targetLang: 'en' };
  const score = (opts: object) => prf(strictScores(mergeWithinVerses(alignUnits(set.zh, set.en, { ...zhHant, ...opts }).rows, set.zhVerse, set.enVerse), set.gold));
  const input = `Legge's Analects (dev set), ${set.zh.length} × ${set.en.length} sentences, ${set.gold.length} beads`;
  const base = `Gale–Church (length only) ${score({ weights: LENGTH_ONLY })}`;
  return [
    { group: 'alignment', name: 'strict P/R/F1, dev set, all signals + CC-CEDICT', input, value: score({ lexicon }), baseline: base },
    { group: 'alignment', name: 'strict P/R/F1, dev set, no dictionary', input, value: score({}), baseline: base },
  ];
}

async function paragraphRows(lexicon: Lexicon): Promise<BenchRow[]> {
  const cases = await paragraphCases();
  const right = (opts: object) => {
    let good = 0;
    let total = 0;
    for (const c of cases) {
      const a = alignUnits(c.source, c.target, { ...zhEn, targetOmissions: c.targetOmissions, ...opts });
      const got = new Set(a.rows.map((r) => `${r.source}:${r.target}`));
      for (const e of c.expected) if (got.has(`${e.source}:${e.target}`)) good++;
      total += c.expected.length;
    }
    return `${good}/${total} rows right`;
  };
  const t = await time(() => right({ lexicon }), 3);
  return [{
    group: 'alignment', name: 'paragraph rows, sample work cases', input: `${cases.length} cases: splits, merges, omissions, drop, addition`,
    value: `${right({ lexicon })}, ${ms(t.median)} all cases`, baseline: `length only ${right({ weights: LENGTH_ONLY })}`, target: 'every row right',
  }];
}

/** Sentence pairs from the generated work, with 1-in-12 English sentences merged into the previous and 1-in-40 dropped; gold by construction. */
function syntheticPair(sentences: number): { zh: string[]; en: string[]; gold: Array<{ source: number[]; target: number[] }> } {
  const work = generateWork({ paragraphs: Math.ceil(sentences / 8), seed: 7 });
  const [zhW, enW] = work.witnesses;
  const zh = (zhW?.paragraphs ?? []).flatMap((p) => splitSentences(p.text, 'zh').map((s) => s.text)).slice(0, sentences);
  const enAll = (enW?.paragraphs ?? []).flatMap((p) => splitSentences(p.text, 'en').map((s) => s.text)).slice(0, sentences);
  const rand = prng(11);
  const en: string[] = [];
  const gold: Array<{ source: number[]; target: number[] }> = [];
  enAll.forEach((s, k) => {
    const r = rand();
    const last = gold.at(-1);
    if (r < 1 / 40) {
      gold.push({ source: [k], target: [] });
    } else if (r < 1 / 40 + 1 / 12 && last && last.target.length > 0) {
      en[en.length - 1] += ` ${s}`;
      last.source.push(k);
    } else {
      en.push(s);
      gold.push({ source: [k], target: [en.length - 1] });
    }
  });
  return { zh, en, gold };
}

async function scaleRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of [5_000, 10_000, 20_000]) {
    const { zh, en, gold } = syntheticPair(n);
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    let result: Alignment = { rows: [] };
    const t = await time(() => {
      result = alignUnits(zh, en, zhEn);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }, 2);
    let cells = 0;
    let largest = 0;
    const cpu = cpuMs(() => alignUnits(zh, en, { ...zhEn, onPass: (c) => { cells += c; largest = Math.max(largest, c); } }));
    let lengthOnly: Alignment = { rows: [] };
    const tLen = await time(() => { lengthOnly = alignUnits(zh, en, { ...zhEn, weights: LENGTH_ONLY }); }, 2);
    rows.push({
      group: 'alignment', name: 'synthetic sentence pair', input: `${zh.length.toLocaleString('en')} × ${en.length.toLocaleString('en')} sentences`,
      // The DP keeps 10 bytes per band cell (cost + back pointer) for its largest pass; cells per sentence stays flat as n grows.
      value: `${ms(t.median)} (CPU ${ms(cpu)}), F1 ${strictScores(result.rows, gold).f1.toFixed(3)}, DP ${(cells / 1e6).toFixed(1)}M cells (${Math.round(largest / zh.length)}/sentence, ${Math.round((largest * 10) / 1e6)} MB), heap +${Math.round((peak - heapBefore) / 1e6)} MB`,
      baseline: `length only ${ms(tLen.median)}, F1 ${strictScores(lengthOnly.rows, gold).f1.toFixed(3)}`,
      ratio: ratio(t.median, tLen.median), target: n === 20_000 ? '≤ 5 s, memory linear' : '',
    });
  }
  return rows;
}

export default async (): Promise<BenchRow[]> => {
  const t0 = performance.now();
  const lexicon = await loadZhEnLexicon();
  const loadMs = performance.now() - t0;
  return [
    ...(await bibleRows(lexicon)),
    ...(await developmentRows(lexicon)),
    ...(await paragraphRows(lexicon)),
    ...(await scaleRows()),
    { group: 'alignment', name: 'CC-CEDICT lexicon load (once, lazy)', input: `${lexicon.entries.size.toLocaleString('en')} headwords`, value: ms(loadMs) },
  ];
};
