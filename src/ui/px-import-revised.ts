/**
 * "Import a revised version…" of a translation: a Word file back from a
 * reviewer, an XLIFF or TMX back from a CAT tool, a TEI or a plain text. The
 * file is read by the same core as `parallax import --into`; the dialog
 * shows what it would do (N proposals, M unchanged, K unmatched, each
 * proposal's word changes, what could not be matched) and, when the person
 * confirms, saves each change as a proposal for review. Nothing is approved.
 *
 * @fires revisions-imported - after the proposals are saved; detail `{ count }`.
 */
import { LitElement, css, html, nothing } from 'lit';
import { consume } from '@lit/context';
import { customElement, property, query, state } from 'lit/decorators.js';
import { translationsOf, type Work } from '../core/model/work.ts';
import type { PxError } from '../core/result.ts';
import { proposalSummary } from '../core/revise/proposal-set.ts';
import type { RevisedVersion } from '../core/revise/read-revised-version.ts';
import { editorContext, storageContext, type EditorIdentity, type PxStorage } from './contexts.ts';
import { baseStyles, dialogStyles } from './theme.ts';

/** Larger than any revised translation; checked before the file is read. */
const MAX_REVISED_BYTES = 100_000_000;

export interface RevisionsImportedDetail {
  readonly count: number;
}

type Step =
  | { readonly kind: 'choose' }
  | { readonly kind: 'reading'; readonly name: string }
  | { readonly kind: 'preview'; readonly name: string; readonly witnessId: string; readonly result: RevisedVersion }
  | { readonly kind: 'saving'; readonly done: number; readonly total: number }
  | { readonly kind: 'error'; readonly error: PxError };

@customElement('px-import-revised')
export class PxImportRevised extends LitElement {
  static override styles = [baseStyles, dialogStyles, css`
    dialog { width: min(44rem, calc(100vw - 2rem)); }
    h2 { margin: 0 0 var(--px-space-2); font-size: 1.25rem; }
    label { display: block; font-weight: 600; margin: var(--px-space-3) 0 var(--px-space-1); }
    ol { max-height: 40vh; overflow: auto; padding-left: 1.5rem; }
    li { margin-bottom: var(--px-space-2); }
    del { background: var(--px-del-bg, #fde2e2); }
    ins { background: var(--px-ins-bg, #dcf5dc); text-decoration: none; }
    .actions { display: flex; justify-content: flex-end; gap: var(--px-space-2); margin-top: var(--px-space-4); flex-wrap: wrap; }
    .problem { color: var(--px-danger); }
  `];

  /** The work with its current (approved) texts. */
  @property({ attribute: false }) work: Work | null = null;
  /** Paragraph id → its current revision id: each proposal is based on it. */
  @property({ attribute: false }) baseRevisionOf: (paragraphId: string) => string | undefined = () => undefined;
  @consume({ context: storageContext, subscribe: true }) @state() storage?: PxStorage;
  @consume({ context: editorContext, subscribe: true }) editor?: EditorIdentity;
  @state() private step: Step = { kind: 'choose' };
  @state() private witnessId = '';
  @query('dialog') private dialog!: HTMLDialogElement;

  private open(): void {
    this.step = { kind: 'choose' };
    this.witnessId ||= this.work ? (translationsOf(this.work)[0]?.id ?? '') : '';
    this.dialog.showModal();
  }

  private async read(file: File): Promise<void> {
    const work = this.work;
    const witness = work?.witnesses.find((w) => w.id === this.witnessId);
    if (!work || !witness) return;
    if (file.size > MAX_REVISED_BYTES) {
      this.step = { kind: 'error', error: { code: 'IMPORT_TOO_LARGE', message: `${file.name} is ${(file.size / 1e6).toFixed(0)} MB, over the ${MAX_REVISED_BYTES / 1e6} MB a revised version may be`, hint: 'split the document, or import only the part you revised' } };
      return;
    }
    this.step = { kind: 'reading', name: file.name };
    // The readers (mammoth, saxes) load only when a revised version is imported.
    const { readRevisedVersion } = await import('../core/revise/read-revised-version.ts');
    const result = await readRevisedVersion(file.name, new Uint8Array(await file.arrayBuffer()), work, witness);
    this.step = result.ok ? { kind: 'preview', name: file.name, witnessId: witness.id, result: result.value } : { kind: 'error', error: result.error };
  }

