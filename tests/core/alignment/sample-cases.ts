// Paragraph-level test cases built from the sample work's gold body
// paragraphs with deliberate splits, merges, drops and omission markers; the
// expected rows follow from how each case is built, not from the aligner.
import { splitSentences } from '../../../src/core/text/split-sentences.ts';
import { readRepoText } from '../../support/files.ts';

export interface ParagraphCase {
  readonly name: string;
  readonly source: string[];
  readonly target: string[];
  readonly targetOmissions: Set<number>;
  readonly expected: Array<{ source: number[]; target: number[] }>;
}

interface SentenceGold {
  sentences: { zh: string[][]; en: string[][]; enParallax: string[][] };
}

export async function goldParagraphs(): Promise<{ zh: string[]; en: string[]; enParallax: string[] }> {
  const gold = JSON.parse(await readRepoText('translations/wilson-121617/sentence-gold.json')) as SentenceGold;
  return {
    zh: gold.sentences.zh.map((s) => s.join('')),
    // The archive's paragraph 10 is its final [...]; only the ten body paragraphs are paired.
    en: gold.sentences.en.map((s) => s.join(' ')).slice(0, 10),
    enParallax: gold.sentences.enParallax.map((s) => s.join(' ')),
  };
}

type Step = { kind: 'keep' } | { kind: 'split' } | { kind: 'merge' } | { kind: 'drop' } | { kind: 'omit'; count: number } | { kind: 'extra' };

/** Builds a target from zh paragraphs' English counterparts following `steps`, one step per zh paragraph (extra adds a paragraph). */
function build(name: string, zh: string[], en: string[], plan: Step[]): ParagraphCase {
  const target: string[] = [];
  const targetOmissions = new Set<number>();
  const expected: Array<{ source: number[]; target: number[] }> = [];
  let p = 0;
  for (const step of plan) {
    if (step.kind === 'extra') {
      target.push('Editorial note: this paragraph was added by the translator and has no counterpart in the original text.');
      expected.push({ source: [], target: [target.length - 1] });
      continue;
    }
    if (step.kind === 'keep') {
      target.push(en[p] ?? '');
      expected.push({ source: [p], target: [target.length - 1] });
      p += 1;
    } else if (step.kind === 'split') {
      const sentences = splitSentences(en[p] ?? '', 'en').map((s) => s.text);
      if (sentences.length < 2) throw new Error(`paragraph ${p} has one sentence: nothing to split`);
      const half = Math.ceil(sentences.length / 2);
      target.push(sentences.slice(0, half).join(' '), sentences.slice(half).join(' '));
      expected.push({ source: [p], target: [target.length - 2, target.length - 1] });
      p += 1;
    } else if (step.kind === 'merge') {
      target.push(`${en[p] ?? ''} ${en[p + 1] ?? ''}`);
      expected.push({ source: [p, p + 1], target: [target.length - 1] });
      p += 2;
    } else if (step.kind === 'drop') {
      expected.push({ source: [p], target: [] });
      p += 1;
    } else {
      target.push('[...]');
      targetOmissions.add(target.length - 1);
      expected.push({ source: Array.from({ length: step.count }, (_, k) => p + k), target: [target.length - 1] });
      p += step.count;
    }
  }
  return { name, source: zh.slice(0, p), target, targetOmissions, expected };
}

const K: Step = { kind: 'keep' };

export async function paragraphCases(): Promise<ParagraphCase[]> {
  const g = await goldParagraphs();
  return [
    build('unchanged (archive English)', g.zh, g.en, [K, K, K, K, K, K, K, K, K, K]),
    build('unchanged (second English)', g.zh, g.enParallax, [K, K, K, K, K, K, K, K, K, K]),
    build('split and merge', g.zh, g.en, [K, K, { kind: 'split' }, { kind: 'merge' }, K, { kind: 'split' }, K, K, K]),
    build('omission standing for two paragraphs', g.zh, g.en, [K, K, { kind: 'omit', count: 2 }, K, K, K, K, K, K]),
    build('final omission with no counterpart', g.zh, g.en, [K, K, K, K, K, K, K, K, K, K, { kind: 'omit', count: 0 }]),
    build('dropped paragraph and added paragraph', g.zh, g.enParallax, [K, K, { kind: 'drop' }, K, K, { kind: 'extra' }, K, K, K, K]),
    build('merge of the last two', g.zh, g.enParallax, [K, K, K, K, K, K, K, K, { kind: 'merge' }]),
  ];
}
