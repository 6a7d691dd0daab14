/**
 * `parallax import <file|work-folder|bundle.json>`: reads the input, hands it
 * to core import, prints the work (JSON) or a short summary. A Word file or
 * a TEI file imports too. With `--into`, the file is a revised version of a
 * translation there, and becomes proposals (import-revised.ts).
 */
import type { Work } from '../../core/model/work.ts';
import { checkWork } from '../../core/model/check-work.ts';
import {
  decodeFile, importDecoded, importErrors, loadWorkFolder, MANIFEST_INPUT, MANIFEST_NAME, sniffKind, TEI_INPUT, workFolderFiles, type ImportFileOptions,
} from '../../core/import/index.ts';
import { err, formatError, ok, type Result } from '../../core/result.ts';
import { fail } from '../cli-failure.ts';
import { defineCommand } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { fsError } from '../read-input.ts';
import { escapeLine, quotePath } from '../terminal.ts';

export const command = defineCommand({
  name: 'import',
  summary: 'Reads a text file, a work folder (with work.json) or a bundle, and shows the work it holds.',
  positionals: [{ name: 'input', description: 'a text file, a work folder, a bundle (.json), or - for standard input' }],
  options: {
    lang: { type: 'string', short: 'l', value: '<bcp47>', description: 'the language of a plain text, e.g. zh-Hans' },
    encoding: { type: 'string', value: '<label>', description: 'the text encoding, e.g. gb18030 (detected otherwise)' },
    work: { type: 'string', short: 'w', value: '<id>', description: 'the work to take from a bundle holding several' },
    json: { type: 'boolean', description: 'print the work (or, with --into, the proposals) as JSON' },
    into: { type: 'string', value: '<work-folder|bundle.json>', description: 'the work the input revises: its changed paragraphs become proposals' },
    witness: { type: 'string', value: '<id>', description: 'with --into: the translation the input is a revised version of' },
    out: { type: 'string', short: 'o', value: '<bundle.json>', description: 'with --into: the bundle to write, with the proposals appended' },
    author: { type: 'string', value: '<name>', description: 'with --into: the name on the proposals (your user name otherwise)' },
  },
  notes: [
    'Revised versions: parallax import revised.docx|.txt|.xlf|.tmx --into <work-folder|bundle.json> --witness <id> --out bundle.json',
    'Nothing is approved by import: open the bundle in Parallax and review the proposals.',
  ],
  async run({ values, positionals: [path = ''], io }) {
    if (values.into) {
      const { importRevised } = await import('./import-revised.ts');
      return importRevised(io, { revised: path, into: values.into, witness: values.witness, out: values.out, author: values.author, work: values.work, json: values.json });
    }
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
  const read = await readInput(io, path, name, opts);
  if (!read.ok) return read;
  return typeof read.value === 'string' ? importDecoded(name, read.value, opts) : checkWork(read.value, name);
}

/**
 * A Word file or a TEI file becomes its work here (their readers are loaded
 * only for them); anything else its decoded text, for importDecoded. In its own function so
 * that the bytes are garbage once decoded, before the work is built.
 */
async function readInput(io: SessionIo, path: string, name: string, opts: ImportFileOptions): Promise<Result<string | Work>> {
  const bytes = await io.read(path);
  if (!bytes.ok) return bytes;
  if (bytes.value[0] === 0x50 && bytes.value[1] === 0x4b) {
    const { importDocx } = await import('../../core/import-docx/index.ts');
    const docx = await importDocx(name, bytes.value, opts.lang ? { lang: opts.lang } : {});
    if (!docx.ok) return docx;
    for (const w of docx.value.warnings) io.err(escapeLine(formatError(w).replace(/^error/, 'warning')));
    return ok(docx.value.work);
  }
  const text = decodeFile(name, bytes.value, opts);
  if (!text.ok || sniffKind(text.value) !== 'tei') return text;
  // Characters, not bytes: at most the bytes for UTF-8, so never a larger file than the limit says.
  if (text.value.length > TEI_INPUT.maxBytes) return err(TEI_INPUT.tooLarge(quotePath(name), text.value.length, TEI_INPUT.maxBytes));
  const { readTei } = await import('../../core/import-tei/index.ts');
  const tei = readTei(text.value);
  return tei.ok ? ok(tei.value.work) : tei;
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
