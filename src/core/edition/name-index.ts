/**
 * The index: each name of the authority with the paragraphs it occurs in,
 * under any of its spellings. Keyed to document and paragraph ids, never to
 * pages, so the same index serves print, web and ebook.
 */
import type { EditionRow, IndexEntry, NameListEntry } from './edition.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Latin forms match whole words only (Ili ≠ Ilinsky); CJK forms match anywhere. */
function formPattern(forms: readonly string[]): RegExp | null {
  const parts = forms
    .filter((f) => f.trim().length > 0)
    .sort((a, b) => b.length - a.length)
    .map((f) => (/^[\p{Script=Han}]/u.test(f) ? escapeRegExp(f) : `(?<![\\p{L}\\p{N}])${escapeRegExp(f)}(?![\\p{L}\\p{N}])`));
  return parts.length ? new RegExp(parts.join('|'), 'u') : null;
}

export function buildNameIndex(documentId: string, rows: readonly EditionRow[], names: readonly NameListEntry[]): IndexEntry[] {
  const paragraphs = rows.flatMap((r) => [...r.original.paragraphs, ...r.translation.paragraphs]);
  const out: IndexEntry[] = [];
  for (const name of names) {
    const pattern = formPattern([name.canonical, ...(name.original ? [name.original] : []), ...name.variants]);
    if (!pattern) continue;
    const locations = paragraphs.filter((p) => pattern.test(p.text)).map((p) => ({ documentId, paragraphId: p.id }));
    if (locations.length) out.push({ nameId: name.id, heading: name.canonical, kind: name.kind, locations });
  }
  return out.sort((a, b) => a.heading.localeCompare(b.heading, 'en'));
}
