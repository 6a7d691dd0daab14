/**
 * Import speed: the corpus file, and generated 5 MB / 50 MB plain texts,
 * against a baseline that does the least an importer could (TextDecoder and
 * split on blank lines) on the same bytes in the same run.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { importFile } from '../../src/core/import/index.ts';
import { generateWork } from '../support/generate-work.ts';
import { ms, ratio, time, type BenchRow } from './bench.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const MB = 1_000_000;

/** The least an importer could do: decode with the right (known) encoding and split on blank lines. */
function baseline(bytes: Uint8Array, encoding: string): number {
  return new TextDecoder(encoding).decode(bytes).split('\n\n').length;
}

/** Sniffing, encoding detection, normalising, splitting, page-break repair, language guess: the whole importFile. */
function mustImport(name: string, bytes: Uint8Array): number {
  const r = importFile(name, bytes);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value.witnesses[0]?.paragraphs.length ?? 0;
}

/** Plain text of about `size` bytes: the generated work's paragraphs, repeated. */
function plainText(witness: 'en' | 'zh', size: number): string {
  const work = generateWork({ paragraphs: 400, seed: 7 });
  const w = work.witnesses.find((x) => x.id === witness);
  const unit = (w?.paragraphs ?? []).map((p) => p.text).join('\n\n');
  const unitBytes = new TextEncoder().encode(unit).length;
  return Array(Math.max(1, Math.round(size / unitBytes))).fill(unit).join('\n\n');
}

async function row(name: string, input: string, bytes: Uint8Array, runs: number, encoding = 'utf-8'): Promise<BenchRow> {
  const paragraphs = mustImport(name, bytes);
  const value = await time(() => mustImport(name, bytes), runs);
  const base = await time(() => baseline(bytes, encoding), runs);
  return {
    group: 'import',
    name,
    input: `${input}, ${(bytes.length / MB).toFixed(1)} MB → ${paragraphs.toLocaleString('en')} paragraphs`,
    value: ms(value.median),
    baseline: `TextDecoder('${encoding}') + split('\\n\\n') ${ms(base.median)}`,
    ratio: ratio(value.median, base.median),
  };
}

export default async (): Promise<BenchRow[]> => {
  const corpus = new Uint8Array(await readFile(root + '../shared/corpus/wilson-121617.en.txt'));
  const en5 = new TextEncoder().encode(plainText('en', 5 * MB));
  const zh5 = new TextEncoder().encode(plainText('zh', 5 * MB));
  const zh5gb = new Uint8Array(iconv.encode(new TextDecoder().decode(zh5), 'gb18030'));
  const rows = [
    await row('archive export (corpus)', 'wilson-121617.en.txt', corpus, 20),
    await row('plain text, English', 'generated', en5, 5),
    await row('plain text, Chinese UTF-8', 'generated', zh5, 5),
    await row('plain text, Chinese GB18030 (detected)', 'generated', zh5gb, 5, 'gb18030'),
  ];
  const en50 = new TextEncoder().encode(plainText('en', 50 * MB));
  rows.push(await row('plain text, English', 'generated', en50, 3));
  return rows;
};
