/**
 * One paragraph row opened into its sentence pairs, InterText's core: the
 * original's sentences beside the translation's, each pair correctable by
 * hand (merge with the next pair, split, move a sentence to the pair above or
 * below), every change undoable and saved with the work at once. A native
 * modal dialog: focus stays inside, Escape closes it.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { applySplice, insertEmptyCounterpart, mergeWithNext, moveFirstUp, moveLastDown, splitRow, type EditResult, type RowSplice, type Side } from '../core/alignment/edit-alignment.ts';
import type { SentencePairs } from '../core/alignment/sentence-pairs.ts';
import type { Alignment } from '../core/alignment/types.ts';
import type { Result } from '../core/result.ts';
import { baseStyles, dialogStyles } from './theme.ts';

/** What the dialog needs from its host: the row's sentence pairs to start from, and a way to keep changes. */
export interface SentencePairsSession {
  /** 1-based, as the compare grid numbers rows. */
  readonly rowNumber: number;
  readonly sourceLabel: string;
  readonly targetLabel: string;
  readonly sourceLang: string;
  readonly targetLang: string;
  /** The saved pairs when still current, or a fresh alignment; `saved` says which. */
  readonly load: () => Promise<{ pairs: SentencePairs; saved: boolean }>;
  /** Keeps the pairs with the work; returns what went wrong in words, or null. */
  readonly save: (pairs: SentencePairs) => Promise<string | null>;
}

type Edit = (alignment: Alignment, row: number) => Result<EditResult>;

@customElement('px-sentence-pairs')
export class PxSentencePairs extends LitElement {
  static override styles = [
    baseStyles,
    dialogStyles,
    css`
      dialog {
        width: min(64rem, calc(100vw - 1rem));
        max-height: calc(100vh - 2rem);
        padding: var(--px-space-3);
      }
      header {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        align-items: center;
        gap: var(--px-space-2);
      }
      h2 {
        margin: 0;
        font-size: 1.125rem;
      }
      .witnesses {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 var(--px-space-2);
        margin: var(--px-space-2) 0 0;
        font-size: 0.875rem;
      }
      .witnesses dt {
        font-weight: 600;
      }
      .witnesses dd {
        margin: 0;
      }
      .status {
        min-height: 1.5em;
        margin: var(--px-space-2) 0;
      }
      .status.error {
        color: var(--px-danger, #b00020);
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: grid;
        grid-template-columns: 2.5rem 1fr 1fr;
        gap: var(--px-space-2);
        padding: var(--px-space-2) 0;
        border-top: 1px solid var(--px-border);
      }
      .num {
        color: var(--px-text-muted, inherit);
        font-variant-numeric: tabular-nums;
      }
      .side p {
        margin: 0 0 0.25em;
      }
      .side .empty {
        font-style: italic;
        color: var(--px-text-muted, inherit);
      }
      .actions {
        grid-column: 2 / -1;
        display: flex;
        flex-wrap: wrap;
        gap: var(--px-space-1, 0.25rem);
      }
      .actions button {
        font-size: 0.8125rem;
      }
      @media (max-width: 40rem) {
        .witnesses {
          grid-template-columns: 1fr;
        }
        li {
          grid-template-columns: 2rem 1fr;
        }
        .side.target,
        .actions {
          grid-column: 2;
        }
      }
    `,
  ];

  @property({ attribute: false }) session: SentencePairsSession | null = null;
  @state() private pairs: SentencePairs | null = null;
  @state() private undo: RowSplice[] = [];
  @state() private message = '';
  @state() private failed = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  private loadCall = 0;

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  show(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session')) void this.load();
  }

