/**
 * The index: each name of the authority with the paragraphs it occurs in,
 * under any of its spellings. Keyed to document and paragraph ids, never to
 * pages, so the same index serves print, web and ebook.
 */
import type { EditionRow, IndexEntry, NameListEntry } from './edition.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const HAN = /^\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Latin forms count only as whole words (Ili is not in Ilinsky); Han forms count anywhere. */
function standsAlone(text: string, start: number, form: string): boolean {
  if (HAN.test(form)) return true;
  const before = text.charAt(start - 1);
  const after = text.charAt(start + form.length);
  return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

export function buildNameIndex(documentId: string, rows: readonly EditionRow[], names: readonly NameListEntry[]): IndexEntry[] {
  const owners = new Map<string, NameListEntry[]>();
  for (const name of names) {
    for (const f of new Set([name.canonical, ...(name.original ? [name.original] : []), ...name.variants])) {
      if (f.trim()) owners.set(f, [...(owners.get(f) ?? []), name]);
    }
  }
  if (owners.size === 0) return [];
  // One pass over each paragraph for every form of every name: longest forms first.
  const pattern = new RegExp([...owners.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'gu');
  const found = new Map<string, Set<string>>();
  for (const r of rows) {
    for (const p of [...r.original.paragraphs, ...r.translation.paragraphs]) {
      for (const m of p.text.matchAll(pattern)) {
        if (!standsAlone(p.text, m.index, m[0])) continue;
        for (const name of owners.get(m[0]) ?? []) {
          const ids = found.get(name.id) ?? new Set<string>();
          ids.add(p.id);
          found.set(name.id, ids);
        }
      }
    }
  }
  return names
    .filter((n) => found.has(n.id))
    .map((n) => ({ nameId: n.id, heading: n.canonical, kind: n.kind, locations: [...(found.get(n.id) ?? [])].map((paragraphId) => ({ documentId, paragraphId })) }))
    .sort((a, b) => a.heading.localeCompare(b.heading, 'en'));
}
