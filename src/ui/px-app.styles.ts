/** Styles of <px-app> (tokens from theme.ts). */
import { css } from 'lit';

export const appStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    min-height: 100dvh;
    background: var(--px-bg);
    color: var(--px-text);
  }
  .skip {
    position: absolute;
    left: var(--px-space-2);
    top: -4rem;
    z-index: 100;
    background: var(--px-surface);
    padding: var(--px-space-2) var(--px-space-3);
    border-radius: var(--px-radius);
  }
  .skip:focus {
    top: var(--px-space-2);
  }
  header {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--px-space-2) var(--px-space-3);
    min-height: var(--px-header-height);
    padding: var(--px-space-1) var(--px-space-4);
    background: var(--px-surface);
    border-bottom: 1px solid var(--px-border);
  }
  .brand {
    font-weight: 700;
    font-size: 1.125rem;
    color: var(--px-text);
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    gap: var(--px-space-2);
  }
  .brand img {
    width: 1.5rem;
    height: 1.5rem;
  }
  nav {
    display: flex;
    gap: var(--px-space-1);
    flex: 1;
    min-width: 0;
  }
  nav a {
    padding: var(--px-space-1) var(--px-space-2);
    border-radius: var(--px-radius);
    color: var(--px-text);
    text-decoration: none;
    white-space: nowrap;
  }
  nav a[aria-current='page'] {
    background: var(--px-surface-2);
    font-weight: 600;
  }
  .tools {
    display: flex;
    align-items: center;
    gap: var(--px-space-2);
  }
  main {
    flex: 1;
    min-width: 0;
  }
  /* Focused only by script after a route change, as a starting point: no ring around the page. */
  main:focus,
  main:focus-visible {
    outline: none;
  }
  @media (max-width: 30rem) {
    header {
      padding: var(--px-space-1) var(--px-space-2);
    }
    /* Hidden visually only: the link keeps its name for screen readers. */
    .brand span {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
`;
