/**
 * One entry point for every text format: work + alignment + options → the
 * file's text. Binary formats (PDF, DOCX, EPUB) build on the same edition in
 * their own modules. Shared by the CLI and the app's download.
 */
import type { WorkAlignment } from '../alignment/types.ts';
import { buildEdition, type BuildEditionOptions } from '../edition/build-edition.ts';
import type { Edition } from '../edition/edition.ts';
import type { Work } from '../model/work.ts';
import { err, ok, pxError, type Result } from '../result.ts';
import type { Paper } from './facing-spreads.ts';
import type { PrintLayout } from './print-css.ts';
import { printHtml } from './print-html.ts';
import { toWorkJson } from './to-json.ts';
import { toMarkdown } from './to-markdown.ts';
import { toTei } from './to-tei.ts';
import { toTmx } from './to-tmx.ts';
import { toXliff, type XliffOptions } from './to-xliff.ts';
import { toXliff12 } from './to-xliff12.ts';
import { documentCitation, toBibtex, toCslJson, toRis } from './citation/index.ts';
import type { Lexicon } from '../lexicon/lexicon.ts';
import type { SentencePairs } from '../alignment/sentence-pairs.ts';

export const EXPORT_FORMATS = ['pdf', 'html', 'tei', 'tmx', 'xliff', 'xliff12', 'docx', 'epub', 'md', 'json', 'csl-json', 'ris', 'bibtex'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const PRINT_LAYOUTS: readonly PrintLayout[] = ['synoptic', 'facing', 'translation'];
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

export const FILE_EXTENSION: Record<ExportFormat, string> = {
  pdf: 'pdf', html: 'html', tei: 'tei.xml', tmx: 'tmx', xliff: 'xlf', xliff12: 'xliff12.xlf', docx: 'docx', epub: 'epub', md: 'md', json: 'json',
  'csl-json': 'csl.json', ris: 'ris', bibtex: 'bib',
};
export const MEDIA_TYPE: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  html: 'text/html;charset=utf-8',
  tei: 'application/tei+xml',
  tmx: 'application/x-tmx+xml',
  xliff: 'application/xliff+xml',
  xliff12: 'application/xliff+xml',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  epub: 'application/epub+zip',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  'csl-json': 'application/vnd.citationstyles.csl+json',
  ris: 'application/x-research-info-systems',
  bibtex: 'application/x-bibtex;charset=utf-8',
};

export interface ExportOptions extends Omit<BuildEditionOptions, 'includeOriginal'> {
  readonly layout?: PrintLayout;
  readonly paper?: Paper;
  /** Language tag for the original in TMX/XLIFF, e.g. `zh-CN` for tools that want a region. */
  readonly sourceLangTag?: string;
  /** @font-face rules for print HTML (the platform supplies them). */
  readonly fontCss?: string;
  readonly now?: Date;
  /** TMX and XLIFF: one unit per aligned paragraph row (default) or per aligned sentence pair. */
  readonly units?: 'paragraphs' | 'sentences';
  /** The zh–en dictionary, for sentence units between Chinese and English (the caller loads it). */
  readonly lexicon?: Lexicon;
  /** Sentence pairs corrected in the app for the exported translation's rows (by sentencePairsKey): TMX and XLIFF write those rows sentence by sentence. */
  readonly sentencePairs?: ReadonlyMap<string, SentencePairs>;
}

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s);
}

export function editionFor(work: Work, alignment: WorkAlignment, opts: ExportOptions): Result<Edition> {
  return buildEdition(work, alignment, { ...opts, includeOriginal: (opts.layout ?? 'synoptic') !== 'translation' });
}

/** The text formats; `pdf`, `docx` and `epub` are binary and answered with EXPORT_BINARY_FORMAT. */
export function exportText(format: ExportFormat, work: Work, alignment: WorkAlignment, opts: ExportOptions = {}): Result<string> {
  if (format === 'json') return ok(toWorkJson(work));
  // Citations are of the archival document: its metadata alone, no edition needed.
  if (format === 'csl-json' || format === 'ris' || format === 'bibtex') {
    const c = documentCitation(work, opts.now ?? new Date());
    return ok(format === 'csl-json' ? toCslJson(c) : format === 'ris' ? toRis(c) : toBibtex(c));
  }
  if (format === 'pdf' || format === 'docx' || format === 'epub') {
    return err(pxError('EXPORT_BINARY_FORMAT', `${format.toUpperCase()} is a binary format`, 'use the PDF, DOCX or EPUB exporter, which returns bytes'));
  }
  const edition = editionFor(work, alignment, format === 'html' ? opts : { ...opts, layout: 'synoptic' });
  if (!edition.ok) return edition;
  const e = edition.value;
  const segmenting: XliffOptions = {
    ...(opts.sourceLangTag ? { sourceLang: opts.sourceLangTag } : {}),
    ...(opts.units ? { units: opts.units } : {}),
    ...(opts.lexicon ? { lexicon: opts.lexicon } : {}),
    ...(opts.sentencePairs ? { sentencePairs: opts.sentencePairs } : {}),
  };
  switch (format) {
    case 'html': return ok(printHtml(e, { layout: opts.layout ?? 'synoptic', paper: opts.paper ?? 'a4', ...(opts.fontCss ? { fontCss: opts.fontCss } : {}) }));
    case 'tei': return ok(toTei(e));
    case 'tmx': return ok(toTmx(e, { ...segmenting, ...(opts.now ? { now: opts.now } : {}) }));
    case 'xliff': return ok(toXliff(e, segmenting));
    case 'xliff12': return ok(toXliff12(e, segmenting));
    case 'md': return ok(toMarkdown(e));
  }
}
