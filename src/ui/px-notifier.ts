/**
 * The one place where the app shows errors and notices. Errors carry their
 * code, what happened and what to do; they stay until dismissed (a person
 * needs time to read a hint). Notices ("Work removed — Undo") leave by
 * themselves. Two live regions: errors are announced assertively, notices
 * politely.
 *
 * The app calls `showError` / `showNotice` (through the ErrorReporter and
 * Notifier contexts); no other element renders an error. An error is about
 * the page it happened on: moving to another page (the hash route changes)
 * clears the errors, so a work's error does not follow the person to Settings.
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { errorTitle, isPxError } from '../core/errors/index.ts';
import type { PxError } from '../core/result.ts';
import type { Notice } from './contexts.ts';
import { baseStyles } from './theme.ts';

/** How long a notice without its own duration stays: long enough to reach its Undo button. */
export const DEFAULT_NOTICE_MS = 6000;
/** The same error reported again within this window is counted, not listed twice. */
const REPEAT_WINDOW_MS = 2000;
/** Older errors beyond this are dropped so a failing loop cannot flood the page. */
const MAX_ERRORS = 5;

interface ShownError {
  readonly key: number;
  readonly error: PxError;
  readonly at: number;
  readonly count: number;
}

interface ShownNotice {
  readonly key: number;
  readonly notice: Notice;
}

/** Turns anything thrown into a coded error a person can read. */
export function toPxError(e: unknown): PxError {
  if (isPxError(e)) return e;
  const detail = e instanceof Error ? e.message : String(e);
  return {
    code: 'UI_UNEXPECTED',
    message: `Something went wrong: ${detail || 'no details'}.`,
    hint: 'Try again. If it keeps happening, reload the page; your saved work is kept in this browser.',
  };
}

export { isPxError };

@customElement('px-notifier')
export class PxNotifier extends LitElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        position: fixed;
        inset: auto var(--px-space-3) var(--px-space-3) auto;
        z-index: 50;
        display: flex;
        flex-direction: column;
        gap: var(--px-space-2);
        max-width: min(32rem, calc(100vw - 2 * var(--px-space-3)));
        pointer-events: none;
      }
      .region {
        display: flex;
        flex-direction: column;
        gap: var(--px-space-2);
      }
      .item {
        pointer-events: auto;
        display: flex;
        align-items: flex-start;
        gap: var(--px-space-3);
        padding: var(--px-space-3);
        border-radius: var(--px-radius);
        box-shadow: var(--px-shadow);
        border: 1px solid var(--px-border);
      }
      .error {
        background: var(--px-danger-bg);
        color: var(--px-text);
        border-color: var(--px-danger);
      }
      .notice {
        background: var(--px-surface);
        color: var(--px-text);
      }
      .body {
        flex: 1;
        min-width: 0;
      }
      .title {
        margin: 0;
        font-weight: 600;
        color: var(--px-danger);
      }
      .code {
        font-family: var(--px-font-mono);
        font-size: 0.75rem;
        color: var(--px-text-muted);
      }
      .message {
        margin: var(--px-space-1) 0;
        overflow-wrap: anywhere;
      }
      .hint {
        margin: 0;
        color: var(--px-text-muted);
        font-size: 0.9375rem;
      }
      .count {
        font-size: 0.8125rem;
        color: var(--px-text-muted);
      }
      .actions {
        display: flex;
        gap: var(--px-space-2);
        flex-shrink: 0;
      }
    `,
  ];

  @state() private errors: ShownError[] = [];
  @state() private notices: ShownNotice[] = [];
  private nextKey = 1;
  private timers = new Map<number, ReturnType<typeof setTimeout>>();

  /** Every error currently shown, oldest first (tests and the e2e read these). */
  get shownErrors(): readonly PxError[] {
    return this.errors.map((e) => e.error);
  }

  showError(e: PxError | unknown): void {
    const error = toPxError(e);
    if (!isPxError(e)) console.error(e);
    const now = Date.now();
    const last = this.errors[this.errors.length - 1];
    if (last && last.error.code === error.code && last.error.message === error.message && now - last.at < REPEAT_WINDOW_MS) {
      this.errors = [...this.errors.slice(0, -1), { ...last, at: now, count: last.count + 1 }];
      return;
    }
    this.errors = [...this.errors, { key: this.nextKey++, error, at: now, count: 1 }].slice(-MAX_ERRORS);
  }

  showNotice(notice: Notice): void {
    const key = this.nextKey++;
    this.notices = [...this.notices, { key, notice }];
    this.timers.set(key, setTimeout(() => this.dismissNotice(key), notice.durationMs ?? DEFAULT_NOTICE_MS));
  }

  clearErrors(): void {
    this.errors = [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onPageChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onPageChange);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  private readonly onPageChange = (): void => this.clearErrors();

  private dismissError(key: number): void {
    this.errors = this.errors.filter((e) => e.key !== key);
  }

  private dismissNotice(key: number): void {
    const t = this.timers.get(key);
    if (t !== undefined) clearTimeout(t);
    this.timers.delete(key);
    this.notices = this.notices.filter((n) => n.key !== key);
  }

  override render() {
    return html`
      <div class="region" role="alert" aria-live="assertive" aria-atomic="false">
        ${this.errors.map(
          (e) => html`
            <div class="item error" data-code=${e.error.code}>
              <div class="body">
                <p class="title">${errorTitle(e.error.code)}</p>
                <p class="message">${e.error.message}</p>
                <p class="hint">${e.error.hint}</p>
                <div class="code" title="The code to quote when reporting this">${e.error.code}</div>
                ${e.count > 1 ? html`<span class="count">(${e.count} times)</span>` : nothing}
              </div>
              <div class="actions">
                <button type="button" @click=${() => this.dismissError(e.key)} aria-label="Dismiss: ${errorTitle(e.error.code)}">Dismiss</button>
              </div>
            </div>
          `,
        )}
      </div>
      <div class="region" role="status" aria-live="polite">
        ${this.notices.map(
          (n) => html`
            <div class="item notice">
              <div class="body">${n.notice.message}</div>
              <div class="actions">
                ${n.notice.action
                  ? html`<button
                      type="button"
                      class="primary"
                      @click=${() => {
                        this.dismissNotice(n.key);
                        n.notice.action?.run();
                      }}
                    >
                      ${n.notice.action.label}
                    </button>`
                  : nothing}
                <button type="button" @click=${() => this.dismissNotice(n.key)} aria-label="Dismiss">✕</button>
              </div>
            </div>
          `,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-notifier': PxNotifier;
  }
}
