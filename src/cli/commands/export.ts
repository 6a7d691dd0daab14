/**
 * `parallax export <work-folder|bundle.json|file.tei.xml> --format … --out <file>`.
 * Reads the work, aligns it with alignWork (a TEI file brings its own
 * alignment), builds the edition and writes the format. PDF goes through the
 * system Chromium and pagedjs, waiting for layout to finish.
 */
import { alignSizeProblem, alignWork } from '../../core/alignment/index.ts';
import type { WorkAlignment } from '../../core/alignment/types.ts';
import { parseBundle, workFromBundle } from '../../core/bundle/index.ts';
import {
  editionFor, EXPORT_FORMATS, exportText, PAPERS, PRINT_LAYOUTS, type ExportOptions,
} from '../../core/export/export-formats.ts';
import { BUNDLE_INPUT, importFile, NAMES_INPUT, TEI_INPUT } from '../../core/import/index.ts';
import { readTei } from '../../core/import-tei/index.ts';
import { pendingReview } from '../../core/revise/pending-review.ts';
import type { Lexicon } from '../../core/lexicon/lexicon.ts';
import { loadZhEnLexicon } from '../../core/lexicon/load-zh-en-lexicon.ts';
import { isCjkLang } from '../../core/text/split-sentences.ts';
import type { Work } from '../../core/model/work.ts';
import { mergeNameLists, parseNameList, type NameList } from '../../core/names/index.ts';
import { err, ok, pxError, type PxError, type Result } from '../../core/result.ts';
import { fail } from '../cli-failure.ts';
import { defineCommand } from '../command.ts';
import type { SessionIo } from '../io.ts';
import { quotePath } from '../terminal.ts';
import { importFolder } from './import.ts';

interface Loaded {
  readonly work: Work;
  readonly alignment?: WorkAlignment;
  /** From a bundle: the proposals and comments awaiting review (DOCX writes them as tracked changes and comments). */
  readonly review?: ReturnType<typeof pendingReview>;
}

export const command = defineCommand({
  name: 'export',
  summary: 'Writes a work as an edition (PDF, HTML, DOCX, EPUB, Markdown) or an exchange format (TEI, TMX, XLIFF, JSON).',
  positionals: [{ name: 'input', description: 'a work folder (with work.json), a bundle (.json) or a TEI file' }],
  options: {
    format: { type: 'string', short: 'f', choices: EXPORT_FORMATS, invalid: 'EXPORT_UNKNOWN_FORMAT', description: 'the format to write' },
    out: { type: 'string', short: 'o', value: '<file>', description: 'the file to write (replaced whole, never in part), or - for standard output' },
    layout: { type: 'string', choices: PRINT_LAYOUTS, invalid: 'EXPORT_UNKNOWN_LAYOUT', default: 'synoptic', description: 'how original and translation share the page' },
    paper: { type: 'string', choices: PAPERS, invalid: 'EXPORT_UNKNOWN_PAPER', default: 'a4', description: 'the paper size of PDF and HTML print' },
    translation: { type: 'string', short: 't', value: '<witness-id>', description: 'the translation to publish (the first otherwise)' },
    work: { type: 'string', short: 'w', value: '<id>', description: 'the work to take from a bundle holding several' },
    'source-lang': { type: 'string', value: '<tag>', description: 'the language tag to print for the original, e.g. zh-CN' },
    names: { type: 'string', short: 'n', value: '<names.json>', description: 'the names list (beside the work otherwise)' },
    apparatus: { type: 'boolean', description: 'add the critical apparatus (notes on each difference)' },
    units: { type: 'string', choices: ['paragraphs', 'sentences'], default: 'paragraphs', description: 'TMX and XLIFF: one unit per aligned paragraph row, or per aligned sentence pair' },
  },
  async run({ values, positionals: [input = ''], io }) {
    const { format, out } = values;
    if (!format || !out) {
      const missing = [!format ? '--format' : '', !out ? '--out' : ''].filter(Boolean).join(' and ');
      return fail(io, pxError('CLI_USAGE', `parallax export needs ${missing}`, `e.g. parallax export ${quotePath(input)} --format html --out edition.html`));
    }
    const loaded = await loadInput(io, input, values.work);
    if (!loaded.ok) return fail(io, loaded.error);
    const names = await loadNames(io, input, values.names);
    if (!names.ok) return fail(io, names.error);
    const { work } = loaded.value;
    const counts = work.witnesses.map((w) => w.paragraphs.length);
    const tooLarge = loaded.value.alignment ? null : alignSizeProblem(Math.max(0, ...counts), Math.max(0, ...counts));
    if (tooLarge) return fail(io, tooLarge);
    const alignment = loaded.value.alignment ?? alignWork(work);
    const opts: ExportOptions = {
      layout: values.layout,
      paper: values.paper,
      apparatus: values.apparatus,
      names: names.value?.entries ?? [],
      ...(values.translation ? { translationId: values.translation } : {}),
      ...(values['source-lang'] ? { sourceLangTag: values['source-lang'] } : {}),
      ...(values.units === 'sentences' ? { units: 'sentences' as const, ...(await lexiconFor(work)) } : {}),
    };
    const bytes = await render(format, work, alignment, opts, loaded.value.review);
    if (!bytes.ok) return fail(io, bytes.error);
    const written = await io.write(out, bytes.value);
    if (!written.ok) return fail(io, written.error);
    // With --out -, standard output is the file: the report goes to standard error.
    const report = `wrote ${out === '-' ? 'standard output' : quotePath(out)} (${format}, ${bytes.value.length.toLocaleString('en')} bytes)`;
    if (out === '-') io.err(report);
    else io.out(report);
    return 0;
  },
});

