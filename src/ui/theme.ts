/**
 * Design tokens: CSS custom properties on `:root`, light by default and dark
 * under `prefers-color-scheme: dark`. Custom properties inherit into every
 * shadow root, so an element only writes `color: var(--px-text)`.
 *
 * Every text/background pair below meets WCAG 2.2 AA (4.5:1 for text, 3:1
 * for focus rings and borders that carry meaning); `tests/ui/theme.test.ts`
 * computes the ratios from `palettes`, so change colours here and the test
 * tells you if a pair fell below.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

export interface Palette {
  /** Page background. */
  readonly bg: string;
  /** Cards, columns, dialogs. */
  readonly surface: string;
  /** Header bars, hovered rows, code. */
  readonly surface2: string;
  readonly text: string;
  /** Secondary text (labels, counts): still ≥ 4.5:1 on bg, surface and surface2. */
  readonly textMuted: string;
  /** Decorative borders. */
  readonly border: string;
  /** Borders of inputs and controls (≥ 3:1, WCAG 1.4.11). */
  readonly borderStrong: string;
  /** Links and primary buttons. */
  readonly accent: string;
  /** Text on an accent background. */
  readonly onAccent: string;
  /** Focus ring (≥ 3:1 against bg and surface). */
  readonly focus: string;
  readonly danger: string;
  readonly dangerBg: string;
  readonly warning: string;
  readonly warningBg: string;
  readonly success: string;
  readonly successBg: string;
  readonly info: string;
  readonly infoBg: string;
  /** Inline diff: inserted / deleted words (text colour `text`). */
  readonly insertBg: string;
  readonly deleteBg: string;
  /** Editorial marks ([sic], glosses, omissions). */
  readonly markBg: string;
  /** Heat-map, from "agrees" to "differs most" (backgrounds behind `text`). */
  readonly heat: readonly [string, string, string, string, string];
  /** The "prepared for this project" notice. */
  readonly noticeBg: string;
  readonly noticeText: string;
}

export const palettes: { readonly light: Palette; readonly dark: Palette } = {
  light: {
    bg: '#fbfaf7',
    surface: '#ffffff',
    surface2: '#f1efe9',
    text: '#1d1b18',
    textMuted: '#5c5851',
    border: '#dcd8cf',
    borderStrong: '#7d776c',
    accent: '#1f5f99',
    onAccent: '#ffffff',
    focus: '#0b63ce',
    danger: '#a8201a',
    dangerBg: '#fdecea',
    warning: '#7a4d00',
    warningBg: '#fff4dc',
    success: '#1e6b34',
    successBg: '#e7f5eb',
    info: '#1f5f99',
    infoBg: '#e8f1fa',
    insertBg: '#d4f0db',
    deleteBg: '#fbdcdc',
    markBg: '#fff0b3',
    heat: ['#ffffff', '#fff4d6', '#ffe3ad', '#ffc99a', '#ffab91'],
    noticeBg: '#fff4dc',
    noticeText: '#5b3a00',
  },
  dark: {
    bg: '#161513',
    surface: '#1f1e1b',
    surface2: '#2a2824',
    text: '#ece9e2',
    textMuted: '#b3ada2',
    border: '#3a3732',
    borderStrong: '#8a8478',
    accent: '#7cb7f0',
    onAccent: '#0b1a29',
    focus: '#8ec5ff',
    danger: '#ff9a8f',
    dangerBg: '#3a1714',
    warning: '#f2c46b',
    warningBg: '#33270f',
    success: '#86d69c',
    successBg: '#13301c',
    info: '#7cb7f0',
    infoBg: '#132638',
    insertBg: '#1d4a2a',
    deleteBg: '#5a2222',
    markBg: '#4a3d0c',
    heat: ['#1f1e1b', '#3a3017', '#4d3a14', '#5e3517', '#6e2c1e'],
    noticeBg: '#33270f',
    noticeText: '#f6d9a0',
  },
};

/** Latin first, then the self-hosted CJK font (its unicode-range subsets only load for CJK text). */
export const FONT_TEXT = `'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'Noto Serif', 'Noto Serif SC', serif`;
export const FONT_UI = `system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Serif SC', sans-serif`;
export const FONT_MONO = `ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Noto Sans Mono', monospace`;
/** For text blocks whose `lang` is Chinese: the CJK font first, so Latin inside Chinese matches it. */
export const FONT_CJK = `'Noto Serif SC', 'Songti SC', 'SimSun', serif`;
/** For `lang="zh-Hant"` (and zh-TW, zh-HK, Cantonese): the traditional-Chinese font, whose glyphs are drawn as Taiwan and Hong Kong write them. */
export const FONT_CJK_HANT = `'Noto Serif TC', 'Songti TC', 'PMingLiU', 'MingLiU', serif`;

function declarations(p: Palette): string {
  return [
    `--px-bg: ${p.bg}`,
    `--px-surface: ${p.surface}`,
    `--px-surface-2: ${p.surface2}`,
    `--px-text: ${p.text}`,
    `--px-text-muted: ${p.textMuted}`,
    `--px-border: ${p.border}`,
    `--px-border-strong: ${p.borderStrong}`,
    `--px-accent: ${p.accent}`,
    `--px-on-accent: ${p.onAccent}`,
    `--px-focus: ${p.focus}`,
    `--px-danger: ${p.danger}`,
    `--px-danger-bg: ${p.dangerBg}`,
    `--px-warning: ${p.warning}`,
    `--px-warning-bg: ${p.warningBg}`,
    `--px-success: ${p.success}`,
    `--px-success-bg: ${p.successBg}`,
    `--px-info: ${p.info}`,
    `--px-info-bg: ${p.infoBg}`,
    `--px-insert-bg: ${p.insertBg}`,
    `--px-delete-bg: ${p.deleteBg}`,
    `--px-mark-bg: ${p.markBg}`,
    ...p.heat.map((c, i) => `--px-heat-${i}: ${c}`),
    `--px-notice-bg: ${p.noticeBg}`,
    `--px-notice-text: ${p.noticeText}`,
  ].join(';\n  ') + ';';
}

