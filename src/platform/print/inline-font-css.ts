/**
 * A downloaded HTML edition is opened from disk, where the app's served font
 * files are out of reach: its @font-face rules must carry the fonts
 * themselves. This keeps only the rules whose unicode-range the text uses
 * (a document needs a few of Noto Serif SC's ~100 subsets) and inlines their
 * woff2 as data: URLs. Browser only; the CLI's equivalent is node-font-css.ts.
 */
import { neededFontSubsets, parseFontSubsets, type FontSubset } from '../../core/export/font-subsets.ts';

export type FetchBytes = (url: string, signal?: AbortSignal) => Promise<Uint8Array>;

const fetchBytes: FetchBytes = async (url, signal) => {
  const r = await fetch(url, signal ? { signal } : {});
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  return new Uint8Array(await r.arrayBuffer());
};

function base64(bytes: Uint8Array): string {
  let s = '';
  // In chunks: String.fromCharCode with one argument per byte overflows the stack on a 100 KB font.
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export interface InlinedFontCss {
  readonly css: string;
  /** Rules whose font could not be fetched (offline and not cached): kept with their served URL. */
  readonly unreachable: number;
}

export interface InlineFontOptions {
  readonly fetchFont?: FetchBytes;
  readonly signal?: AbortSignal;
  /** Called as each font arrives (or fails): `done` of `total` fonts. */
  readonly onFont?: (done: number, total: number) => void;
}

/**
 * `css`: fontsource-style @font-face rules; `base`: the URL their relative
 * url()s are relative to; `text`: everything the document prints.
 */
export async function inlineFontCss(css: string, text: string, base: string, opts: InlineFontOptions = {}): Promise<InlinedFontCss> {
  const fetchFont = opts.fetchFont ?? fetchBytes;
  const faces: Array<{ rule: string; url: string; subset: FontSubset }> = [];
  for (const m of css.matchAll(/@font-face\s*{[^}]*}/g)) {
    const rule = m[0];
    const subset = parseFontSubsets(rule)[0];
    const url = /url\(\s*["']?([^)"']+\.woff2)["']?\s*\)/.exec(rule)?.[1];
    if (subset && url) faces.push({ rule, url, subset });
  }
  // One pass over the text for all the rules: per rule, a long edition took seconds each.
  const used = new Set(neededFontSubsets(faces.map((f) => f.subset), text));
  const needed = faces.filter((f) => used.has(f.subset));
  let unreachable = 0;
  let done = 0;
  opts.onFont?.(0, needed.length);
  const rules = needed.map(({ rule, url }) => fetchFont(new URL(url, base).href, opts.signal).then(
    (bytes) => rule.replace(/src:[^;}]+/, `src:url(data:font/woff2;base64,${base64(bytes)}) format('woff2')`),
    () => {
      unreachable++;
      return rule.replace(/url\(\s*["']?([^)"']+)["']?\s*\)/g, (_, u: string) => `url(${new URL(u, base).href})`);
    },
  ).finally(() => opts.onFont?.(++done, needed.length)));
  const out = await Promise.all(rules);
  return { css: out.join('\n'), unreachable };
}
