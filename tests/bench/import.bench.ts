/**
 * Import speed: the corpus file, and generated 5 MB / 50 MB plain texts,
 * against a baseline that does the least an importer could (TextDecoder and
 * split on blank lines) on the same bytes in the same run. And the cost of
 * encoding detection (chardet on a 64 kB sample, then a strict decode of the
 * sample per candidate) against one TextDecoder told the encoding.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { completeTextDecoder } from '../../src/cli/complete-text-decoder.ts';
import { decodeText, detectEncodings, importFile } from '../../src/core/import/index.ts';
import { loadToTraditional } from '../../src/core/script/convert-script.ts';
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

/** detectEncodings alone, and the whole decodeText, against TextDecoder(encoding).decode on the same bytes. */
async function detectionRows(name: string, bytes: Uint8Array, encoding: string, runs: number): Promise<BenchRow[]> {
  const decoded = decodeText(bytes);
  if (!decoded.ok || decoded.value.encoding !== encoding) throw new Error(`${name}: ${decoded.ok ? decoded.value.encoding : decoded.error.code}`);
  const base = await time(() => new TextDecoder(encoding).decode(bytes).length, runs);
  const detect = await time(() => detectEncodings(bytes).length, runs);
  const whole = await time(() => decodeText(bytes), runs);
  const input = `${name}, ${(bytes.length / MB).toFixed(1)} MB → ${encoding} (${Math.round(decoded.value.confidence * 100)}%)`;
  const baseline = `TextDecoder('${encoding}').decode ${ms(base.median)}`;
  return [
    { group: 'import', name: 'encoding detection', input, value: ms(detect.median), baseline, ratio: ratio(detect.median, base.median) },
    { group: 'import', name: 'decodeText (detect, decode, normalise)', input, value: ms(whole.median), baseline, ratio: ratio(whole.median, base.median) },
  ];
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

export default async (): Promise<BenchRow[]> => {
  // As the CLI does: Node's own windows-1252 and Big5-HKSCS decoders depart from the standard.
  completeTextDecoder();
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
  const zhText = new TextDecoder().decode(zh5);
  const zh5big5 = new Uint8Array(iconv.encode((await loadToTraditional('tw'))(zhText), 'big5'));
  // The archive's English export as Windows-1252 (its em dashes are 0x97), repeated to 5 MB.
  const exportText = new TextDecoder().decode(corpus);
  const en5cp1252 = new Uint8Array(iconv.encode(Array(Math.round((5 * MB) / corpus.length)).fill(exportText).join('\n\n'), 'win1252'));
  rows.push(await row('plain text, Chinese Big5 (detected)', 'generated, OpenCC traditional', zh5big5, 5, 'big5'));
  for (const [name, bytes, encoding] of [
    ['Chinese', zh5, 'utf-8'], ['Chinese', zh5gb, 'gb18030'], ['Chinese traditional', zh5big5, 'big5'],
    ['English archive export', en5cp1252, 'windows-1252'], ['Chinese, no BOM', utf16le(zhText), 'utf-16le'],
  ] as const) rows.push(...await detectionRows(name, bytes, encoding, 5));
  const en50 = new TextEncoder().encode(plainText('en', 50 * MB));
  rows.push(await row('plain text, English', 'generated', en50, 3));
  return rows;
};