const SCALE = `
  --px-font-text: ${FONT_TEXT};
  --px-font-ui: ${FONT_UI};
  --px-font-mono: ${FONT_MONO};
  --px-font-cjk: ${FONT_CJK};
  --px-font-cjk-hant: ${FONT_CJK_HANT};
  --px-text-size: 1.0625rem;
  --px-line-height: 1.6;
  --px-line-height-cjk: 1.8;
  --px-space-1: 0.25rem;
  --px-space-2: 0.5rem;
  --px-space-3: 0.75rem;
  --px-space-4: 1rem;
  --px-space-5: 1.5rem;
  --px-space-6: 2rem;
  --px-radius: 6px;
  --px-focus-ring: 3px solid var(--px-focus);
  --px-focus-offset: 2px;
  --px-shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 4px 12px rgb(0 0 0 / 0.08);
  --px-header-height: 3rem;
  /* Targets at least 24×24 CSS px (WCAG 2.5.8); 44 on touch. */
  --px-target-size: 2.25rem;
`;

/** The document-level stylesheet: tokens, colour scheme, base typography. Adopt once on `document`. */
export const documentStyles: CSSResult = css`
  :root {
    color-scheme: light dark;
    ${unsafeCSS(declarations(palettes.light))}
    ${unsafeCSS(SCALE)}
  }
  @media (prefers-color-scheme: dark) {
    :root {
      ${unsafeCSS(declarations(palettes.dark))}
    }
  }
  html,
  body {
    margin: 0;
    min-height: 100%;
    background: var(--px-bg);
    color: var(--px-text);
    font-family: var(--px-font-ui);
    line-height: 1.5;
    -webkit-text-size-adjust: 100%;
  }
  :lang(zh) {
    font-family: var(--px-font-cjk);
    line-height: var(--px-line-height-cjk);
  }
  /* Traditional Chinese swaps the CJK font itself, so every rule that draws Chinese in var(--px-font-cjk) draws it in the TC font. */
  :lang(zh-Hant),
  :lang(zh-TW),
  :lang(zh-HK),
  :lang(zh-MO),
  :lang(yue) {
    --px-font-cjk: var(--px-font-cjk-hant);
  }
`;

/**
 * Shared rules for shadow roots: visible focus, buttons, links, the
 * visually-hidden helper and CJK text blocks. Put it first in `static styles`.
 */
export const baseStyles: CSSResult = css`
  :host {
    box-sizing: border-box;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--px-focus-ring);
    outline-offset: var(--px-focus-offset);
  }
  a {
    color: var(--px-accent);
    text-underline-offset: 0.15em;
  }
  button,
  .button {
    font: inherit;
    min-height: var(--px-target-size);
    padding: 0 var(--px-space-3);
    border: 1px solid var(--px-border-strong);
    border-radius: var(--px-radius);
    background: var(--px-surface);
    color: var(--px-text);
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: var(--px-space-2);
    text-decoration: none;
  }
  button:hover,
  .button:hover {
    background: var(--px-surface-2);
  }
  button.primary,
  .button.primary {
    background: var(--px-accent);
    border-color: var(--px-accent);
    color: var(--px-on-accent);
  }
  button.danger {
    color: var(--px-danger);
    border-color: var(--px-danger);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--px-text);
    background: var(--px-surface);
    border: 1px solid var(--px-border-strong);
    border-radius: var(--px-radius);
    padding: var(--px-space-2);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .text {
    font-family: var(--px-font-text);
    font-size: var(--px-text-size);
    line-height: var(--px-line-height);
  }
  :lang(zh) {
    font-family: var(--px-font-cjk);
    line-height: var(--px-line-height-cjk);
  }
  /* Traditional Chinese swaps the CJK font itself, so every rule that draws Chinese in var(--px-font-cjk) draws it in the TC font. */
  :lang(zh-Hant),
  :lang(zh-TW),
  :lang(zh-HK),
  :lang(zh-MO),
  :lang(yue) {
    --px-font-cjk: var(--px-font-cjk-hant);
  }
  .prepared-notice {
    background: var(--px-notice-bg);
    color: var(--px-notice-text);
    border-radius: var(--px-radius);
    padding: var(--px-space-1) var(--px-space-2);
    font-size: 0.875rem;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;

/**
 * The look every modal `<dialog>` shares: surface, border, padding and a
 * dimmed backdrop. Each dialog sets its own width. Put it after `baseStyles`.
 */
export const dialogStyles: CSSResult = css`
  dialog {
    border: 1px solid var(--px-border-strong);
    border-radius: var(--px-radius);
    background: var(--px-surface);
    color: var(--px-text);
    padding: var(--px-space-4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
`;

/** Adopts `documentStyles` on a document (idempotent). */
export function applyDocumentTheme(doc: Document): void {
  const sheet = documentStyles.styleSheet;
  if (!sheet || doc.adoptedStyleSheets.includes(sheet)) return;
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}
