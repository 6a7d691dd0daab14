/**
 * Names across the witnesses of one aligned row, and across a whole
 * translation: which name appears in which witness in which form, linked by
 * the authority list and, for names it does not know, through the original by
 * pinyin (马尔果夫 → maerguofu ← Ma-er-guo-fu).
 */
import { findKnownNames } from './find-known-names.ts';
import { unknownCandidates } from './find-name-candidates.ts';
import { latinKey, nameKey } from './name-keys.ts';
import type { NameEntry, NameList } from './name-list.ts';

export interface RowText {
  readonly witnessId: string;
  readonly lang: string;
  readonly text: string;
}

export interface NameRow {
  /** The entry id, or `key:<pinyin key>` for a name the list does not know. */
  readonly id: string;
  readonly entryId?: string;
  /** What to call it: the canonical form, or the first form seen. */
  readonly label: string;
  /** Witness id → the distinct forms written there. */
  readonly forms: Record<string, string[]>;
}

/** Every key a name entry answers to: its forms' letters and its original's pinyin. */
export function entryKeys(entry: NameEntry): Set<string> {
  const keys = new Set<string>();
  for (const f of [entry.canonical, ...(entry.original ? [entry.original] : []), ...entry.variants]) {
    const k = nameKey(f);
    if (k) keys.add(k);
  }
  if (entry.pinyin) keys.add(latinKey(entry.pinyin));
  return keys;
}

const keyIndexes = new WeakMap<NameList, Map<string, string>>();

/** Key → entry id, built once per list. */
export function entryByKey(list: NameList): Map<string, string> {
  let index = keyIndexes.get(list);
  if (!index) {
    index = new Map();
    for (const e of list.entries) for (const k of entryKeys(e)) if (!index.has(k)) index.set(k, e.id);
    keyIndexes.set(list, index);
  }
  return index;
}

export function nameTableForRow(cells: readonly RowText[], list: NameList): NameRow[] {
  const rows = new Map<string, { entryId?: string; label: string; forms: Record<string, string[]> }>();
  const byKey = entryByKey(list);
  const labels = new Map(list.entries.map((e) => [e.id, e.canonical]));
  const add = (id: string, entryId: string | undefined, label: string, witnessId: string, form: string): void => {
    let row = rows.get(id);
    if (!row) {
      row = entryId ? { entryId, label, forms: {} } : { label, forms: {} };
      rows.set(id, row);
    }
    const forms = (row.forms[witnessId] ??= []);
    if (!forms.includes(form)) forms.push(form);
  };
  for (const cell of cells) {
    const known = findKnownNames(cell.text, list);
    for (const o of known) add(o.entryId, o.entryId, labels.get(o.entryId) ?? o.text, cell.witnessId, o.text);
    for (const c of unknownCandidates(cell.text, cell.lang, known)) {
      const key = nameKey(c.text);
      const entryId = byKey.get(key);
      if (entryId) add(entryId, entryId, labels.get(entryId) ?? c.text, cell.witnessId, c.text);
      else add(`key:${key}`, undefined, c.text, cell.witnessId, c.text);
    }
  }
  return [...rows].map(([id, r]) => ({ id, ...r }));
}
