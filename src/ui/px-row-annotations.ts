/**
 * Annotations for one cell: editorial marks (from `parseMarks`) and names
 * (from the work's name list), each with the sentence a reader is shown on
 * hover and by assistive technology. Pure.
 */
import type { Annotation } from './px-row-segments.ts';
import { describeMark, type Mark } from '../core/marks/index.ts';

/** The shape of `NameEntry` from the names contract. */
export interface NameEntryLike {
  readonly id: string;
  readonly kind: 'place' | 'person' | 'organisation';
  readonly canonical: string;
  readonly original?: string;
  readonly pinyin?: string;
  readonly variants: readonly string[];
  readonly note?: string;
}

/** A mark covers the word it comments on, so `Ba-ke-tu [sic]` is one marked span. */
export function markAnnotations(marks: readonly Mark[]): Annotation[] {
  return marks.map((m) => ({ kind: m.kind, start: m.target ? Math.min(m.target.start, m.start) : m.start, end: m.end, title: describeMark(m) }));
}

export function nameTitle(e: NameEntryLike): string {
  const others = [...e.variants, e.original ?? '', e.pinyin ?? ''].filter((v, i, all) => v !== '' && v !== e.canonical && all.indexOf(v) === i);
  const also = others.length ? ` — also ${others.join(', ')}` : '';
  return `${e.canonical}${also}${e.note ? ` (${e.note})` : ''}`;
}

interface NameMatcher {
  readonly re: RegExp;
  readonly byForm: ReadonlyMap<string, NameEntryLike>;
}

const matchers = new WeakMap<readonly NameEntryLike[], NameMatcher | null>();

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const HAS_CJK = /[\u3400-\u9fff]/u;

/** One alternation for the whole list, longest forms first so `Ba-ke-tu` wins over `Ba`. */
function matcherFor(entries: readonly NameEntryLike[]): NameMatcher | null {
  const cached = matchers.get(entries);
  if (cached !== undefined) return cached;
  const byForm = new Map<string, NameEntryLike>();
  for (const e of entries) {
    for (const form of [e.canonical, e.original, ...e.variants]) if (form && !byForm.has(form)) byForm.set(form, e);
  }
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length);
  // Latin forms need word edges (no "Bakhtyar"); Chinese has no spaces, so its forms match anywhere.
  const alts = forms.map((f) => (HAS_CJK.test(f) ? escapeRe(f) : `(?<![\\p{L}\\p{N}])${escapeRe(f)}(?![\\p{L}\\p{N}])`));
  const m = alts.length ? { re: new RegExp(alts.join('|'), 'gu'), byForm } : null;
  matchers.set(entries, m);
  return m;
}

export function nameAnnotations(text: string, entries: readonly NameEntryLike[]): Annotation[] {
  const m = matcherFor(entries);
  if (!m) return [];
  const out: Annotation[] = [];
  for (const hit of text.matchAll(m.re)) {
    const e = m.byForm.get(hit[0]);
    if (e && hit.index !== undefined) out.push({ kind: 'name', start: hit.index, end: hit.index + hit[0].length, title: nameTitle(e) });
  }
  return out;
}
