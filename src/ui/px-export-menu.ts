/**
 * The Export menu of a work: one "Export" button opening a modal dialog that
 * asks the format, layout, paper and translation. PDF opens a print preview
 * (pagedjs, in a frame) whose own "Save as PDF" calls the browser's print
 * dialog; every other format is built into a Blob and downloaded. Everything
 * runs in the page, so it works offline.
 *
 * The serialisers, pagedjs and the fonts are loaded only when an export is
 * asked for (dynamic imports), so opening the app never pays for them.
 *
 * The dialog never stays locked: while an export runs it shows its step and
 * a Cancel button; whatever ends it (done, failed, cancelled, closed) frees
 * the dialog, and a failure or a cancellation is said in the dialog itself,
 * the one place the person is looking (the page's notifier sits behind the
 * modal backdrop).
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { SentencePairs } from '../core/alignment/sentence-pairs.ts';
import type { WorkAlignment } from '../core/alignment/types.ts';
import type { Approval, NameListEntry } from '../core/edition/edition.ts';
import type { Paper } from '../core/export/facing-spreads.ts';
import type { ExportFormat } from '../core/export/export-formats.ts';
import type { PrintLayout } from '../core/export/print-css.ts';
import { translationsOf, type Work } from '../core/model/work.ts';
import { pxError, type PxError } from '../core/result.ts';
import type { ExportProgress } from '../platform/download.ts';
import type { PrintPreview } from '../platform/print/print-preview.ts';
import { workWithTexts } from './px-compare-model.ts';
import { baseStyles, dialogStyles } from './theme.ts';

/** Every format, in menu order; a `Record` so a new format in core fails the type check here. */
const FORMAT_LABELS: Record<ExportFormat, string> = {
  pdf: 'PDF (print)',
  html: 'HTML (print layout)',
  tei: 'TEI XML',
  tmx: 'TMX (translation memory)',
  xliff: 'XLIFF 2.0',
  xliff12: 'XLIFF 1.2 (older CAT tools)',
  docx: 'Word (DOCX)',
  epub: 'EPUB (ebook)',
  md: 'Markdown',
  json: 'JSON (Parallax work)',
  'csl-json': 'Citation: CSL-JSON (Zotero, pandoc)',
  ris: 'Citation: RIS',
  bibtex: 'Citation: BibTeX',
};
const FORMATS = Object.keys(FORMAT_LABELS) as ExportFormat[];
const LAYOUT_LABELS: Record<PrintLayout, string> = { synoptic: 'Synoptic (side by side)', facing: 'Facing pages', translation: 'Translation only' };
const PAPER_LABELS: Record<Paper, string> = { a4: 'A4', letter: 'US Letter' };

/** Formats whose output depends on the layout / the paper; the others ignore those questions. */
const USES_LAYOUT: ReadonlySet<ExportFormat> = new Set(['pdf', 'html', 'docx']);
const USES_PAPER: ReadonlySet<ExportFormat> = new Set(['pdf', 'html']);

/** How a finished file reaches the person: by default an `<a download>` with an object URL. */
export type SaveFile = (blob: Blob, fileName: string) => void | Promise<void>;

/** The outcome shown in the dialog after an export that did not finish. */
type Outcome = { readonly kind: 'failed'; readonly error: PxError } | { readonly kind: 'cancelled' };

const CANCELLED = Symbol('cancelled');

/** Resolves when `signal` aborts: raced against a job, so a job that hangs cannot hold the dialog. */
function whenAborted(signal: AbortSignal): Promise<typeof CANCELLED> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve(CANCELLED);
    else signal.addEventListener('abort', () => resolve(CANCELLED), { once: true });
  });
}

const saveWithLink: SaveFile = async (blob, fileName) => (await import('../platform/download.ts')).saveBlob(blob, fileName);

