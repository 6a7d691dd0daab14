import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { PxError } from '../core/result.ts';
import { fire } from './px-compare-events.ts';
import { MAX_MATCHES } from './px-search-matches.ts';

/** Typing pauses this long before a search runs over every witness. */
const SEARCH_DEBOUNCE_MS = 200;

/**
 * Search across all witnesses: a query, a regular-expression switch,
 * next/previous, the count, and the error when the pattern is invalid.
 *
 * @fires search-change - The query or the mode changed (debounced).
 * @fires search-step - Next (1) or previous (-1) match.
 */
@customElement('px-search-bar')
export class PxSearchBar extends LitElement {
  static override styles = css`
    :host { display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; font-size: 0.9rem; }
    input[type='search'] { font: inherit; padding: 0.25rem 0.4rem; min-width: 10rem; flex: 1 1 12rem;
      border: 1px solid var(--px-border-strong); border-radius: 4px; background: var(--px-surface); color: inherit; }
    button { font: inherit; padding: 0.2rem 0.5rem; cursor: pointer; }
    :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
    .count { color: var(--px-text-muted); min-width: 6rem; }
    .error { color: var(--px-danger); flex-basis: 100%; }
    .short { display: none; }
    /* Phones: one line for the whole bar. */
    @media (max-width: 760px) {
      :host { gap: 0.3rem; flex-wrap: nowrap; }
      input[type='search'] { min-width: 0; flex: 1 1 6rem; }
      .long { display: none; }
      .short { display: inline; }
      .count { min-width: 0; font-size: 0.8rem; }
      .count:empty { display: none; }
      button { padding: 0.2rem 0.35rem; }
    }
  `;

  /** Matches found, and which one is shown (0-based; -1 none). */
  @property({ type: Number }) count = 0;
  @property({ type: Number }) active = -1;
  @property({ attribute: false }) error: PxError | null = null;
  @state() private query = '';
  @state() private regex = false;
  @query('input[type="search"]') private input!: HTMLInputElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override focus(): void {
    void this.updateComplete.then(() => this.input?.focus());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    const countText = this.query === '' ? '' : this.count === 0 ? 'No matches'
      : `${this.active + 1} of ${this.count >= MAX_MATCHES ? `${MAX_MATCHES.toLocaleString('en')}+` : this.count.toLocaleString('en')}`;
    return html`
      <input type="search" aria-label="Search all witnesses" placeholder="Search all witnesses" .value=${this.query}
        aria-invalid=${this.error ? 'true' : 'false'} aria-describedby="err"
        @input=${(e: Event) => this.changed((e.target as HTMLInputElement).value, this.regex)} @keydown=${this.onKey} />
      <label><input type="checkbox" .checked=${this.regex} @change=${(e: Event) => this.changed(this.query, (e.target as HTMLInputElement).checked, 0)} />
        <span class="long">Regular expression</span><span class="short">Regex</span></label>
      <button @click=${() => fire(this, 'search-step', { delta: -1 })} ?disabled=${this.count === 0} aria-label="Previous match">Previous</button>
      <button @click=${() => fire(this, 'search-step', { delta: 1 })} ?disabled=${this.count === 0} aria-label="Next match">Next</button>
      <span class="count" role="status">${countText}</span>
      ${this.error ? html`<span class="error" id="err" role="alert">${this.error.message} ${this.error.hint}</span>` : nothing}`;
  }

  private onKey = (e: KeyboardEvent): void => {
    e.stopPropagation();
    if (e.key === 'Enter') {
      e.preventDefault();
      this.flush();
      fire(this, 'search-step', { delta: e.shiftKey ? -1 : 1 });
    } else if (e.key === 'Escape') {
      this.changed('', this.regex, 0);
    }
  };

  private changed(query: string, regex: boolean, delay = SEARCH_DEBOUNCE_MS): void {
    this.query = query;
    this.regex = regex;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    fire(this, 'search-change', { query: this.query, regex: this.regex });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-search-bar': PxSearchBar;
  }
}
