import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RevisionComment } from '../core/workflow/revision.ts';
import { fire } from './px-compare-events.ts';

export interface RevisionCommentDetail {
  readonly revisionId: string;
  readonly paragraphId: string;
  readonly text: string;
  /** The container calls this once the comment is stored (true) or refused (false): the draft is kept on failure. */
  readonly settle: (stored: boolean) => void;
}

/**
 * The language of a comment, where the text shows it: written in Chinese
 * characters with no Latin words is `zh`; otherwise unknown (the page's).
 * Comments do not record a language, so nothing else can be claimed.
 */
export function commentLang(text: string): string | null {
  return /\p{Script=Han}/u.test(text) && !/\p{Script=Latin}{2,}/u.test(text) ? 'zh' : null;
}

/**
 * The comments on one proposed (or draft) revision, oldest first, and a box
 * to add one. Comments are append-only, like the rest of history.
 *
 * @fires revision-comment - "Comment" (or Ctrl+Enter) with the text; the container stores it and calls `settle`.
 */
@customElement('px-review-comments')
export class PxReviewComments extends LitElement {
  static override styles = css`
    :host { display: block; margin-top: 0.4rem; font-size: 0.85rem; }
    h3 { font-size: 0.85rem; margin: 0 0 0.2rem; font-weight: 600; }
    ol { list-style: none; margin: 0 0 0.3rem; padding: 0; display: grid; gap: 0.3rem; }
    li { border-left: 3px solid var(--px-border); padding: 0.1rem 0.4rem; }
    .meta { color: var(--px-text-muted); font-size: 0.75rem; }
    p { margin: 0.1rem 0 0; white-space: pre-wrap; overflow-wrap: anywhere; }
    form { display: grid; gap: 0.25rem; }
    textarea { font: inherit; width: 100%; box-sizing: border-box; min-height: 2.6rem; resize: vertical; padding: 0.2rem 0.4rem; }
    .actions { display: flex; justify-content: flex-end; }
    button { font: inherit; padding: 0.2rem 0.6rem; cursor: pointer; }
    :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  `;

  @property() revisionId = '';
  @property() paragraphId = '';
  /** Oldest first. */
  @property({ attribute: false }) comments: readonly RevisionComment[] = [];
  /** False for approved or rejected revisions: their discussion is closed. */
  @property({ type: Boolean }) open = true;
  @state() private draft = '';
  @state() private busy = false;

  override render() {
    const n = this.comments.length;
    if (!this.open && n === 0) return nothing;
    return html`<section aria-labelledby="ch">
      <h3 id="ch">${n === 0 ? 'No comments yet' : `Comments (${n})`}</h3>
      ${n > 0 ? html`<ol aria-labelledby="ch">${this.comments.map((c) => html`<li data-comment=${c.id}>
        <div class="meta">${c.author} · <time datetime=${c.at}>${c.at.slice(0, 16).replace('T', ' ')}</time></div>
        <p lang=${commentLang(c.text) ?? nothing}>${c.text}</p></li>`)}</ol>` : nothing}
      ${this.open ? html`<form @submit=${this.onSubmit}>
        <label for="c">Comment on this revision</label>
        <textarea id="c" .value=${this.draft} ?disabled=${this.busy}
          @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)}
          @keydown=${this.onKey}></textarea>
        <div class="actions"><button type="submit" ?disabled=${this.busy || this.draft.trim() === ''}>Comment</button></div>
      </form>` : nothing}
    </section>`;
  }

  private onKey = (e: KeyboardEvent): void => {
    // Typing must not reach the queue's a / r keys or the grid's shortcuts.
    e.stopPropagation();
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      this.submit();
    }
  };

  private onSubmit = (e: Event): void => {
    e.preventDefault();
    this.submit();
  };

  private submit(): void {
    const text = this.draft.trim();
    if (!text || this.busy) return;
    this.busy = true;
    const detail: RevisionCommentDetail = {
      revisionId: this.revisionId, paragraphId: this.paragraphId, text,
      settle: (stored) => {
        this.busy = false;
        if (stored) this.draft = '';
      },
    };
    fire(this, 'revision-comment', detail);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-review-comments': PxReviewComments;
  }
  interface HTMLElementEventMap {
    'revision-comment': CustomEvent<RevisionCommentDetail>;
  }
}
