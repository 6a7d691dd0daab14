/**
 * Print in the app: the print HTML in a hidden same-origin iframe, pagedjs
 * run inside it (loaded only now), the result checked for pages and the last
 * row, then the browser's print dialog ("Save as PDF"). Browser only;
 * import this module lazily from the Export menu.
 */
import { err, ok, pxError, type Result } from '../../core/result.ts';
import { verifyRendered, type RenderCheck } from './verify-rendered.ts';

/** pagedjs's polyfill build, served as an asset (its package exports no path to it). */
const PAGED_POLYFILL_URL = new URL('../../../node_modules/pagedjs/dist/paged.polyfill.js', import.meta.url).href;

/** ~10 s for 300 pages, ~65 s for 1,000 on these machines; leave room on slower ones. */
const LAYOUT_TIMEOUT_MS = 180_000;

export interface PrintPreviewOptions {
  readonly signal?: AbortSignal;
  /** Skip the print dialog (tests, or a preview-only button). */
  readonly print?: boolean;
  /** Keep the iframe visible as a preview instead of removing it after printing. */
  readonly keep?: boolean;
  /** Called while pagedjs works with the pages laid out so far (a long edition takes a minute). */
  readonly onPages?: (pages: number) => void;
}

/** How often the page count is read for the progress line. */
const PAGE_COUNT_INTERVAL_MS = 500;

/**
 * The app's print fonts as @font-face rules whose files Vite serves next to
 * the app: Noto Serif (Latin, roman and italic; the CJK font's Latin
 * punctuation is full width) and Noto Serif SC (Chinese). The browser
 * fetches only the unicode-range subsets the page uses.
 */
export async function browserFontCss(): Promise<string> {
  const sheets = await Promise.all([
    import('@fontsource/noto-serif/400.css?inline'),
    import('@fontsource/noto-serif/400-italic.css?inline'),
    import('@fontsource/noto-serif-sc/400.css?inline'),
  ]);
  return sheets.map((m) => m.default).join('\n');
}

type PagedWindow = Window & { PagedConfig?: { auto: boolean; after: () => void } };

function waitForLoad(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
}

/** On screen the pages sit on a grey desk with a shadow, so page ends show; print ignores it. */
const PREVIEW_SCREEN_CSS = `html, body { background: #8a8a8a; }
.pagedjs_pages { padding: 12px 0; }
.pagedjs_page { background: #fff; margin: 0 auto 12px; box-shadow: 0 1px 6px rgb(0 0 0 / 0.45); }`;

/** A laid-out preview kept on screen: its own "Save as PDF" calls `print()`. */
export interface PrintPreview {
  readonly check: RenderCheck;
  readonly frame: HTMLIFrameElement;
  /** Opens the browser's print dialog for the preview only ("Save as PDF"). */
  print(): void;
  close(): void;
}

/** Loads the HTML into the frame (already in the document), runs pagedjs and checks the result. */
async function layOut(frame: HTMLIFrameElement, html: string, opts: PrintPreviewOptions): Promise<Result<RenderCheck>> {
  const loaded = waitForLoad(frame);
  frame.srcdoc = html;
  await loaded;
  const win = frame.contentWindow as PagedWindow | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return err(pxError('EXPORT_PREVIEW_FAILED', 'The print preview could not be opened', 'allow this page to open frames, then try again'));
  await doc.fonts.ready;
  const done = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), LAYOUT_TIMEOUT_MS);
    const abort = () => { clearTimeout(timer); reject(new Error('aborted')); };
    if (opts.signal?.aborted) abort();
    opts.signal?.addEventListener('abort', abort, { once: true });
    win.PagedConfig = { auto: true, after: () => { clearTimeout(timer); resolve(); } };
  });
  const script = doc.createElement('script');
  script.src = PAGED_POLYFILL_URL;
  // A polyfill that cannot load (offline and not cached) would otherwise wait for the whole timeout.
  const missing = new Promise<never>((_, reject) => script.addEventListener('error', () => reject(new Error('unloadable')), { once: true }));
  doc.head.append(script);
  const counter = opts.onPages ? setInterval(() => opts.onPages?.(doc.querySelectorAll('.pagedjs_page').length), PAGE_COUNT_INTERVAL_MS) : null;
  try {
    await Promise.race([done, missing]);
  } catch (e) {
    if ((e as Error).message === 'unloadable') {
      return err(pxError('EXPORT_PREVIEW_FAILED', 'The page-layout program could not be loaded', 'reconnect once so the app can store it for offline use, then try again'));
    }
    return err((e as Error).message === 'aborted'
      ? pxError('EXPORT_ABORTED', 'Printing was cancelled', 'start the export again when you are ready')
      : pxError('EXPORT_LAYOUT_TIMEOUT', 'Page layout did not finish in time', 'export a smaller selection, or use the command line: parallax export --format pdf'));
  } finally {
    if (counter !== null) clearInterval(counter);
  }
  const check = verifyRendered(doc);
  if (check.pages === 0 || !check.lastRowPresent) {
    return err(pxError('EXPORT_TRUNCATED', `The print layout is incomplete: ${check.pages} page(s), last paragraph ${check.lastParagraphId || '(none)'} missing`, 'do not print this; export HTML and report the problem'));
  }
  return ok(check);
}

