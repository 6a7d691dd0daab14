/**
 * Downloads in the app: one Blob per format, built from the same edition as
 * the CLI's files. PDF is not made here — the browser makes it through the
 * print dialog (print-preview.ts). Heavy modules (docx, EPUB) load only when
 * their format is asked for.
 */
import type { WorkAlignment } from '../core/alignment/types.ts';
import { editionFor, exportText, FILE_EXTENSION, MEDIA_TYPE, type ExportFormat, type ExportOptions } from '../core/export/export-formats.ts';
import type { Work } from '../core/model/work.ts';
import { err, ok, pxError, type Result } from '../core/result.ts';

/** Text the print stylesheet itself adds (page numbers, the dash of an empty cell). */
const GENERATED_TEXT = ' 0123456789.Page of\u2014';

/** Where a long export has got to, for the Export dialog's progress line. */
export interface ExportProgress {
  readonly step: string;
  readonly done?: number;
  readonly total?: number;
}

export interface DownloadOptions {
  /** Cancels the export between steps and any font fetch in flight. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (p: ExportProgress) => void;
}

export const exportAborted = () => pxError('EXPORT_ABORTED', 'The export was cancelled', 'start it again when you are ready');

export async function downloadExport(format: ExportFormat, work: Work, alignment: WorkAlignment, opts: ExportOptions = {}, run: DownloadOptions = {}): Promise<Result<Blob>> {
  const type = MEDIA_TYPE[format];
  if (format === 'pdf') {
    return err(pxError('EXPORT_PDF_IN_BROWSER', 'The browser makes PDFs through its print dialog', 'choose Print… and “Save as PDF”, or run parallax export --format pdf'));
  }
  if (format === 'docx' || format === 'epub') {
    const edition = editionFor(work, alignment, opts);
    if (!edition.ok) return edition;
    run.onProgress?.({ step: `Writing the ${format.toUpperCase()} file` });
    const bytes = format === 'docx'
      ? await (await import('../core/export/to-docx.ts')).toDocx(edition.value, { layout: opts.layout ?? 'synoptic' })
      : (await import('../core/export/to-epub.ts')).toEpub(edition.value);
    return run.signal?.aborted ? err(exportAborted()) : ok(new Blob([bytes as BlobPart], { type }));
  }
  let fontCss = opts.fontCss;
  if (format === 'html' && fontCss === undefined) {
    // Opened from disk later, the file cannot reach the app's font files: it carries the subsets it uses.
    const edition = editionFor(work, alignment, opts);
    if (!edition.ok) return edition;
    const [{ browserFontCss }, { inlineFontCss }] = await Promise.all([import('./print/print-preview.ts'), import('./print/inline-font-css.ts')]);
    const fonts = await inlineFontCss(await browserFontCss(), `${JSON.stringify(edition.value)}${GENERATED_TEXT}`, document.baseURI, {
      ...(run.signal ? { signal: run.signal } : {}),
      onFont: (done, total) => run.onProgress?.({ step: 'Embedding the fonts', done, total }),
    });
    if (run.signal?.aborted) return err(exportAborted());
    fontCss = fonts.css;
  }
  run.onProgress?.({ step: 'Writing the file' });
  const text = exportText(format, work, alignment, fontCss === undefined ? opts : { ...opts, fontCss });
  if (run.signal?.aborted) return err(exportAborted());
  return text.ok ? ok(new Blob([text.value], { type })) : text;
}

/** The file name a download gets: `<work id>.<ext>`. */
export function exportFileName(work: Work, format: ExportFormat): string {
  return `${work.id}.${FILE_EXTENSION[format]}`;
}

/** Hands a Blob to the browser as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
