/**
 * `parallax import <file|work-folder|bundle.json> [--lang <bcp47>] [--encoding <label>] [--work <id>] [--json]`:
 * reads the input, hands it to core import, prints the work (JSON) or a short summary.
 */
import { formatError, type PxError } from '../../core/result.ts';
import type { Work } from '../../core/model/work.ts';
import { importErrors, importFile, loadWorkFolder, MANIFEST_NAME, workFolderFiles, type ImportFileOptions } from '../../core/import/index.ts';
import { parseArgs } from '../args.ts';
import type { Command } from '../main.ts';
import type { CommandIo } from '../io.ts';

export const run: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['json'], options: ['lang', 'encoding', 'work'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const [path, extra] = parsed.value.positionals;
  if (!path || extra !== undefined) {
    io.err('Usage: parallax import <file|work-folder|bundle.json> [--lang <bcp47>] [--encoding <label>] [--work <id>] [--json]');
    return 1;
  }
  const lang = parsed.value.options.get('lang');
  const encoding = parsed.value.options.get('encoding');
  const workId = parsed.value.options.get('work');
  const result = await importPath(io, path, { ...(lang ? { lang } : {}), ...(encoding ? { encoding } : {}), ...(workId ? { workId } : {}) });
  if (!result.ok) return fail(io, result.error);
  io.out(parsed.value.flags.has('json') ? JSON.stringify(result.value, null, 2) : summary(result.value));
  return 0;
};

type Loaded = { ok: true; value: Work } | { ok: false; error: PxError };

async function importPath(io: CommandIo, path: string, opts: ImportFileOptions): Promise<Loaded> {
  let isDir: boolean;
  try {
    isDir = await io.isDirectory(path);
  } catch {
    return { ok: false, error: importErrors.notFound(path) };
  }
  if (isDir) return importFolder(io, path.replace(/\/+$/, ''));
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    return { ok: false, error: importErrors.unreadable(path, e instanceof Error ? e.message : String(e)) };
  }
  return importFile(path, bytes, opts);
}

/** Reads work.json, then only the files it names, into the map loadWorkFolder expects. */
async function importFolder(io: CommandIo, dir: string): Promise<Loaded> {
  let manifest: Uint8Array;
  try {
    const entries = await io.listDirectory(dir);
    if (!entries.includes(MANIFEST_NAME)) return { ok: false, error: importErrors.workNoManifest(dir) };
    manifest = await io.readFile(`${dir}/${MANIFEST_NAME}`);
  } catch (e) {
    return { ok: false, error: importErrors.unreadable(dir, e instanceof Error ? e.message : String(e)) };
  }
  const files = new Map<string, Uint8Array>([[MANIFEST_NAME, manifest]]);
  const needed = workFolderFiles(manifest);
  if (!needed.ok) return needed;
  for (const file of needed.value) {
    try {
      files.set(file, await io.readFile(`${dir}/${file}`));
    } catch {
      // Left out of the map: loadWorkFolder reports the missing file with its code.
    }
  }
  return loadWorkFolder(files);
}

function fail(io: CommandIo, e: PxError): number {
  io.err(formatError(e));
  return 1;
}

function summary(work: Work): string {
  const m = work.meta;
  const lines = [
    `${m.title ?? work.id}`,
    `  date: ${m.date ?? '—'}   archive ref: ${m.archiveRef ?? '—'}${m.pages ? `, pp. ${m.pages}` : ''}`,
    ...(m.translator ? [`  translator: ${m.translator}`] : []),
    ...(m.url ? [`  url: ${m.url}`] : []),
    `  witnesses:`,
  ];
  for (const w of work.witnesses) {
    const count = (kind: string) => w.paragraphs.filter((p) => p.kind === kind).length;
    const joins = w.paragraphs.reduce((n, p) => n + (p.pageBreaks?.length ?? 0), 0);
    const flags = [
      count('heading') ? `${count('heading')} heading(s)` : '',
      count('omission') ? `${count('omission')} omission(s)` : '',
      count('closing') ? `${count('closing')} closing` : '',
      joins ? `${joins} page break(s) joined` : '',
      w.preparedForProject ? 'prepared for this project' : '',
    ].filter(Boolean);
    lines.push(`    ${w.id} [${w.lang}, ${w.role}] ${w.label}: ${count('text')} paragraphs${flags.length ? ` (${flags.join(', ')})` : ''}`);
  }
  return lines.join('\n');
}
