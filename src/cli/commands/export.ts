/**
 * `parallax export <work-folder|bundle.json|work.json|file.tei.xml> --format …
 * [--layout synoptic|facing|translation] [--paper a4|letter] [--translation <witnessId>]
 * [--source-lang <tag>] [--names <names.json>] [--apparatus] --out <file>`.
 * Reads the work, aligns it with alignWork (a TEI file brings its own
 * alignment), builds the edition and writes the format. PDF goes through the
 * system Chromium and pagedjs, waiting for layout to finish.
 */
import { alignWork } from '../../core/alignment/index.ts';
import type { WorkAlignment } from '../../core/alignment/types.ts';
import { parseBundle, workFromBundle } from '../../core/bundle/index.ts';
import {
  editionFor, EXPORT_FORMATS, exportText, isExportFormat, PAPERS, PRINT_LAYOUTS, type ExportOptions,
} from '../../core/export/export-formats.ts';
import type { Paper } from '../../core/export/facing-spreads.ts';
import type { PrintLayout } from '../../core/export/print-css.ts';
import { importErrors, importFile, loadWorkFolder, MANIFEST_NAME, workFolderFiles } from '../../core/import/index.ts';
import { readTei } from '../../core/import-tei/index.ts';
import type { Work } from '../../core/model/work.ts';
import { mergeNameLists, parseNameList, type NameList } from '../../core/names/index.ts';
import { err, formatError, ok, pxError, type PxError, type Result } from '../../core/result.ts';
import { parseArgs } from '../args.ts';
import type { CommandIo } from '../io.ts';
import type { Command } from '../main.ts';

const USAGE = `Usage: parallax export <work-folder|bundle.json|file.tei.xml> --format ${EXPORT_FORMATS.join('|')} --out <file>
       [--layout synoptic|facing|translation] [--paper a4|letter] [--translation <witnessId>]
       [--source-lang <tag, e.g. zh-CN>] [--names <names.json>] [--apparatus]`;

interface Loaded {
  readonly work: Work;
  readonly alignment?: WorkAlignment;
}

export const run: Command = async (args, io) => {
  const parsed = parseArgs(args, { flags: ['apparatus'], options: ['format', 'layout', 'paper', 'translation', 'out', 'source-lang', 'names'] });
  if (!parsed.ok) return fail(io, parsed.error);
  const { positionals, options, flags } = parsed.value;
  const [input, extra] = positionals;
  const format = options.get('format') ?? '';
  const out = options.get('out');
  const layout = options.get('layout') ?? 'synoptic';
  const paper = options.get('paper') ?? 'a4';
  if (!input || extra !== undefined || !out || !format) {
    io.err(USAGE);
    return 1;
  }
  if (!isExportFormat(format)) return fail(io, pxError('EXPORT_UNKNOWN_FORMAT', `Unknown format "${format}"`, `use one of: ${EXPORT_FORMATS.join(', ')}`));
  if (!(PRINT_LAYOUTS as readonly string[]).includes(layout)) return fail(io, pxError('EXPORT_UNKNOWN_LAYOUT', `Unknown layout "${layout}"`, `use one of: ${PRINT_LAYOUTS.join(', ')}`));
  if (!(PAPERS as readonly string[]).includes(paper)) return fail(io, pxError('EXPORT_UNKNOWN_PAPER', `Unknown paper "${paper}"`, `use one of: ${PAPERS.join(', ')}`));

  const loaded = await loadInput(io, input);
  if (!loaded.ok) return fail(io, loaded.error);
  const names = await loadNames(io, input, options.get('names'));
  if (!names.ok) return fail(io, names.error);
  const { work } = loaded.value;
  const alignment = loaded.value.alignment ?? alignWork(work);
  const translationId = options.get('translation');
  const sourceLangTag = options.get('source-lang');
  const opts: ExportOptions = {
    layout: layout as PrintLayout,
    paper: paper as Paper,
    apparatus: flags.has('apparatus'),
    names: names.value?.entries ?? [],
    ...(translationId ? { translationId } : {}),
    ...(sourceLangTag ? { sourceLangTag } : {}),
  };

  const bytes = await render(format, work, alignment, opts);
  if (!bytes.ok) return fail(io, bytes.error);
  await io.writeFile(out, bytes.value);
  io.out(`wrote ${out} (${format}, ${bytes.value.length.toLocaleString('en')} bytes)`);
  return 0;
};

