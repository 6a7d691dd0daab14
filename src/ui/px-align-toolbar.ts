import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { fire, type AlignOp, type SplitPoint } from './px-compare-events.ts';

const ACTIONS: ReadonlyArray<{ op: AlignOp; label: string; title: string }> = [
  { op: 'merge', label: 'Merge with next', title: 'Join this row and the one below' },
  { op: 'split', label: 'Split', title: 'Split this row after its first original paragraph, in every translation' },
  { op: 'move-up', label: 'Move up', title: 'Move the first paragraph of this translation to the row above' },
  { op: 'move-down', label: 'Move down', title: 'Move the last paragraph of this translation to the row below' },
  { op: 'insert-empty', label: 'Insert empty', title: 'Give this translation’s paragraph an empty row of its own' },
  { op: 'confirm', label: 'Confirm', title: 'Mark this row’s alignment as checked' },
];

/** The paragraphs a split of the focused row would cut: the original's and the translation's, in order (their texts). */
export interface SplitUnits {
  readonly targetLabel: string;
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly sourceLang: string;
  readonly targetLang: string;
}

export interface SplitChoice extends SplitPoint {
  /** What the first part keeps. */
  readonly keep: string;
  /** The start of the paragraph the new row begins with, in its language. */
  readonly next: string;
  readonly nextLang: string;
}

const SNIPPET = 48;
const snippet = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > SNIPPET ? `${t.slice(0, SNIPPET - 1)}…` : t;
};

/**
 * Every place the row can be cut: the first part keeps the first `source`
 * original and `target` translation paragraphs, and neither part is the whole
 * row. Listed with the original's count first, as the row reads top to bottom;
 * each says what the second part starts with.
 */
export function splitChoices(u: SplitUnits): SplitChoice[] {
  const out: SplitChoice[] = [];
  const S = u.source.length;
  const T = u.target.length;
  const part = (k: number) => (k === 0 ? 'none' : k === 1 ? '¶1' : `¶1–${k}`);
  for (let s = 0; s <= S; s++) {
    for (let t = 0; t <= T; t++) {
      if ((s === 0 && t === 0) || (s === S && t === T)) continue;
      const fromSource = s < S;
      out.push({
        source: s, target: t, keep: `First row: original ${part(s)}, translation ${part(t)}`,
        next: snippet((fromSource ? u.source[s] : u.target[t]) ?? ''), nextLang: fromSource ? u.sourceLang : u.targetLang,
      });
    }
  }
  return out;
}

/**
 * Alignment editing for the focused row and column. "Split at…" opens a menu
 * of the places the row can be cut (arrow keys move, Enter chooses, Escape
 * closes and returns to the button).
 *
 * @fires align-op - One of merge, split (with `at` when chosen from the menu), move-up, move-down, insert-empty, confirm, undo, redo.
 */