/** The zh–en dictionary, read only when sentences are aligned across Chinese and another language. */
async function lexiconFor(work: Work): Promise<{ lexicon?: Lexicon }> {
  const cjk = work.witnesses.map((w) => isCjkLang(w.lang));
  if (!cjk.includes(true) || !cjk.includes(false)) return {};
  return { lexicon: await loadZhEnLexicon() };
}

async function render(format: (typeof EXPORT_FORMATS)[number], work: Work, alignment: WorkAlignment, opts: ExportOptions, review?: Loaded['review']): Promise<Result<Uint8Array>> {
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
      return ok(await toDocx(edition.value, { layout: opts.layout ?? 'synoptic', ...(review ?? {}) }));
    }
    const { toEpub } = await import('../../core/export/to-epub.ts');
    return ok(toEpub(edition.value, { now: new Date() }));
  }
  const text = exportText(format, work, alignment, opts);
  return text.ok ? ok(utf8(text.value)) : text;
}

async function loadInput(io: SessionIo, path: string, workId: string | undefined): Promise<Result<Loaded>> {
  if (path !== '-' && (await io.isDirectory(path).catch(() => false))) {
    const work = await importFolder(io, path.replace(/\/+$/, ''));
    return work.ok ? ok({ work: work.value }) : work;
  }
  // The largest of the limits: the exact one is applied once the kind of file is known.
  const bytes = await io.read(path, BUNDLE_INPUT);
  if (!bytes.ok) return bytes;
  const head = new TextDecoder().decode(bytes.value.subarray(0, 4096));
  if (/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<TEI[\s>]/.test(head) || /\.tei\.xml$/i.test(path)) {
    if (bytes.value.length > TEI_INPUT.maxBytes) return err(TEI_INPUT.tooLarge(quotePath(path), bytes.value.length, TEI_INPUT.maxBytes));
    const tei = readTei(new TextDecoder().decode(bytes.value));
    return tei.ok ? ok({ work: tei.value.work, alignment: tei.value.alignment }) : tei;
  }
  if (/"format"\s*:\s*"parallax\.bundle"/.test(head)) {
    const bundle = parseBundle(new TextDecoder().decode(bytes.value));
    if (!bundle.ok) return err(bundleError(bundle.error));
    // Deleted works (in the bin of the bundle's workspace) are chosen only by name, and then refused.
    const ids = bundle.value.works.filter((w) => w.deletedAt === null).map((w) => w.id);
    if (ids.length === 0 && workId === undefined) {
      return err(pxError('EXPORT_EMPTY_BUNDLE', `${quotePath(path)} holds no work that is not deleted`, 'export a bundle that contains the work'));
    }
    if (workId === undefined && ids.length > 1) {
      return err(pxError('BUNDLE_SEVERAL_WORKS', `${quotePath(path)} holds ${ids.length} works (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`, 'name one with --work <id>'));
    }
    const work = workFromBundle(bundle.value, workId ?? ids[0] ?? '');
    return work.ok ? ok({ work: work.value, review: pendingReview(bundle.value, work.value.id) }) : err(bundleError(work.error));
  }
  const work = importFile(path.split('/').pop() ?? path, bytes.value);
  return work.ok ? ok({ work: work.value }) : work;
}

/** Bundle errors may carry their own shape; the CLI prints them as PxErrors. */
function bundleError(e: unknown): PxError {
  const x = e as Partial<PxError>;
  return pxError(x.code ?? 'BUNDLE_INVALID', x.message ?? 'The bundle could not be read', x.hint ?? 'export the bundle again from Parallax');
}

/**
 * --names, else the shared list beside the work folder (translations/names.json for
 * translations/<work>/) merged with the folder's own names.json; for a single file,
 * a names.json next to it.
 */
async function loadNames(io: SessionIo, input: string, explicit: string | undefined): Promise<Result<NameList | null>> {
  const read = async (path: string): Promise<Result<NameList> | null> => {
    const bytes = await io.read(path, NAMES_INPUT);
    if (!bytes.ok) return bytes.error.code === 'INPUT_NOT_FOUND' ? null : bytes;
    return parseNameList(new TextDecoder().decode(bytes.value));
  };
  if (explicit) return (await read(explicit)) ?? err(pxError('EXPORT_NAMES_NOT_FOUND', `No names list at ${quotePath(explicit)}`, 'give the path of a names.json file'));
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
