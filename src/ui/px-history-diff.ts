/** A word diff as inline `<ins>`/`<del>`, for the history panel and the review queue. */
import { css, html, type TemplateResult } from 'lit';
import type { CellDiffOp } from './px-row-segments.ts';

export function diffTemplate(ops: readonly CellDiffOp[], lang: string): TemplateResult {
  return html`<div class="diff" lang=${lang}>${ops.map((o) =>
    o.op === 'insert' ? html`<ins>${o.text}</ins>` : o.op === 'delete' ? html`<del>${o.text}</del>` : o.text)}</div>`;
}

export const diffStyles = css`
  .diff { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.5; font-family: var(--px-font-text); }
  .diff:lang(zh) { font-family: var(--px-font-cjk); }
  .diff:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(yue)) { --px-font-cjk: var(--px-font-cjk-hant); }
  ins { background: var(--px-insert-bg); text-decoration: none; border-bottom: 2px solid var(--px-success); }
  del { background: var(--px-delete-bg); text-decoration-color: var(--px-danger); }
`;
