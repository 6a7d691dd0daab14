/**
 * Which unicode-range subsets of a fontsource font a text needs. The print
 * HTML embeds only those (the full Noto Serif SC is ~86 MB in 100 subsets;
 * one document needs a few), so output never depends on the machine's fonts.
 */

export interface FontSubset {
  /** The woff2 file name as the stylesheet gives it, e.g. `noto-serif-sc-4-400-normal.woff2`. */
  readonly file: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** Reads the `@font-face` rules of a fontsource stylesheet (e.g. `@fontsource/noto-serif-sc/400.css`). */
export function parseFontSubsets(css: string): FontSubset[] {
  const out: FontSubset[] = [];
  for (const m of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = m[1] ?? '';
    const file = /url\(\.?\/?(?:files\/)?([^)'"]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!file || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [lo = '0', hi] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
    });
    out.push({ file, ranges });
  }
  return out;
}

/** The subsets that cover at least one character of `text`, in stylesheet order. */
export function neededFontSubsets(subsets: readonly FontSubset[], text: string): FontSubset[] {
  const chars = new Set<number>();
  for (const ch of text) chars.add(ch.codePointAt(0) ?? 0);
  const codes = [...chars].sort((a, b) => a - b);
  return subsets.filter((s) => s.ranges.some(([lo, hi]) => codes.some((c) => c >= lo && c <= hi)));
}

/** `@font-face` rules with the subsets' data already resolved to URLs (data: or served files). */
export function fontFaceCss(family: string, faces: ReadonlyArray<{ readonly subset: FontSubset; readonly url: string }>, style: 'normal' | 'italic' = 'normal'): string {
  return faces.map(({ subset, url }) => `@font-face{font-family:'${family}';font-style:${style};font-weight:400;font-display:block;` +
    `src:url(${url}) format('woff2');unicode-range:${subset.ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',')};}`).join('\n');
}
