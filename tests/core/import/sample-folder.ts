// Reads the sample work folder translations/wilson-121617 into the map loadWorkFolder takes (Node and Chromium).
import { readRepoBytes, readRepoText } from '../../support/files.ts';

export const SAMPLE = 'translations/wilson-121617';
export const SAMPLE_FILES = ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt'] as const;

export async function readSampleFolder(): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const f of SAMPLE_FILES) files.set(f, await readRepoBytes(`${SAMPLE}/${f}`));
  return files;
}

export interface SentenceGold {
  readonly sentences: { readonly zh: string[][]; readonly en: string[][]; readonly enParallax: string[][] };
}

/** The gold body paragraphs, rebuilt from the gold sentences (independent of the importer). */
export async function goldBodyParagraphs(): Promise<{ zh: string[]; en: string[]; enParallax: string[] }> {
  const gold = JSON.parse(await readRepoText(`${SAMPLE}/sentence-gold.json`)) as SentenceGold;
  return {
    zh: gold.sentences.zh.map((s) => s.join('')),
    en: gold.sentences.en.map((s) => s.join(' ')),
    enParallax: gold.sentences.enParallax.map((s) => s.join(' ')),
  };
}

export const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
