/**
 * The same name spelled two ways in one witness (`Alma-Ata` here, `Almaty`
 * there).
 */
import { findKnownNames, type NameOccurrence } from './find-known-names.ts';
import type { NameList } from './name-list.ts';

export interface NameInconsistency {
  readonly entryId: string;
  /** Each spelling used, with the paragraphs it is used in, in order of first use. */
  readonly forms: ReadonlyArray<{ readonly text: string; readonly paragraphIds: string[] }>;
}

/**
 * Alternatives (adjectives, short forms) are not spellings, and a
 * translation's left-over original-script form is an untranslated passage,
 * reported as such: neither counts.
 */
export function findNameInconsistencies<P extends { readonly id: string; readonly text: string }>(
  paragraphs: readonly P[],
  list: NameList,
  /** Occurrences already found (the checks have them); found here otherwise. */
  occurrencesOf: (p: P) => readonly NameOccurrence[] = (p) => findKnownNames(p.text, list),
): NameInconsistency[] {
  const byEntry = new Map<string, Map<string, string[]>>();
  for (const p of paragraphs) {
    for (const o of occurrencesOf(p)) {
      if (o.formKind === 'alternative' || o.formKind === 'original') continue;
      const forms = byEntry.get(o.entryId) ?? new Map<string, string[]>();
      byEntry.set(o.entryId, forms);
      const ids = forms.get(o.text) ?? [];
      if (!ids.includes(p.id)) ids.push(p.id);
      forms.set(o.text, ids);
    }
  }
  const out: NameInconsistency[] = [];
  for (const [entryId, forms] of byEntry) {
    if (forms.size > 1) out.push({ entryId, forms: [...forms].map(([text, paragraphIds]) => ({ text, paragraphIds })) });
  }
  return out;
}
