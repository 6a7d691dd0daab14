import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fire } from './px-compare-events.ts';
import { palettes } from './theme.ts';

const DARK_SCHEME = window.matchMedia('(prefers-color-scheme: dark)');

/** Five heat steps, as in the theme (`--px-heat-0` … `--px-heat-4`). */
const HEAT_STEPS = 5;

/** Step 0 only for rows that agree exactly, so any difference at all shows. */
export const heatStep = (divergence: number): number => (divergence <= 0 ? 0 : Math.min(HEAT_STEPS - 1, 1 + Math.floor(divergence * (HEAT_STEPS - 1))));

/**
 * The whole document in one strip: each row's divergence from the base as a
 * colour, low-confidence rows as a mark on the edge, the rows on screen as a
 * frame. Clicking (or Enter on a focused position) jumps to that row.
 *
 * @fires row-jump - A position in the strip was chosen.
 */
@customElement('px-heatmap-gutter')
export class PxHeatmapGutter extends LitElement {
  static override styles = css`
    :host { display: block; width: 1.25rem; position: relative; cursor: pointer; background: var(--px-surface-2);
      border-left: 1px solid var(--px-border); }
    canvas { width: 100%; height: 100%; display: block; }
    :host(:focus-visible) { outline: 3px solid var(--px-focus); outline-offset: -3px; }
  `;

  /** 0..1 per row; NaN for rows not computed yet or with nothing to compare. */
  @property({ attribute: false }) values: Float32Array = new Float32Array(0);
  @property({ attribute: false }) flagged: readonly boolean[] = [];
  @property({ type: Number }) first = 0;
  @property({ type: Number }) last = -1;
  @property({ type: Number }) focusedRow = 0;
  @query('canvas') private canvas!: HTMLCanvasElement;
  private resize: ResizeObserver | null = null;
  /** Size from the ResizeObserver: reading it in paint() would force a layout on every scroll frame. */
  private size = { width: 0, height: 0 };

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.setAttribute('role', 'slider');
    this.setAttribute('aria-label', 'Divergence map of the whole document: click to jump to a row');
    this.resize = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box) this.size = { width: box.width, height: box.height };
      this.paint();
    });
    this.resize.observe(this);
    this.addEventListener('click', this.onClick);
    this.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize?.disconnect();
  }

  override render() {
    return html`<canvas aria-hidden="true"></canvas>`;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const n = this.values.length;
    this.setAttribute('aria-valuemin', '1');
    this.setAttribute('aria-valuemax', String(Math.max(1, n)));
    this.setAttribute('aria-valuenow', String(this.focusedRow + 1));
    this.setAttribute('aria-valuetext', `row ${this.focusedRow + 1} of ${n}`);
    this.paint();
  }

  /** Row under a vertical position in the strip. */
  rowAt(y: number): number {
    const h = this.size.height || this.getBoundingClientRect().height || 1;
    return Math.max(0, Math.min(this.values.length - 1, Math.floor((y / h) * this.values.length)));
  }

  private onClick = (e: MouseEvent): void => {
    if (this.values.length === 0) return;
    fire(this, 'row-jump', { row: this.rowAt(e.clientY - this.getBoundingClientRect().top) });
  };

  /** As a slider: arrows step a row, Page keys a tenth of the document. */
  private onKey = (e: KeyboardEvent): void => {
    const n = this.values.length;
    const step = { ArrowDown: 1, ArrowUp: -1, PageDown: Math.ceil(n / 10), PageUp: -Math.ceil(n / 10) }[e.key];
    if (step === undefined && e.key !== 'Home' && e.key !== 'End') return;
    e.preventDefault();
    e.stopPropagation();
    const row = e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : Math.max(0, Math.min(n - 1, this.focusedRow + (step ?? 0)));
    fire(this, 'row-jump', { row });
  };

  /** Theme colours, read once per colour scheme (reading styles on every frame costs a style recalculation). */
  private palette: { scheme: boolean; heat: string[]; warn: string; frame: string } | null = null;
  private colours(): { heat: string[]; warn: string; frame: string } {
    const dark = DARK_SCHEME.matches;
    if (this.palette?.scheme !== dark) {
      const style = getComputedStyle(this);
      // The tokens as set on the page; where the page has none (an element tested alone), the theme's own palette.
      const theme = dark ? palettes.dark : palettes.light;
      this.palette = {
        scheme: dark,
        heat: Array.from({ length: HEAT_STEPS }, (_, i) => style.getPropertyValue(`--px-heat-${i}`).trim() || theme.heat[i] || theme.surface),
        warn: style.getPropertyValue('--px-warning').trim() || theme.warning,
        frame: style.getPropertyValue('--px-focus').trim() || theme.focus,
      };
    }
    return this.palette;
  }

  private paint(): void {
    const canvas = this.canvas;
    if (!canvas) return;
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(this.size.width * dpr));
    const h = Math.max(1, Math.round(this.size.height * dpr));
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const { heat, warn, frame } = this.colours();
    ctx.clearRect(0, 0, w, h);
    const n = this.values.length;
    if (n === 0) return;
    // One pixel line may stand for many rows: show the most divergent of them, so a change never hides.
    for (let y = 0; y < h; y++) {
      const from = Math.floor((y / h) * n);
      const to = Math.max(from + 1, Math.floor(((y + 1) / h) * n));
      let worst = -1;
      let flag = false;
      for (let r = from; r < to && r < n; r++) {
        const v = this.values[r] ?? Number.NaN;
        if (!Number.isNaN(v) && v > worst) worst = v;
        if (this.flagged[r]) flag = true;
      }
      if (worst >= 0) {
        ctx.fillStyle = heat[heatStep(worst)] ?? heat[0] ?? '';
        ctx.fillRect(0, y, w, 1);
      }
      if (flag) {
        ctx.fillStyle = warn;
        ctx.fillRect(0, y, Math.max(2, Math.round(w / 4)), 1);
      }
    }
    if (this.last >= this.first) {
      ctx.strokeStyle = frame;
      ctx.lineWidth = Math.max(1, dpr);
      const top = (this.first / n) * h;
      const bottom = ((this.last + 1) / n) * h;
      ctx.strokeRect(ctx.lineWidth / 2, top, w - ctx.lineWidth, Math.max(2, bottom - top));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'px-heatmap-gutter': PxHeatmapGutter;
  }
}
