/**
 * Annotations for one cell: editorial marks (from `parseMarks`) and names
 * (from the work's name list), each with the sentence a reader is shown on
 * hover and by assistive technology. Pure.
 */
import type { Annotation } from './px-row-segments.ts';
import { describeMark, type Mark } from '../core/marks/index.ts';
import { findKnownNames, NAMES_FORMAT, NAMES_VERSION, type NameEntry, type NameList } from '../core/names/index.ts';

/** A name authority entry as the grid uses it. */
export type NameEntryLike = NameEntry;

/** A mark covers the word it comments on, so `Ba-ke-tu [sic]` is one marked span. */
export function markAnnotations(marks: readonly Mark[]): Annotation[] {
  return marks.map((m) => ({ kind: m.kind, start: m.target ? Math.min(m.target.start, m.start) : m.start, end: m.end, title: describeMark(m) }));
}

/** "Bakhty — also Ba-ke-tu, 巴克图": the authority's form, then the form written here and the original script. */
export function nameTitle(e: NameEntryLike, written: string): string {
  const others = [written, e.original ?? '', e.pinyin ?? ''].filter((v, i, all) => v !== '' && v !== e.canonical && all.indexOf(v) === i);
  return `${e.canonical}${others.length ? ` — also ${others.join(', ')}` : ''}${e.note ? `\n${e.note}` : ''}`;
}

const lists = new WeakMap<readonly NameEntryLike[], NameList>();

/** The name module matches against a list; the grid holds entries, so wrap them once per array. */
function listOf(entries: readonly NameEntryLike[]): NameList {
  let list = lists.get(entries);
  if (!list) {
    list = { format: NAMES_FORMAT, version: NAMES_VERSION, entries };
    lists.set(entries, list);
  }
  return list;
}

export function nameAnnotations(text: string, entries: readonly NameEntryLike[], marks: readonly Mark[]): Annotation[] {
  if (entries.length === 0) return [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  return findKnownNames(text, listOf(entries), marks).flatMap((o) => {
    const e = byId.get(o.entryId);
    return e ? [{ kind: 'name' as const, start: o.start, end: o.end, title: nameTitle(e, o.text) }] : [];
  });
}