@customElement('px-align-toolbar')
export class PxAlignToolbar extends LitElement {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: 0.25rem; align-items: center; font-size: 0.8rem; position: relative; }
    button { font: inherit; padding: 0.1rem 0.45rem; cursor: pointer; }
    .where { max-width: 22rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    button:focus-visible, [role='menuitem']:focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
    .where { color: var(--px-text-muted); margin-right: 0.3rem; }
    .split-at { position: relative; display: inline-block; }
    [role='menu'] { position: absolute; z-index: 20; top: calc(100% + 2px); left: 0; min-width: min(26rem, 90vw); max-width: 90vw;
      max-height: 18rem; overflow: auto; margin: 0; padding: 0.2rem; list-style: none; display: grid; gap: 1px;
      background: var(--px-surface); color: var(--px-text); border: 1px solid var(--px-border-strong);
      border-radius: 6px; box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); }
    [role='menuitem'] { display: block; width: 100%; text-align: left; border: none; background: none; color: inherit; padding: 0.3rem 0.5rem;
      border-radius: 4px; white-space: normal; }
    [role='menuitem']:hover, [role='menuitem']:focus { background: var(--px-info-bg); }
    .empty { padding: 0.3rem 0.5rem; color: var(--px-text-muted); }
    /* Narrow screens: the menu spans the toolbar instead of hanging off the button past the edge. */
    @media (max-width: 760px) {
      .split-at { position: static; }
      [role='menu'] { left: 0; right: 0; min-width: 0; }
    }
  `;

  @property({ type: Number }) row = 0;
  @property() witnessId = '';
  @property() witnessLabel = '';
  @property({ type: Boolean }) canUndo = false;
  @property({ type: Boolean }) canRedo = false;
  /** What the focused row's split would cut; null when it has nothing to split. */
  @property({ attribute: false }) splitUnits: SplitUnits | null = null;
  @state() private menuOpen = false;
  @query('.split-at > button') private menuButton!: HTMLButtonElement;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The menu belongs to the row it was opened on.
    if (changed.has('row') && changed.get('row') !== undefined) this.menuOpen = false;
  }

  private send(op: AlignOp, at?: SplitPoint): void {
    fire(this, 'align-op', at ? { op, row: this.row, witnessId: this.witnessId, at } : { op, row: this.row, witnessId: this.witnessId });
  }

  override render() {
    return html`<span class="where" role="status">Alignment · row ${this.row + 1}${this.witnessLabel ? ` · ${this.witnessLabel}` : ''}</span>
      ${ACTIONS.map((a) => html`<button title=${a.title} @click=${() => this.send(a.op)}>${a.label}</button>
        ${a.op === 'split' ? this.renderSplitAt() : nothing}`)}
      <button ?disabled=${!this.canUndo} @click=${() => this.send('undo')} title="Ctrl+Z">Undo</button>
      <button ?disabled=${!this.canRedo} @click=${() => this.send('redo')} title="Ctrl+Shift+Z">Redo</button>`;
  }

  private renderSplitAt() {
    const choices = this.menuOpen && this.splitUnits ? splitChoices(this.splitUnits) : [];
    return html`<span class="split-at">
      <button aria-haspopup="menu" aria-expanded=${this.menuOpen ? 'true' : 'false'} aria-controls="split-menu"
        title="Choose where this row is cut" @click=${this.toggleMenu} @keydown=${this.onButtonKey}>Split at…</button>
      ${this.menuOpen ? html`<ul role="menu" id="split-menu" aria-label=${`Split row ${this.row + 1} (original and ${this.splitUnits?.targetLabel ?? 'translation'})`} @keydown=${this.onMenuKey} @focusout=${this.onFocusOut}>
        ${choices.length === 0 ? html`<li role="none" class="empty">This row has only one paragraph: nothing to split.</li>`
          : choices.map((c) => html`<li role="none"><button role="menuitem" tabindex="-1" @click=${() => this.choose(c)}>${c.keep} — second row starts “<span lang=${c.nextLang}>${c.next}</span>”</button></li>`)}
      </ul>` : nothing}
    </span>`;
  }

  private toggleMenu = async (): Promise<void> => {
    this.menuOpen = !this.menuOpen;
    if (this.menuOpen) await this.focusItem(0);
  };

  private onButtonKey = async (e: KeyboardEvent): Promise<void> => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    this.menuOpen = true;
    await this.focusItem(e.key === 'ArrowDown' ? 0 : -1);
  };

  private items(): HTMLElement[] {
    return [...(this.shadowRoot?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  /** Focuses item `i` (negative counts from the end). */
  private async focusItem(i: number): Promise<void> {
    await this.updateComplete;
    const items = this.items();
    items.at(i < 0 ? items.length + i : i)?.focus();
  }

  private onMenuKey = (e: KeyboardEvent): void => {
    // The grid's and the view's keys must not act while the menu has focus.
    e.stopPropagation();
    const items = this.items();
    const at = items.indexOf(this.shadowRoot?.activeElement as HTMLElement);
    const move = (i: number) => {
      e.preventDefault();
      items[(i + items.length) % items.length]?.focus();
    };
    if (e.key === 'ArrowDown') move(at + 1);
    else if (e.key === 'ArrowUp') move(at - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(items.length - 1);
    else if (e.key === 'Escape') {
      e.preventDefault();
      this.close();
    } else if (e.key === 'Tab') this.menuOpen = false;
  };

  private onFocusOut = (e: FocusEvent): void => {
    const to = e.relatedTarget as Node | null;
    if (to && (this.shadowRoot?.querySelector('.split-at')?.contains(to) ?? false)) return;
    this.menuOpen = false;
  };

  private close(): void {
    this.menuOpen = false;
    this.menuButton?.focus();
  }

  private choose(c: SplitChoice): void {
    this.close();
    this.send('split', { source: c.source, target: c.target });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-align-toolbar': PxAlignToolbar;
  }
}