  private async load(): Promise<void> {
    const call = ++this.loadCall;
    this.pairs = null;
    this.undo = [];
    this.failed = false;
    const session = this.session;
    if (!session) return;
    this.message = 'Aligning the sentences…';
    try {
      const { pairs, saved } = await session.load();
      if (call !== this.loadCall) return;
      this.pairs = pairs;
      this.message = saved ? 'Your saved sentence pairs.' : 'Sentences aligned automatically: check the pairs and correct them here.';
    } catch (e) {
      if (call !== this.loadCall) return;
      this.failed = true;
      this.message = `The sentences could not be aligned: ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  private async change(result: Result<EditResult>, what: string): Promise<void> {
    const pairs = this.pairs;
    const session = this.session;
    if (!pairs || !session) return;
    if (!result.ok) {
      this.failed = true;
      this.message = `${result.error.message}: ${result.error.hint}.`;
      return;
    }
    await this.keep({ ...pairs, rows: result.value.alignment.rows }, [...this.undo, result.value.inverse], what);
  }

  private async keep(next: SentencePairs, undo: RowSplice[], what: string): Promise<void> {
    const session = this.session;
    if (!session) return;
    const before = this.pairs;
    const beforeUndo = this.undo;
    this.pairs = next;
    this.undo = undo;
    const problem = await session.save(next);
    if (problem) {
      // Nothing is shown that is not kept: the change is taken back.
      this.pairs = before;
      this.undo = beforeUndo;
      this.failed = true;
      this.message = `Not saved: ${problem}`;
      return;
    }
    this.failed = false;
    this.message = `${what} Saved.`;
  }

  private act(edit: Edit, row: number, what: string): void {
    if (this.pairs) void this.change(edit({ rows: [...this.pairs.rows] }, row), what);
  }

  private undoLast(): void {
    const pairs = this.pairs;
    const last = this.undo.at(-1);
    if (!pairs || !last) return;
    void this.keep({ ...pairs, rows: applySplice({ rows: [...pairs.rows] }, last).rows }, this.undo.slice(0, -1), 'Undone.');
  }

  private onKey = (e: KeyboardEvent): void => {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      this.undoLast();
    }
  };

  private renderSide(sentences: readonly string[], units: readonly number[], lang: string, side: 'source' | 'target') {
    return html`<div class="side ${side}" lang=${lang}>
      ${units.length === 0 ? html`<p class="empty" lang="en">no counterpart</p>` : units.map((k) => html`<p>${sentences[k] ?? ''}</p>`)}
    </div>`;
  }

  private renderPair(p: SentencePairs, k: number) {
    const row = p.rows[k];
    const s = this.session;
    if (!row || !s) return nothing;
    const n = k + 1;
    const last = k === p.rows.length - 1;
    const moveUp = (side: Side, label: string) => row[side].length > 0 && k > 0
      ? html`<button type="button" aria-label=${`Move the first ${label} sentence of pair ${n} to pair ${n - 1}`}
          @click=${() => this.act((a, r) => moveFirstUp(a, r, side), k, `First ${label} sentence of pair ${n} moved up.`)}>↑ ${label}</button>`
      : nothing;
    const moveDown = (side: Side, label: string) => row[side].length > 0 && !last
      ? html`<button type="button" aria-label=${`Move the last ${label} sentence of pair ${n} to pair ${n + 1}`}
          @click=${() => this.act((a, r) => moveLastDown(a, r, side), k, `Last ${label} sentence of pair ${n} moved down.`)}>↓ ${label}</button>`
      : nothing;
    const canSplit = row.source.length + row.target.length > 1 && row.source.length > 0 && row.target.length > 0;
    // A pair of several sentences splits after its first sentence on each side; a 1–1 pair into two pairs with no counterpart.
    const split = (a: Alignment, r: number) => row.source.length === 1 && row.target.length === 1
      ? insertEmptyCounterpart(a, r, 'target')
      : splitRow(a, r, Math.min(1, row.source.length), Math.min(1, row.target.length));
    return html`<li aria-label=${`Pair ${n}`}>
      <span class="num" aria-hidden="true">${n}</span>
      ${this.renderSide(p.sourceSentences, row.source, s.sourceLang, 'source')}
      ${this.renderSide(p.targetSentences, row.target, s.targetLang, 'target')}
      <div class="actions" role="group" aria-label=${`Corrections for pair ${n}`}>
        ${last ? nothing : html`<button type="button" aria-label=${`Merge pair ${n} with pair ${n + 1}`}
          @click=${() => this.act(mergeWithNext, k, `Pairs ${n} and ${n + 1} merged.`)}>Merge with next</button>`}
        ${canSplit ? html`<button type="button" aria-label=${`Split pair ${n}`} @click=${() => this.act(split, k, `Pair ${n} split.`)}>Split</button>` : nothing}
        ${moveUp('source', 'original')}${moveDown('source', 'original')}
        ${moveUp('target', 'translation')}${moveDown('target', 'translation')}
      </div>
    </li>`;
  }

  override render() {
    const s = this.session;
    const p = this.pairs;
    return html`
      <dialog aria-labelledby="sentence-pairs-heading" @keydown=${this.onKey}>
        <header>
          <h2 id="sentence-pairs-heading">Sentence pairs of row ${s?.rowNumber ?? ''}</h2>
          <span>
            <button type="button" ?disabled=${this.undo.length === 0} @click=${() => this.undoLast()}>Undo</button>
            <button type="button" @click=${() => this.close()}>Close</button>
          </span>
        </header>
        ${s ? html`<dl class="witnesses"><dt>Original</dt><dd>${s.sourceLabel}</dd><dt>Translation</dt><dd>${s.targetLabel}</dd></dl>` : nothing}
        <p class="status ${this.failed ? 'error' : ''}" role=${this.failed ? 'alert' : 'status'}>${this.message}</p>
        ${p ? html`<ol aria-label="Sentence pairs">${p.rows.map((_, k) => this.renderPair(p, k))}</ol>` : nothing}
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-sentence-pairs': PxSentencePairs;
  }
}