async function render(format: (typeof EXPORT_FORMATS)[number], work: Work, alignment: WorkAlignment, opts: ExportOptions): Promise<Result<Uint8Array>> {
  const utf8 = (s: string) => new TextEncoder().encode(s);
  if (format === 'pdf' || format === 'html') {
    const edition = editionFor(work, alignment, opts);
    if (!edition.ok) return edition;
    const { embeddedFontCss } = await import('../../platform/print/node-font-css.ts');
    const font = await embeddedFontCss(JSON.stringify(edition.value));
    if (!font.ok) return font;
    const html = exportText('html', work, alignment, { ...opts, fontCss: font.value });
    if (!html.ok || format === 'html') return html.ok ? ok(utf8(html.value)) : html;
    const { renderPdf } = await import('../../platform/print/render-pdf-node.ts');
    const pdf = await renderPdf(html.value);
    return pdf.ok ? ok(pdf.value.pdf) : pdf;
  }
  if (format === 'docx' || format === 'epub') {
    const edition = editionFor(work, alignment, opts);
    if (!edition.ok) return edition;
    if (format === 'docx') {
      const { toDocx } = await import('../../core/export/to-docx.ts');
      return ok(await toDocx(edition.value, { layout: opts.layout ?? 'synoptic' }));
    }
    const { toEpub } = await import('../../core/export/to-epub.ts');
    return ok(toEpub(edition.value, { now: new Date() }));
  }
  const text = exportText(format, work, alignment, opts);
  return text.ok ? ok(utf8(text.value)) : text;
}

async function loadInput(io: CommandIo, path: string): Promise<Result<Loaded>> {
  let isDir: boolean;
  try {
    isDir = await io.isDirectory(path);
  } catch {
    return err(importErrors.notFound(path));
  }
  if (isDir) return loadFolder(io, path.replace(/\/+$/, ''));
  const bytes = await io.readFile(path);
  const head = new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<TEI[\s>]/.test(head) || /\.tei\.xml$/i.test(path)) {
    const tei = readTei(new TextDecoder().decode(bytes));
    return tei.ok ? ok({ work: tei.value.work, alignment: tei.value.alignment }) : tei;
  }
  if (/"format"\s*:\s*"parallax\.bundle"/.test(head)) {
    const bundle = parseBundle(new TextDecoder().decode(bytes));
    if (!bundle.ok) return err(bundleError(bundle.error));
    const first = bundle.value.works[0];
    if (!first) return err(pxError('EXPORT_EMPTY_BUNDLE', `${path} holds no work`, 'export a bundle that contains the work'));
    const work = workFromBundle(bundle.value, first.id);
    return work.ok ? ok({ work: work.value }) : err(bundleError(work.error));
  }
  const work = importFile(path.split('/').pop() ?? path, bytes);
  return work.ok ? ok({ work: work.value }) : work;
}

/** Bundle errors may carry their own shape; the CLI prints them as PxErrors. */
function bundleError(e: unknown): PxError {
  const x = e as Partial<PxError>;
  return pxError(x.code ?? 'BUNDLE_INVALID', x.message ?? 'The bundle could not be read', x.hint ?? 'export the bundle again from Parallax');
}

async function loadFolder(io: CommandIo, dir: string): Promise<Result<Loaded>> {
  const entries = await io.listDirectory(dir);
  if (!entries.includes(MANIFEST_NAME)) return err(importErrors.workNoManifest(dir));
  const manifest = await io.readFile(`${dir}/${MANIFEST_NAME}`);
  const files = new Map<string, Uint8Array>([[MANIFEST_NAME, manifest]]);
  const needed = workFolderFiles(manifest);
  if (!needed.ok) return needed;
  for (const file of needed.value) {
    try {
      files.set(file, await io.readFile(`${dir}/${file}`));
    } catch {
      // loadWorkFolder reports the missing file with its code.
    }
  }
  const work = loadWorkFolder(files);
  return work.ok ? ok({ work: work.value }) : work;
}

/**
 * --names, else the shared list beside the work folder (translations/names.json for
 * translations/<work>/) merged with the folder's own names.json; for a single file,
 * a names.json next to it.
 */
async function loadNames(io: CommandIo, input: string, explicit: string | undefined): Promise<Result<NameList | null>> {
  const read = async (path: string): Promise<Result<NameList> | null> => {
    try {
      return parseNameList(new TextDecoder().decode(await io.readFile(path)));
    } catch {
      return null;
    }
  };
  if (explicit) return (await read(explicit)) ?? err(pxError('EXPORT_NAMES_NOT_FOUND', `No names list at ${explicit}`, 'give the path of a names.json file'));
  const dir = input.replace(/\/+$/, '');
  const isDir = await io.isDirectory(dir).catch(() => false);
  const parent = dir.includes('/') ? dir.replace(/\/[^/]*$/, '') || '/' : '.';
  const shared = await read(`${parent}/names.json`);
  const own = isDir ? await read(`${dir}/names.json`) : null;
  if (shared && !shared.ok) return shared;
  if (own && !own.ok) return own;
  if (!shared && !own) return ok(null);
  const base = shared?.ok ? shared.value : undefined;
  const mine = own?.ok ? own.value : undefined;
  return ok(base ? mergeNameLists(base, mine) : (mine ?? null));
}

function fail(io: CommandIo, e: PxError): number {
  io.err(formatError(e));
  return 1;
}
