import { css } from 'lit';

/** Layout of the work view: a tool bar, then grid + heat-map + side panels; panels stack below on phones. */
export const workViewStyles = css`
  :host {
    display: flex; flex-direction: column; box-sizing: border-box;
    height: calc(100dvh - var(--px-header-height, 3rem)); min-height: 24rem;
    color: var(--px-text, CanvasText); background: var(--px-bg, Canvas);
  }
  *, *::before, *::after { box-sizing: inherit; }
  .message { padding: 1rem; }
  .bar { display: flex; flex-direction: column; gap: 0.35rem; padding: 0.4rem 0.75rem;
    border-bottom: 1px solid var(--px-border, #ccc); background: var(--px-surface, Canvas); }
  .titleline, .tools { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; }
  h1 { font-size: 1rem; margin: 0; flex: 1 1 16rem; min-width: 0; font-family: var(--px-font-text, serif);
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .meta { color: var(--px-text-muted, #555); font-size: 0.85rem; }
  px-search-bar { flex: 1 1 24rem; }
  details.columns summary { cursor: pointer; font-size: 0.85rem; }
  details.columns[open] { flex-basis: 100%; }
  details.align summary { cursor: pointer; font-size: 0.85rem; }
  details.align[open] summary { display: none; }
  /* Same shape as the Export button beside it (the app's base button). */
  .toggle { font: inherit; min-height: var(--px-target-size, 2.75rem); padding: 0 var(--px-space-3, 0.75rem); cursor: pointer;
    border: 1px solid var(--px-border-strong, #888); border-radius: var(--px-radius, 6px); background: var(--px-surface, Canvas); color: inherit; }
  .toggle:hover { background: var(--px-surface-2, Canvas); }
  .body { flex: 1; min-height: 0; display: flex; }
  px-compare-view { flex: 1; min-width: 0; }
  px-heatmap-gutter { flex: none; }
  aside { flex: none; width: clamp(16rem, 26vw, 24rem); border-left: 1px solid var(--px-border, #ccc); display: flex; flex-direction: column;
    min-height: 0; background: var(--px-surface, Canvas); }
  aside [role='tablist'] { display: flex; gap: 0.2rem; padding: 0.4rem 0.4rem 0; border-bottom: 1px solid var(--px-border, #ccc); }
  aside [role='tab'] { font: inherit; font-size: 0.85rem; padding: 0.3rem 0.6rem; border: 1px solid var(--px-border, #ccc); border-bottom: none;
    border-radius: 6px 6px 0 0; background: none; color: inherit; cursor: pointer; }
  aside [role='tab'][aria-selected='true'] { background: var(--px-accent, #1f5f99); color: var(--px-on-accent, #fff); }
  [role='tabpanel'] { flex: 1; overflow: auto; padding: 0.6rem; }
  :focus-visible { outline: 3px solid var(--px-focus, #0b63ce); outline-offset: 1px; }
  @media (max-width: 760px) {
    :host { height: auto; min-height: 0; }
    .body { flex-direction: column; height: auto; }
    px-compare-view { flex: none; height: 75dvh; }
    px-heatmap-gutter { width: 100%; height: 0.9rem; display: none; }
    aside { width: 100%; border-left: none; border-top: 1px solid var(--px-border, #ccc); max-height: 60dvh; }
    details.align[open] summary { display: list-item; }
  }
`;
