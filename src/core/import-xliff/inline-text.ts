/**
 * The text of a `<source>`, `<target>` or `<seg>` with its inline codes
 * read as CAT tools mean them: paired codes and annotations keep their text
 * (`<g>`, `<pc>`, `<mrk>`, TMX `<hi>`), placeholders and native code are not
 * text (`<ph>`, `<x/>`, `<bpt>`, `<ept>`, `<it>`, `<sc/>`, `<ec/>`, `<ut>`),
 * and XLIFF 2.0's `<cp hex>` is the character it stands for.
 */
import type { XmlElement } from '../import-xml/read-xml-tree.ts';

const KEEP_TEXT = new Set(['g', 'pc', 'mrk', 'hi', 'seg']);

export function inlineText(e: XmlElement): string {
  let s = '';
  for (const c of e.children) {
    if (typeof c === 'string') s += c;
    else if (c.name === 'cp') s += codePoint(c.attrs.hex);
    else if (KEEP_TEXT.has(c.name)) s += inlineText(c);
  }
  return s;
}

function codePoint(hex: string | undefined): string {
  const cp = hex && /^[0-9A-Fa-f]{1,6}$/.test(hex) ? parseInt(hex, 16) : NaN;
  return Number.isFinite(cp) && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
}

/** Outside `xml:space="preserve"` a tool may reflow: runs of whitespace are one space, ends trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}