@customElement('px-export-menu')
export class PxExportMenu extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog.options { width: min(34rem, calc(100vw - 2rem)); }
      dialog.preview { width: calc(100vw - 2rem); height: calc(100vh - 2rem); max-width: none; max-height: none; display: flex; flex-direction: column; }
      dialog.preview:not([open]) { display: none; }
      header, .actions { display: flex; justify-content: space-between; align-items: center; gap: var(--px-space-3); }
      .actions { justify-content: flex-end; margin-top: var(--px-space-4); }
      h2 { margin: 0; font-size: 1.25rem; }
      fieldset { border: 1px solid var(--px-border); border-radius: var(--px-radius); margin: var(--px-space-3) 0 0; padding: var(--px-space-2) var(--px-space-3); }
      fieldset[disabled] { opacity: 0.6; }
      .choices { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: var(--px-space-1) var(--px-space-3); }
      label { display: flex; gap: var(--px-space-2); align-items: baseline; }
      label.field { flex-direction: column; align-items: stretch; gap: var(--px-space-1); margin-top: var(--px-space-3); }
      select { max-width: 100%; min-width: 0; }
      [role='status'] { margin: var(--px-space-3) 0 0; color: var(--px-text-muted); }
      .progress { display: flex; flex-wrap: wrap; align-items: center; gap: var(--px-space-2); }
      .progress [role='status'] { flex: 1 1 100%; }
      progress { flex: 1 1 12rem; }
      .outcome { margin-top: var(--px-space-3); padding: var(--px-space-2) var(--px-space-3); border-radius: var(--px-radius);
        background: var(--px-danger-bg); color: var(--px-text); }
      .outcome p { margin: 0; }
      .outcome .code { font-size: 0.8rem; color: var(--px-text-muted); margin-top: var(--px-space-1); }
      header { flex-wrap: wrap; }
      .frame { flex: 1; min-height: 0; margin-top: var(--px-space-3); }
      .frame iframe { width: 100%; height: 100%; border: 1px solid var(--px-border); background: #fff; }
    `,
  ];

  /** The work as imported; `current` puts the approved texts in place when an export starts. */
  @property({ attribute: false }) work: Work | null = null;
  /** Paragraph id → current approved text (the work view's `current`); applied only at export time, never per render. */
  @property({ attribute: false }) current: ReadonlyMap<string, string> | null = null;
  @property({ attribute: false }) alignment: WorkAlignment | null = null;
  /** The name authority, for the front matter and the index. */
  @property({ attribute: false }) names: readonly NameListEntry[] = [];
  /** Approvals from the revision store, for the revision statement. */
  @property({ attribute: false }) approvals: readonly Approval[] = [];
  /** Replaces the download link (tests; a host that saves elsewhere). */
  @property({ attribute: false }) save: SaveFile = saveWithLink;
  /** The saved sentence pairs of a translation's rows (by sentencePairsKey), read when a TMX or XLIFF is built. */
  @property({ attribute: false }) loadSentencePairs: ((translationId: string) => Promise<ReadonlyMap<string, SentencePairs>>) | null = null;
  /** The print fonts' @font-face rules; by default the app's own (Vite serves the files). Tests without Vite pass their own. */
  @property({ attribute: false }) loadFontCss: (() => Promise<string>) | null = null;

  @state() format: ExportFormat = 'pdf';
  @state() layout: PrintLayout = 'synoptic';
  @state() paper: Paper = 'a4';
  @state() translationId = '';
  /** What is being built right now, shown as progress; null when idle. */
  @state() busy: string | null = null;
  /** How far the current step is, when it can be counted (fonts fetched, pages laid out). */
  @state() private step: ExportProgress | null = null;
  /** Why the last export did not finish; cleared when the next one starts. */
  @state() outcome: Outcome | null = null;
  @state() private preview: PrintPreview | null = null;

  @query('dialog.options') private optionsDialog!: HTMLDialogElement;
  @query('dialog.preview') private previewDialog!: HTMLDialogElement;
  @query('.frame') private frameHost!: HTMLElement;
  private abort: AbortController | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('work')) {
      const ids = this.work ? translationsOf(this.work).map((w) => w.id) : [];
      if (!ids.includes(this.translationId)) this.translationId = ids[0] ?? '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.preview?.close();
  }

  /** Opens the options dialog (the Export button does this). */
  show(): void {
    if (!this.optionsDialog.open) this.optionsDialog.showModal();
  }

  private get options() {
    return {
      layout: this.layout,
      paper: this.paper,
      names: this.names,
      approvals: this.approvals,
      ...(this.translationId ? { translationId: this.translationId } : {}),
    };
  }

  private fail(error: PxError): void {
    this.outcome = { kind: 'failed', error };
    // A preview that failed has closed its dialog: bring the options back to say why.
    this.show();
  }

  /**
   * Runs one export with its own AbortController (the Cancel button, closing
   * the dialog, or leaving the page abort it). The job is raced against the
   * abort, so even a job that never settles frees the dialog.
   */
  private async run(what: string, job: (signal: AbortSignal) => Promise<PxError | null>): Promise<void> {
    if (this.busy) return;
    const abort = new AbortController();
    this.abort = abort;
    this.busy = what;
    this.step = null;
    this.outcome = null;
    try {
      const failure = await Promise.race([job(abort.signal), whenAborted(abort.signal)]);
      if (failure === CANCELLED || failure?.code === 'EXPORT_ABORTED') this.outcome = { kind: 'cancelled' };
      else if (failure) this.fail(failure);
    } catch (e) {
      this.fail(pxError('EXPORT_FAILED', `The export stopped: ${e instanceof Error ? e.message : String(e)}`, 'try again; if it fails again, export from the command line: parallax export'));
    } finally {
      if (this.abort === abort) this.abort = null;
      this.busy = null;
      this.step = null;
    }
  }

  /** Cancels the export in progress (its button; closing a dialog does the same). */
  cancel(): void {
    this.abort?.abort();
  }

  private readonly onProgress = (p: ExportProgress): void => {
    this.step = p;
  };

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    const { alignment } = this;
    const work = this.work && this.current ? workWithTexts(this.work, this.current) : this.work;
    if (!work || !alignment) {
      this.fail(pxError('EXPORT_NOT_READY', 'The work is still loading or aligning', 'wait until its rows are shown, then export'));
      return;
    }
    if (this.format === 'pdf') void this.openPreview(work, alignment);
    else void this.download(this.format, work, alignment);
  };

  private download(format: Exclude<ExportFormat, 'pdf'>, work: Work, alignment: WorkAlignment): Promise<void> {
    return this.run(`Building the ${FORMAT_LABELS[format]} file…`, async (signal) => {
      const { downloadExport, exportFileName } = await import('../platform/download.ts');
      const sentencePairs = (format === 'tmx' || format === 'xliff') && this.loadSentencePairs && this.translationId ? await this.loadSentencePairs(this.translationId) : null;
      const blob = await downloadExport(format, work, alignment, { ...this.options, ...(sentencePairs ? { sentencePairs } : {}) }, { signal, onProgress: this.onProgress });
      if (!blob.ok) return blob.error;
      if (signal.aborted) return null;
      await this.save(blob.value, exportFileName(work, format));
      this.optionsDialog.close();
      return null;
    });
  }

  private openPreview(work: Work, alignment: WorkAlignment): Promise<void> {
    return this.run('Laying out the pages…', async (signal) => {
      const [{ editionFor }, { printHtml }, print] = await Promise.all([
        import('../core/export/export-formats.ts'),
        import('../core/export/print-html.ts'),
        import('../platform/print/print-preview.ts'),
      ]);
      const edition = editionFor(work, alignment, this.options);
      if (!edition.ok) return edition.error;
      const page = printHtml(edition.value, { layout: this.layout, paper: this.paper, fontCss: await (this.loadFontCss ?? print.browserFontCss)() });
      if (signal.aborted) return null;
      this.optionsDialog.close();
      this.previewDialog.showModal();
      const shown = await print.showPrintPreview(page, this.frameHost, {
        signal,
        onPages: (pages) => this.onProgress({ step: 'Laying out the pages', done: pages }),
      });
      if (!shown.ok) {
        if (this.previewDialog.open) this.previewDialog.close();
        return shown.error;
      }
      if (signal.aborted) {
        shown.value.close();
        return null;
      }
      this.preview = shown.value;
      return null;
    });
  }

  private closePreview = (): void => {
    this.cancel();
    this.preview?.close();
    this.preview = null;
    if (this.previewDialog.open) this.previewDialog.close();
  };

  private closeOptions = (): void => {
    // Closing while building means "stop": the dialog must never come back locked.
    this.cancel();
    if (this.optionsDialog.open) this.optionsDialog.close();
  };

  private renderProgress() {
    if (this.busy) {
      const { step } = this;
      const counted = step?.done !== undefined && step.total !== undefined && step.total > 0;
      const count = step?.done === undefined ? '' : ` (${step.done}${step.total !== undefined ? ` of ${step.total}` : ' so far'})`;
      return html`
        <div class="progress">
          <p role="status">${this.busy}${step ? ` ${step.step}${count}.` : ''}</p>
          <progress aria-label=${this.busy} max=${counted ? step.total ?? 1 : nothing} value=${counted ? step.done ?? 0 : nothing}></progress>
          <button type="button" @click=${() => this.cancel()}>Cancel export</button>
        </div>`;
    }
    const o = this.outcome;
    if (o?.kind === 'failed') {
      return html`<div class="outcome" role="alert"><p><strong>The export did not finish.</strong> ${o.error.message} — ${o.error.hint}.</p>
        <p class="code">Code for support: ${o.error.code}</p></div>`;
    }
    return html`<p role="status">${o?.kind === 'cancelled' ? 'The export was cancelled; nothing was saved.' : ''}</p>`;
  }

  private radios<T extends string>(name: string, labels: Record<T, string>, value: T, set: (v: T) => void) {
    return (Object.keys(labels) as T[]).map((k) => html`<label><input type="radio" name=${name} value=${k} .checked=${k === value}
      @change=${() => set(k)}>${labels[k]}</label>`);
  }

  override render() {
    const translations = this.work ? translationsOf(this.work) : [];
    const busy = this.busy !== null;
    return html`
      <button type="button" class="open" aria-haspopup="dialog" ?disabled=${!this.work} @click=${() => this.show()}>Export</button>
      <dialog class="options" aria-labelledby="export-title" @cancel=${() => this.cancel()}>
        <form @submit=${this.onSubmit}>
          <header>
            <h2 id="export-title">Export</h2>
            <button type="button" @click=${this.closeOptions}>Close</button>
          </header>
          <fieldset ?disabled=${busy}><legend>Format</legend>
            <div class="choices">${this.radios('format', FORMAT_LABELS, this.format, (v) => (this.format = v))}</div>
          </fieldset>
          <fieldset ?disabled=${busy || !USES_LAYOUT.has(this.format)}><legend>Layout</legend>
            <div class="choices">${this.radios('layout', LAYOUT_LABELS, this.layout, (v) => (this.layout = v))}</div>
          </fieldset>
          <fieldset ?disabled=${busy || !USES_PAPER.has(this.format)}><legend>Paper</legend>
            <div class="choices">${this.radios('paper', PAPER_LABELS, this.paper, (v) => (this.paper = v))}</div>
          </fieldset>
          <label class="field">Translation
            <select name="translation" ?disabled=${busy || this.format === 'json'} .value=${this.translationId}
              @change=${(e: Event) => (this.translationId = (e.target as HTMLSelectElement).value)}>
              ${translations.map((w) => html`<option value=${w.id} ?selected=${w.id === this.translationId}>${w.label}</option>`)}
            </select>
          </label>
          ${this.renderProgress()}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${busy}>${this.format === 'pdf' ? 'Open print preview' : 'Download'}</button>
          </div>
        </form>
      </dialog>
      <dialog class="preview" aria-labelledby="preview-title" @close=${this.closePreview}>
        <header>
          <h2 id="preview-title">Print preview</h2>
          ${this.preview ? html`<span>${this.preview.check.pages} pages</span>` : nothing}
          <span>
            <button type="button" class="primary" ?disabled=${!this.preview} @click=${() => this.preview?.print()}>Save as PDF</button>
            <button type="button" @click=${this.closePreview}>Close</button>
          </span>
        </header>
        ${this.preview ? nothing : this.renderProgress()}
        <div class="frame"></div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-export-menu': PxExportMenu;
  }
}
