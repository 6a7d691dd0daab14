import { css } from 'lit';

/** Colours come from the app theme's custom properties; the fallbacks keep the view legible without it. */
export const compareViewStyles = css`
  :host {
    display: flex; flex-direction: column; min-height: 0; height: 100%;
    color: var(--px-text, CanvasText); background: var(--px-bg, Canvas);
    --row-head: 3rem;
  }
  [role='grid'] { display: flex; flex-direction: column; flex: 1; min-height: 0; }
  .headrow, .row {
    display: grid; grid-template-columns: var(--row-head) repeat(var(--cols), minmax(0, 1fr));
    column-gap: 0.75rem; padding: 0 0.5rem;
  }
  .headrow { border-bottom: 2px solid var(--px-border, #bbb); padding-bottom: 0.4rem; scrollbar-gutter: stable; overflow: hidden; }
  lit-virtualizer { flex: 1; min-height: 0; scrollbar-gutter: stable; }
  .row { width: 100%; box-sizing: border-box; border-bottom: 1px solid var(--px-border, rgba(127, 127, 127, 0.25)); padding-top: 0.5rem; padding-bottom: 0.5rem; }
  .row.focused-row { background: var(--px-info-bg, rgba(26, 115, 232, 0.07)); }
  .row.flagged { box-shadow: inset 4px 0 0 var(--px-warning, #b26a00); }
  .rowhead { display: flex; flex-direction: column; align-items: flex-start; gap: 0.2rem; font-size: 0.8rem; color: var(--px-text-muted, #555); }
  .flag { font-weight: 700; color: var(--px-warning, #b26a00); cursor: help; }
  .confirmed { color: var(--px-success, #2e7d32); }
  .rowhead .sentences { font-size: 0.75rem; line-height: 1.2; padding: 0.1rem 0.3rem; min-width: 1.75rem; min-height: 1.75rem; }
  .badge { border-radius: 0.6rem; padding: 0 0.4rem; font-size: 0.75rem; color: var(--px-bg, #fff); background: var(--px-text-muted, #666); cursor: help; }
  .badge.error { background: var(--px-danger, #b3261e); }
  .badge.warning { background: var(--px-warning, #b26a00); }
  .cell { min-width: 0; border-radius: 4px; padding: 0.1rem 0.25rem; }
  .cell:focus { outline: none; }
  .cell:focus-visible, .cell.focused:focus { outline: 3px solid var(--px-focus, #1a73e8); outline-offset: 1px; }
  .cell.base { background: var(--px-surface-2, rgba(127, 127, 127, 0.06)); }
  .text { white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.55; }
  .text { font-family: var(--px-font-text, serif); }
  .text:lang(zh) { font-family: var(--px-font-cjk, serif); line-height: var(--px-line-height-cjk, 1.8); }
  .empty { font-style: italic; color: var(--px-text-muted, #666); font-size: 0.85rem; }
  ins { background: var(--px-insert-bg, #d7f5dd); text-decoration: none; border-bottom: 2px solid var(--px-success, #2e7d32); }
  del { background: var(--px-delete-bg, #fbe0e0); text-decoration-color: var(--px-danger, #b3261e); }
  mark.note { background: var(--px-mark-bg, #fff0b3); color: inherit; border-bottom: 2px dotted var(--px-warning, #7a4d00); cursor: help; }
  mark.note.name { background: none; border-bottom: 2px solid var(--px-accent, #1a5fb4); }
  mark.hit { background: var(--px-mark-bg, #ffe58a); color: var(--px-text, #000); }
  mark.hit.active { outline: 3px solid var(--px-focus, #0b63ce); outline-offset: 1px; }
  .pending { margin-top: 0.35rem; font-size: 0.8rem; display: flex; gap: 0.4rem; align-items: center; flex-wrap: wrap;
    padding: 0.2rem 0.3rem; border-radius: 4px; background: var(--px-notice-bg, #fff3cd); color: var(--px-notice-text, #5c4400); }
  .pending button { font: inherit; padding: 0 0.4rem; cursor: pointer; }
  [role='tablist'] { display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--px-border, #bbb); }
  [role='tab'] { font: inherit; font-size: 0.85rem; padding: 0.3rem 0.6rem; border: 1px solid var(--px-border, #bbb);
    border-radius: 4px 4px 0 0; background: none; color: inherit; cursor: pointer; white-space: nowrap; }
  [role='tab'][aria-selected='true'] { background: var(--px-accent, #1a5fb4); color: var(--px-on-accent, #fff); }
  [role='tab']:focus-visible { outline: 3px solid var(--px-focus, #1a73e8); }
  :host([narrow]) { --row-head: 2rem; }
  :host([narrow]) .headrow, :host([narrow]) .row { column-gap: 0.4rem; padding: 0 0.25rem; }
`;
