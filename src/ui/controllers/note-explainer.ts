/**
 * Which mark or name of the grid is explained, and where: a click on one, or
 * focusing it, explains it in a popover below it; a click elsewhere, Escape,
 * Close or scrolling away hides it. The compare view forwards its events here.
 */
import type { ReactiveControllerHost } from 'lit';
import { NOTE_HEADINGS, type NoteExplained } from '../px-note-popover.ts';

/** Scrolling further than this hides an explanation (the virtualizer nudges the position by a few px as rows settle). */
const SCROLL_CLOSES_PX = 48;
/** About the popover's width on a phone: it is kept inside the view. */
const POPOVER_WIDTH_PX = 256;

export class NoteExplainer {
  /** The explanation shown, or null. */
  shown: NoteExplained | null = null;
  /** The grid's scroll position when it opened. */
  private openedAt = 0;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement, private readonly scrollTop: () => number) {}

  /** The mark or name an event happened on, if any. */
  noteIn(e: Event): HTMLElement | undefined {
    return e.composedPath().find((n) => n instanceof HTMLElement && n.tagName === 'MARK' && n.classList.contains('note')) as HTMLElement | undefined;
  }

  /** A click explains the mark it is on; anywhere else it hides the explanation. */
  click(e: Event): void {
    const mark = this.noteIn(e);
    if (mark) this.explain(mark);
    else this.hide();
  }

  focus(e: Event): void {
    const mark = this.noteIn(e);
    if (mark) this.explain(mark);
  }

  scrolled(): void {
    if (this.shown && Math.abs(this.scrollTop() - this.openedAt) > SCROLL_CLOSES_PX) this.hide();
  }

  /** Hides the explanation; true when one was shown (Escape then does nothing else). */
  hide(): boolean {
    if (!this.shown) return false;
    this.shown = null;
    this.host.requestUpdate();
    return true;
  }

  private explain(mark: HTMLElement): void {
    const kind = mark.dataset['kind'];
    if (!kind || !(kind in NOTE_HEADINGS)) return;
    const box = this.host.getBoundingClientRect();
    const at = mark.getBoundingClientRect();
    this.openedAt = this.scrollTop();
    this.shown = {
      kind: kind as NoteExplained['kind'], text: mark.dataset['explain'] ?? '', lang: 'en',
      x: Math.max(4, Math.min(at.left - box.left, box.width - POPOVER_WIDTH_PX)), y: at.bottom - box.top + 4,
    };
    this.host.requestUpdate();
  }
}
