import { css } from 'lit';

/** Layout of the work view: a tool bar, then grid + heat-map + side panels; panels stack below on phones. */
export const workViewStyles = css`
  :host {
    display: flex; flex-direction: column; box-sizing: border-box;
    height: calc(100dvh - var(--px-header-height)); min-height: 24rem;
    color: var(--px-text); background: var(--px-bg);
  }
  *, *::before, *::after { box-sizing: inherit; }
  .message { padding: 1rem; }
  .bar { display: flex; flex-direction: column; gap: 0.35rem; padding: 0.4rem 0.75rem;
    border-bottom: 1px solid var(--px-border); background: var(--px-surface); }
  .titleline, .tools { display: flex; flex-wrap: wrap; gap: 0.3rem 1rem; align-items: center; }
  h1 { font-size: 1rem; margin: 0; flex: 1 1 16rem; min-width: 0; font-family: var(--px-font-text);
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  .meta { color: var(--px-text-muted); font-size: 0.85rem; }
  px-search-bar { flex: 1 1 24rem; }
  details.columns summary, details.legend summary { cursor: pointer; font-size: 0.85rem; }
  details.columns[open], details.legend[open] { flex-basis: 100%; }
  details.align summary { cursor: pointer; font-size: 0.85rem; }
  details.align[open] summary { display: none; }
  /* Same shape as the Export button beside it (the app's base button). */
  .toggle { font: inherit; min-height: var(--px-target-size); padding: 0 var(--px-space-3); cursor: pointer;
    border: 1px solid var(--px-border-strong); border-radius: var(--px-radius); background: var(--px-surface); color: inherit; }
  .toggle:hover { background: var(--px-surface-2); }
  .body { flex: 1; min-height: 0; display: flex; }
  px-compare-view { flex: 1; min-width: 0; }
  px-heatmap-gutter { flex: none; }
  aside { flex: none; width: clamp(16rem, 26vw, 24rem); border-left: 1px solid var(--px-border); display: flex; flex-direction: column;
    min-height: 0; background: var(--px-surface); }
  aside [role='tablist'] { display: flex; gap: 0.2rem; padding: 0.4rem 0.4rem 0; border-bottom: 1px solid var(--px-border); }
  aside [role='tab'] { font: inherit; font-size: 0.85rem; padding: 0.3rem 0.6rem; border: 1px solid var(--px-border); border-bottom: none;
    border-radius: 6px 6px 0 0; background: none; color: inherit; cursor: pointer; }
  aside [role='tab'][aria-selected='true'] { background: var(--px-accent); color: var(--px-on-accent); }
  [role='tabpanel'] { flex: 1; overflow: auto; padding: 0.6rem; }
  :focus-visible { outline: 3px solid var(--px-focus); outline-offset: 1px; }
  .sheet-head { display: none; }
  /* Phones: the controls take three short lines, the grid the rest of the screen, panels a bottom sheet over it. */
  @media (max-width: 760px) {
    :host { min-height: 0; }
    .bar { gap: 0.25rem; padding: 0.3rem 0.5rem; }
    /* The title on a line of its own, the work's buttons wrapping under it (never over one another). */
    .titleline { flex-wrap: wrap; gap: 0.3rem 0.4rem; }
    h1 { font-size: 0.95rem; flex: 1 1 100%; }
    .titleline .meta:not(.aligning-status) { display: none; }
    .titleline .aligning-status { position: absolute; left: 0.5rem; top: 100%; z-index: 3; background: var(--px-surface); font-size: 0.75rem; }
    .titleline { position: relative; }
    .toggle { min-height: 2.25rem; padding: 0 0.6rem; }
    .tools { gap: 0.25rem 0.8rem; }
    px-search-bar { flex: 1 1 100%; }
    details summary { font-size: 0.8rem; }
    .body { position: relative; }
    px-heatmap-gutter { display: none; }
    aside { position: fixed; left: 0; right: 0; bottom: 0; z-index: 20; width: auto; max-height: 62dvh; border-left: none;
      border-top: 2px solid var(--px-border-strong); border-radius: 12px 12px 0 0; box-shadow: 0 -4px 16px rgb(0 0 0 / 0.18); }
    .sheet-head { display: flex; justify-content: space-between; align-items: center; padding: 0.3rem 0.5rem 0; }
    .sheet-head strong { font-size: 0.9rem; }
    details.align[open] summary { display: list-item; }
  }
`;
