/**
 * Traditional characters → simplified, one character for one, so every
 * offset in the folded text is an offset in the original: 巴克圖 → 巴克图,
 * 霍爾果斯 → 霍尔果斯, 萬 → 万, 時 → 时. This is a key for matching (names,
 * numerals), not a conversion to show anyone: OpenCC's phrase tables, which
 * pick 乾 → 干 or 乾 by context, are in convert-script.ts.
 *
 * The table is OpenCC's TSCharacters (~29 kB), loaded with the module: the
 * checks call this synchronously on every paragraph.
 */
/// <reference path="./opencc-dicts.d.ts" />
import TSCharacters from 'opencc-js/dict/TSCharacters';

let table: Map<number, number> | null = null;
let simplifiedOnly: Set<number> | null = null;

/** Code unit → code unit; pairs whose two sides differ in UTF-16 length (a few rare astral forms) are left out. */
function foldTable(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (const pair of TSCharacters.split('|')) {
    const [from, to] = pair.split(' ');
    if (from && to && from.length === 1 && to.length === 1) table.set(from.charCodeAt(0), to.charCodeAt(0));
  }
  simplifiedOnly = new Set([...table.values()].filter((c) => !table?.has(c)));
  return table;
}

/**
 * Which script a Chinese text is written in, by its characters that exist in
 * one script only (們 or 们; 的 and 人 are both): `Hant` when most such
 * characters are traditional, `Hans` otherwise, null when it has none.
 */
export function hanScriptOf(text: string): 'Hans' | 'Hant' | null {
  const map = foldTable();
  let traditional = 0;
  let simplified = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400) continue;
    if (map.has(c)) traditional++;
    else if (simplifiedOnly?.has(c)) simplified++;
  }
  if (traditional + simplified === 0) return null;
  return traditional > simplified ? 'Hant' : 'Hans';
}

/** The text with each traditional character replaced by its simplified form; the same length, and the same string when nothing changes. */
export function foldToSimplified(text: string): string {
  const map = foldTable();
  let out: string[] | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Below the CJK blocks nothing folds: a fast path for Latin text.
    if (c < 0x3400) continue;
    const to = map.get(c);
    if (to === undefined) continue;
    out ??= text.split('');
    out[i] = String.fromCharCode(to);
  }
  return out ? out.join('') : text;
}
