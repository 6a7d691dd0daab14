/**
 * `npm run bench`: runs every tests/bench/*.bench.ts and prints one table.
 * `npm run bench -- diff` runs only the modules whose name contains "diff".
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './bench.ts';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const modules = readdirSync(dir).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();

const rows: BenchRow[] = [];
for (const file of modules) {
  process.stderr.write(`running ${file}…\n`);
  try {
    const mod = (await import(`./${file}`)) as { default: () => Promise<BenchRow[]> };
    rows.push(...(await mod.default()));
  } catch (e) {
    rows.push({ group: file.replace('.bench.ts', ''), name: 'did not run', input: '-', value: `error: ${(e as Error).message.split('\n')[0]}` });
  }
}

const headers = ['group', 'benchmark', 'input', 'median / figure', 'baseline (same run)', 'ratio', 'target'] as const;
const table = rows.map((r) => [r.group, r.name, r.input, r.value, r.baseline ?? '', r.ratio ?? '', r.target ?? '']);
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)));
const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ') + ' |';
console.log(line(headers));
console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
for (const row of table) console.log(line(row));
