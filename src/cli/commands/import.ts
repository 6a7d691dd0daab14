/**
 * `parallax import <file|work-folder|bundle.json>`: reads the input, hands it
 * to core import, prints the work (JSON) or a short summary.
 */
import type { Work } from '../../core/model/work.ts';
import { decodeFile, importDecoded, importErrors, loadWorkFolder, MANIFEST_INPUT, MANIFEST_NAME, workFolderFiles, type ImportFileOptions } from '../../core/import/index.ts';
import { err, type Result } from '../../core/result.ts';
import { fail } from '../cli-failure.ts';
import { defineCommand } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { fsError } from '../read-input.ts';
import { quotePath } from '../terminal.ts';

export const command = defineCommand({
  name: 'import',
  summary: 'Reads a text file, a work folder (with work.json) or a bundle, and shows the work it holds.',
  positionals: [{ name: 'input', description: 'a text file, a work folder, a bundle (.json), or - for standard input' }],
  options: {
    lang: { type: 'string', short: 'l', value: '<bcp47>', description: 'the language of a plain text, e.g. zh-Hans' },
    encoding: { type: 'string', value: '<label>', description: 'the text encoding, e.g. gb18030 (detected otherwise)' },
    work: { type: 'string', short: 'w', value: '<id>', description: 'the work to take from a bundle holding several' },
    json: { type: 'boolean', description: 'print the work as JSON' },
  },
  async run({ values, positionals: [path = ''], io }) {
    const opts: ImportFileOptions = {
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values.encoding ? { encoding: values.encoding } : {}),
      ...(values.work ? { workId: values.work } : {}),
    };
    const result = await importPath(io, path, opts);
    if (!result.ok) return fail(io, result.error);
    if (values.json) io.json(result.value);
    else io.out(summary(result.value));
    return 0;
  },
});

async function importPath(io: SessionIo, path: string, opts: ImportFileOptions): Promise<Result<Work>> {
  if (path !== '-' && (await io.isDirectory(path).catch(() => false))) return importFolder(io, path.replace(/\/+$/, ''));
  const name = path === '-' ? 'standard input' : path;
  const text = await readText(io, path, name, opts);
  return text.ok ? importDecoded(name, text.value, opts) : text;
}

/** In its own function so that the bytes are garbage once decoded, before the work is built. */
async function readText(io: SessionIo, path: string, name: string, opts: ImportFileOptions): Promise<Result<string>> {
  const bytes = await io.read(path);
  return bytes.ok ? decodeFile(name, bytes.value, opts) : bytes;
}

/** Reads work.json, then only the files it names, into the map loadWorkFolder expects. */
export async function importFolder(io: SessionIo, dir: string): Promise<Result<Work>> {
  let entries: string[];
  try {
    entries = await io.listDirectory(dir);
  } catch (e) {
    return err(fsError(e, quotePath(dir)));
  }
  if (!entries.includes(MANIFEST_NAME)) return err(importErrors.workNoManifest(dir));
  const manifest = await io.read(`${dir}/${MANIFEST_NAME}`, MANIFEST_INPUT, { within: dir });
  if (!manifest.ok) return manifest;
  const files = new Map<string, Uint8Array>([[MANIFEST_NAME, manifest.value]]);
  const needed = workFolderFiles(manifest.value);
  if (!needed.ok) return needed;
  for (const file of needed.value) {
    const bytes = await io.read(`${dir}/${file}`, undefined, { within: dir });
    if (bytes.ok) files.set(file, bytes.value);
    // A missing file is left out of the map: loadWorkFolder reports it with its code.
    else if (bytes.error.code !== 'INPUT_NOT_FOUND') return bytes;
  }
  return loadWorkFolder(files);
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
