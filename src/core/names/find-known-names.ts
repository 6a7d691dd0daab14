/**
 * Where the names of an authority list occur in a text, in which form.
 * Longest form first, so `Embassy of the Soviet Union` is one occurrence of
 * the embassy and not also one of the Soviet Union. Chinese forms match in
 * either script: forms and text are compared folded to simplified (巴克圖
 * finds 巴克图), one character for one, so offsets are the text's.
 */
import { parseMarks, type Mark } from '../marks/parse-marks.ts';
import { foldToSimplified } from '../script/fold-to-simplified.ts';
import type { NameEntry, NameList } from './name-list.ts';

export type FormKind = 'canonical' | 'original' | 'variant' | 'alternative';

export interface NameOccurrence {
  readonly entryId: string;
  readonly formKind: FormKind;
  readonly start: number;
  readonly end: number;
  /** The form as written. */
  readonly text: string;
  /** The `[sic]` or gloss that follows this occurrence, if any. */
  readonly mark?: Mark;
}

interface Matcher {
  /** Finds the characters a form can start with; a regex alternation of every form is ~5× slower. */
  readonly firstChars: RegExp;
  /** First character → forms starting with it, longest first. */
  readonly byFirst: ReadonlyMap<string, readonly string[]>;
  /** Folded form → its entry. */
  readonly forms: ReadonlyMap<string, { entry: NameEntry; formKind: FormKind }>;
}

const WORD_EDGE = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const matchers = new WeakMap<NameList, Matcher>();

/** Escapes a character for use inside a regex character class. */
function escape(c: string): string {
  return /[\\\]^-]/.test(c) ? `\\${c}` : c;
}

function matcherFor(list: NameList): Matcher {
  const cached = matchers.get(list);
  if (cached) return cached;
  const forms = new Map<string, { entry: NameEntry; formKind: FormKind }>();
  // Earlier kinds win when two entries share a form (China is the canonical of
  // `china` and an alternative of `prc`).
  for (const formKind of ['canonical', 'original', 'variant', 'alternative'] as const) {
    for (const entry of list.entries) {
      const all = formKind === 'canonical' ? [entry.canonical] : formKind === 'original' ? (entry.original ? [entry.original] : [])
        : formKind === 'variant' ? entry.variants : (entry.alternatives ?? []);
      for (const form of all.map(foldToSimplified)) if (!forms.has(form)) forms.set(form, { entry, formKind });
    }
  }
  const byFirst = new Map<string, string[]>();
  for (const form of [...forms.keys()].sort((a, b) => b.length - a.length)) {
    const first = form.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), form]);
  }
  const chars = [...byFirst.keys()].map(escape).join('');
  const matcher = { firstChars: new RegExp(chars ? `[${chars}]` : '(?!)', 'g'), byFirst, forms };
  matchers.set(list, matcher);
  return matcher;
}

/** A Latin form must stand as a whole word: `China` is not found in `Chinaware`. */
function standsAlone(text: string, start: number, end: number, form: string): boolean {
  if (HAN.test(form)) return true;
  const before = text.charAt(start - 1);
  const after = text.charAt(end);
  if (WORD_EDGE.test(form.charAt(0)) && WORD_EDGE.test(before)) return false;
  if (WORD_EDGE.test(form.charAt(form.length - 1)) && WORD_EDGE.test(after)) return false;
  return true;
}

export function findKnownNames(text: string, list: NameList, marks: readonly Mark[] = parseMarks(text)): NameOccurrence[] {
  const { firstChars, byFirst, forms } = matcherFor(list);
  // A gloss is the editor's, not the translator's: `Huoerguosi [Horgos]` is one
  // occurrence, written Huoerguosi.
  const glosses = marks.filter((m) => m.kind === 'gloss');
  const out: NameOccurrence[] = [];
  const folded = foldToSimplified(text);
  firstChars.lastIndex = 0;
  for (let m = firstChars.exec(folded); m; m = firstChars.exec(folded)) {
    const start = m.index;
    const form = (byFirst.get(m[0]) ?? []).find((f) => folded.startsWith(f, start) && standsAlone(text, start, start + f.length, f));
    const found = form === undefined ? undefined : forms.get(form);
    if (form === undefined || !found) continue;
    const end = start + form.length;
    if (glosses.some((g) => start >= g.start && end <= g.end)) continue;
    const mark = marks.find((k) => k.target && k.target.start <= start && k.target.end >= end);
    // Written out rather than spread: there is one per name in the text.
    out.push(mark
      ? { entryId: found.entry.id, formKind: found.formKind, start, end, text: text.slice(start, end), mark }
      : { entryId: found.entry.id, formKind: found.formKind, start, end, text: text.slice(start, end) });
    firstChars.lastIndex = end;
  }
  return out;
}