export async function openPrintPreview(html: string, opts: PrintPreviewOptions = {}): Promise<Result<RenderCheck>> {
  const frame = document.createElement('iframe');
  frame.title = 'Print preview';
  frame.style.cssText = opts.keep ? 'width:100%;height:80vh;border:0' : 'position:fixed;left:-10000px;top:0;width:210mm;height:297mm;border:0';
  document.body.append(frame);
  try {
    const r = await layOut(frame, html, opts);
    if (r.ok && opts.print !== false) frame.contentWindow?.print();
    return r;
  } finally {
    if (!opts.keep) frame.remove();
  }
}

/**
 * Lays the print HTML out in a visible frame inside `container` (the Export
 * menu's preview dialog) and keeps it there; nothing is printed until the
 * person presses the preview's "Save as PDF". On an error the frame is removed.
 */
export async function showPrintPreview(html: string, container: HTMLElement, opts: Omit<PrintPreviewOptions, 'print' | 'keep'> = {}): Promise<Result<PrintPreview>> {
  const frame = document.createElement('iframe');
  frame.title = 'Print preview';
  frame.className = 'print-preview';
  container.append(frame);
  const r = await layOut(frame, html, opts);
  if (!r.ok) {
    frame.remove();
    return r;
  }
  // Added after layout, so pagedjs never reads it; screen only, so printing is unchanged.
  const doc = frame.contentDocument;
  const fit = fitPagesToFrame(frame);
  if (doc) {
    const sheet = doc.createElement('style');
    sheet.media = 'screen';
    sheet.textContent = PREVIEW_SCREEN_CSS;
    doc.head.append(sheet, fit.sheet);
  }
  return ok({ check: r.value, frame, print: () => frame.contentWindow?.print(), close: () => { fit.stop(); frame.remove(); } });
}

/** Room left beside a page in the preview, in CSS pixels. */
const PREVIEW_GUTTER_PX = 16;

/**
 * A phone shows a 210 mm page in a frame ~360 px wide: scale the pages
 * (screen only, never the print) so a whole page width fits, and again
 * whenever the frame is resized (rotation, a wider window).
 */
function fitPagesToFrame(frame: HTMLIFrameElement): { sheet: HTMLStyleElement; stop(): void } {
  const doc = frame.contentDocument;
  const sheet = (doc ?? document).createElement('style');
  sheet.media = 'screen';
  const pageWidth = doc?.querySelector<HTMLElement>('.pagedjs_page')?.offsetWidth ?? 0;
  const apply = () => {
    const room = frame.clientWidth - PREVIEW_GUTTER_PX;
    const zoom = pageWidth > 0 && room > 0 ? Math.min(1, room / pageWidth) : 1;
    sheet.textContent = `.pagedjs_pages { zoom: ${zoom.toFixed(3)}; }`;
  };
  apply();
  const observer = new ResizeObserver(apply);
  observer.observe(frame);
  return { sheet, stop: () => observer.disconnect() };
}
