/** Styles of <px-library> (tokens from theme.ts). */
import { css } from 'lit';

export const libraryStyles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: var(--px-space-4);
  }
  h1 {
    font-size: 1.5rem;
    margin: 0 0 var(--px-space-4);
  }
  h2 {
    font-size: 1.125rem;
    margin: var(--px-space-5) 0 var(--px-space-3);
  }
  ul.works {
    list-style: none;
    margin: var(--px-space-4) 0 0;
    padding: 0;
    display: grid;
    gap: var(--px-space-3);
  }
  li.work {
    background: var(--px-surface);
    border: 1px solid var(--px-border);
    border-radius: var(--px-radius);
    padding: var(--px-space-3) var(--px-space-4);
    display: grid;
    grid-template-columns: 1fr auto;
    gap: var(--px-space-2) var(--px-space-3);
    align-items: start;
  }
  .title {
    font-family: var(--px-font-text);
    font-size: 1.125rem;
    font-weight: 600;
    margin: 0;
    overflow-wrap: anywhere;
  }
  .title a {
    color: var(--px-text);
    text-decoration: none;
  }
  .title a:hover {
    text-decoration: underline;
    color: var(--px-accent);
  }
  .meta {
    color: var(--px-text-muted);
    font-size: 0.9375rem;
    margin: var(--px-space-1) 0 0;
  }
  .details {
    grid-column: 1 / -1;
  }
  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: var(--px-space-2);
  }
  .work-id {
    font-family: var(--px-font-mono);
    font-size: 0.875rem;
  }
  .about {
    margin-top: var(--px-space-2);
    font-size: 0.9375rem;
  }
  .about summary {
    cursor: pointer;
    color: var(--px-accent);
    min-height: 1.5rem;
  }
  .about dl {
    margin: var(--px-space-2) 0;
  }
  .about dt {
    font-weight: 600;
    margin-top: var(--px-space-2);
  }
  .about dd {
    margin: 0;
    color: var(--px-text-muted);
    overflow-wrap: anywhere;
  }
  .about p {
    overflow-wrap: anywhere;
  }
  .empty {
    color: var(--px-text-muted);
  }
  .welcome {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--px-space-2) var(--px-space-3);
    background: var(--px-info-bg);
    border: 1px solid var(--px-border);
    border-radius: var(--px-radius);
    padding: var(--px-space-3) var(--px-space-4);
    margin-bottom: var(--px-space-4);
  }
  .welcome p {
    margin: 0;
    flex: 1 1 18rem;
  }
  @media (max-width: 30rem) {
    :host {
      padding: var(--px-space-3);
    }
    li.work {
      grid-template-columns: 1fr;
    }
    .entry-actions {
      justify-content: flex-start;
    }
  }
  dialog {
    border: 1px solid var(--px-border-strong);
    border-radius: var(--px-radius);
    background: var(--px-surface);
    color: var(--px-text);
    max-width: min(28rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .dialog-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--px-space-2);
    margin-top: var(--px-space-4);
  }
`;