  private async save(step: Extract<Step, { kind: 'preview' }>): Promise<void> {
    const storage = this.storage;
    const work = this.work;
    if (!storage || !work) return;
    // Every proposal is signed: the app asks the name once, as for an edit.
    if (!(await this.editor?.ensureName())) {
      this.step = { kind: 'error', error: { code: 'WORKFLOW_NO_AUTHOR', message: 'An editor name is needed to record who proposed the changes; nothing was saved', hint: 'choose the file again and give your name when asked' } };
      return;
    }
    const proposals = step.result.set.proposals;
    let saved = 0;
    const failures: string[] = [];
    for (const p of proposals) {
      this.step = { kind: 'saving', done: saved, total: proposals.length };
      const base = this.baseRevisionOf(p.paragraphId);
      const note = `Imported from ${step.name}${p.stateAsWritten ? ` (marked ${p.stateAsWritten} there)` : ''}`;
      const r = base ? await storage.revisions.saveRevision({ workId: work.id, paragraphId: p.paragraphId, baseRevisionId: base, text: p.after, propose: true, note }) : null;
      if (!r?.ok) { failures.push(p.paragraphId); continue; }
      for (const text of p.notes) await storage.comments.addComment(r.value.revision.id, text);
      saved++;
    }
    this.dispatchEvent(new CustomEvent<RevisionsImportedDetail>('revisions-imported', { detail: { count: saved }, bubbles: true, composed: true }));
    if (failures.length) {
      this.step = { kind: 'error', error: { code: 'STORE_FAILED', message: `${saved} proposal(s) saved; ${failures.length} could not be (${failures.slice(0, 5).join(', ')})`, hint: 'those paragraphs changed meanwhile or are gone: import the file again to see what is left' } };
      return;
    }
    this.dialog.close();
  }

  private renderPreview(step: Extract<Step, { kind: 'preview' }>) {
    const lang = this.work?.witnesses.find((w) => w.id === step.witnessId)?.lang ?? 'und';
    const { set, warnings } = step.result;
    return html`
      <p role="status"><strong>${proposalSummary(set)}</strong> — from ${step.name}. Nothing is approved: each change waits for review.</p>
      ${warnings.map((w) => html`<p class="problem">${w.message}. ${w.hint}.</p>`)}
      ${set.proposals.length ? html`<ol aria-label="Proposed changes">${set.proposals.map((p) => html`<li>
        <span>Paragraph ${p.paragraphId}${p.requestedState === 'approved' ? ' (marked final by the translator)' : ''}:</span>
        <span lang=${lang}>${p.diff.map((d) => (d.op === 'equal' ? d.text : d.op === 'delete' ? html`<del>${d.text}</del>` : html`<ins>${d.text}</ins>`))}</span>
      </li>`)}</ol>` : nothing}
      ${set.unmatched.length ? html`<details><summary>Not matched (${set.unmatched.length})</summary><ul>${set.unmatched.map((u) => html`<li>${
        u.kind === 'added' ? html`Added after ${u.afterParagraphId ?? 'the start'}: <span lang=${lang}>${u.text}</span>`
          : u.kind === 'removed' ? `Paragraph ${u.paragraphId} is not in the revised version`
            : u.kind === 'unknown-unit' ? html`A unit naming no paragraph of this translation: <span lang=${lang}>${u.text}</span>`
              : `Unit ${u.unitId} over ${u.paragraphIds.join(', ')} no longer splits into as many paragraphs`}</li>`)}</ul></details>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => (this.step = { kind: 'choose' })}>Choose another file</button>
        <button type="button" class="primary" ?disabled=${set.proposals.length === 0} @click=${() => void this.save(step)}>
          Create ${set.proposals.length} proposal${set.proposals.length === 1 ? '' : 's'}</button>
      </div>`;
  }

  private renderStep() {
    const s = this.step;
    switch (s.kind) {
      case 'choose':
      case 'error':
        return html`
          <label for="witness">Translation it revises</label>
          <select id="witness" .value=${this.witnessId} @change=${(e: Event) => (this.witnessId = (e.target as HTMLSelectElement).value)}>
            ${(this.work ? translationsOf(this.work) : []).map((w) => html`<option value=${w.id} ?selected=${w.id === this.witnessId}>${w.label}</option>`)}
          </select>
          <label for="file">Revised file (Word, XLIFF, TMX, TEI or text)</label>
          <input id="file" type="file" accept=".docx,.xlf,.xliff,.mqxliff,.sdlxliff,.tmx,.xml,.txt,.text"
            @change=${(e: Event) => { const f = (e.target as HTMLInputElement).files?.[0]; if (f) void this.read(f); }} />
          ${s.kind === 'error' ? html`<p class="problem" role="alert">${s.error.message} — ${s.error.hint}</p>` : nothing}`;
      case 'reading':
        return html`<p role="status">Reading ${s.name} and comparing it with the current text…</p>`;
      case 'saving':
        return html`<p role="status"><progress max=${s.total} value=${s.done}></progress> Saving proposal ${s.done + 1} of ${s.total}…</p>`;
      case 'preview':
        return this.renderPreview(s);
    }
  }

  override render() {
    return html`
      <button type="button" ?disabled=${!this.work || !this.storage} @click=${() => this.open()}>Import a revised version…</button>
      <dialog aria-labelledby="revised-title" @close=${() => (this.step = { kind: 'choose' })}>
        <h2 id="revised-title">Import a revised version</h2>
        ${this.renderStep()}
        <div class="actions"><button type="button" @click=${() => this.dialog.close()}>Close</button></div>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-import-revised': PxImportRevised;
  }
  interface HTMLElementEventMap {
    'revisions-imported': CustomEvent<RevisionsImportedDetail>;
  }
}
