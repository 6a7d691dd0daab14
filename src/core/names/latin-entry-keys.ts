/**
 * The Latin-letter keys of a name entry (its Latin forms and its pinyin), for
 * telling a misspelling of a known name without loading pinyin-pro.
 */
import { latinKey } from './latin-key.ts';
import type { NameEntry } from './name-list.ts';

const LATIN = /\p{Script=Latin}/u;

export function latinEntryKeys(entry: NameEntry): Set<string> {
  const keys = new Set<string>();
  for (const f of [entry.canonical, ...entry.variants, ...(entry.pinyin ? [entry.pinyin] : [])]) {
    if (!LATIN.test(f)) continue;
    const k = latinKey(f);
    if (k) keys.add(k);
  }
  return keys;
}
