/**
 * Marks and names of a cell text, remembered: rows are stamped again on every
 * scroll frame and re-parsing the same paragraph each time is wasted work.
 * Forgets everything when the name list changes.
 */
import type { Annotation } from '../px-row-segments.ts';
import { parseMarks } from '../../core/marks/index.ts';
import { markAnnotations, nameAnnotations, type NameEntryLike } from '../px-row-annotations.ts';

/** A few screens of cells; the memo is cleared past this rather than tracking recency. */
const MEMO_LIMIT = 2000;

export class AnnotationMemo {
  private readonly byText = new Map<string, readonly Annotation[]>();
  private names: unknown = null;

  of(text: string, names: readonly NameEntryLike[]): readonly Annotation[] {
    if (names !== this.names) {
      this.byText.clear();
      this.names = names;
    }
    const found = this.byText.get(text);
    if (found) return found;
    const marks = text ? parseMarks(text) : [];
    const notes = text ? [...markAnnotations(marks), ...nameAnnotations(text, names, marks)] : [];
    if (this.byText.size >= MEMO_LIMIT) this.byText.clear();
    this.byText.set(text, notes);
    return notes;
  }
}
