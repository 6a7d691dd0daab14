import { css } from 'lit';

/** Colours come from the app theme's custom properties (theme.ts). */
export const compareViewStyles = css`
  :host {
    position: relative; display: flex; flex-direction: column; min-height: 0; height: 100%;
    color: var(--px-text); background: var(--px-bg);
    --row-head: 3rem;
  }
  [role='grid'] { display: flex; flex-direction: column; flex: 1; min-height: 0; }
  .headrow, .row {
    display: grid; grid-template-columns: var(--row-head) repeat(var(--cols), minmax(0, 1fr));
    column-gap: 0.75rem; padding: 0 0.5rem;
  }
  .headrow { border-bottom: 2px solid var(--px-border); padding-bottom: 0.4rem; scrollbar-gutter: stable; overflow: hidden; }
  lit-virtualizer { flex: 1; min-height: 0; scrollbar-gutter: stable; }
  .row { width: 100%; box-sizing: border-box; border-bottom: 1px solid var(--px-border); padding-top: 0.5rem; padding-bottom: 0.5rem; }
  .row.focused-row { background: var(--px-info-bg); }
  .row.flagged { box-shadow: inset 4px 0 0 var(--px-warning); }
  .rowhead { display: flex; flex-direction: column; align-items: flex-start; gap: 0.2rem; font-size: 0.8rem; color: var(--px-text-muted); }
  .flag { font-weight: 700; color: var(--px-warning); cursor: help; }
  .confirmed { color: var(--px-success); }
  .rowhead .sentences { font-size: 0.75rem; line-height: 1.2; padding: 0.1rem 0.3rem; min-width: 1.75rem; min-height: 1.75rem; }
  .badge { border-radius: 0.6rem; padding: 0 0.4rem; font-size: 0.75rem; color: var(--px-bg); background: var(--px-text-muted); cursor: help; }
  .badge.error { background: var(--px-danger); }
  .badge.warning { background: var(--px-warning); }
  .cell { min-width: 0; border-radius: 4px; padding: 0.1rem 0.25rem; }
  .cell:focus { outline: none; }
  .cell:focus-visible, .cell.focused:focus { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  .cell.base { background: var(--px-surface-2); }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.55; }
  .text { font-family: var(--px-font-text); }
  .text:lang(zh) { font-family: var(--px-font-cjk); line-height: var(--px-line-height-cjk); }
  /* Traditional Chinese in the TC font (see theme.ts). */
  .text:is(:lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO), :lang(yue)) { --px-font-cjk: var(--px-font-cjk-hant); }
  .empty { font-style: italic; color: var(--px-text-muted); font-size: 0.85rem; }
  ins { background: var(--px-insert-bg); text-decoration: none; border-bottom: 2px solid var(--px-success); }
  del { background: var(--px-delete-bg); text-decoration-color: var(--px-danger); }
  mark.note { background: var(--px-mark-bg); color: inherit; border-bottom: 2px dotted var(--px-warning); }
  mark.note.name { background: none; border-bottom: 2px solid var(--px-accent); }
  mark.note { cursor: pointer; }
  mark.note:focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  mark.hit { background: var(--px-mark-bg); color: var(--px-text); }
  mark.hit.active { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  .cell.editable { position: relative; }
  /* The Edit button floats at the cell's top right: shown on hover and focus, and always where there is no hover (touch). */
  .edit { float: right; margin: 0 0 0.2rem 0.4rem; font: inherit; font-size: 0.8rem; min-height: 1.75rem; padding: 0 0.6rem;
    border: 1px solid var(--px-border-strong); border-radius: var(--px-radius); background: var(--px-surface); color: var(--px-text);
    cursor: pointer; opacity: 0; }
  .cell:hover .edit, .cell:focus-within .edit, .cell.focused .edit, .edit:focus-visible { opacity: 1; }
  .edit:focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  @media (hover: none) { .edit { opacity: 1; min-height: 2.75rem; min-width: 2.75rem; } }
  .draft { margin-top: 0.35rem; font-size: 0.8rem; display: flex; gap: 0.4rem; flex-wrap: wrap; padding: 0.2rem 0.3rem;
    border-radius: 4px; border: 1px dashed var(--px-accent); color: var(--px-text); background: var(--px-info-bg); }
  .draft .why { color: var(--px-text-muted); font-style: italic; }
  .pending { margin-top: 0.35rem; font-size: 0.8rem; display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap;
    padding: 0.2rem 0.3rem; border-radius: 4px; background: var(--px-notice-bg); color: var(--px-notice-text); }
  .pending button { font: inherit; padding: 0 0.4rem; cursor: pointer; }
  .cell-label { display: none; }
  /* Stacked (phone): one text above the other in each row, each named. */
  .stacked .headrow { display: none; }
  .stacked .cell-label { display: block; font-size: 0.75rem; font-weight: 600; color: var(--px-text-muted); margin-bottom: 0.15rem; }
  .stacked .cell + .cell { margin-top: 0.4rem; }
  .stacked .rowhead { grid-row: span 2; }
  :host([narrow]) { --row-head: 2rem; }
  :host([narrow]) .headrow { padding-bottom: 0.2rem; }
  :host([narrow]) .headrow, :host([narrow]) .row { column-gap: 0.4rem; padding: 0 0.25rem; }
`;
