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
  @media (max-width: 760px) {
    :host { height: auto; min-height: 0; }
    .body { flex-direction: column; height: auto; }
    px-compare-view { flex: none; height: 75dvh; }
    px-heatmap-gutter { width: 100%; height: 0.9rem; display: none; }
    aside { width: 100%; border-left: none; border-top: 1px solid var(--px-border); max-height: 60dvh; }
    details.align[open] summary { display: list-item; }
  }
`;
