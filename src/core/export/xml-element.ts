/**
 * A tiny writer for the XML we emit: `el('p', { 'xml:id': id }, xmlText(t))`.
 * Attribute values are always escaped here; children are already-escaped XML.
 */
import { xmlAttr } from './escape-xml.ts';

export type Attrs = Readonly<Record<string, string | number | null | undefined | false>>;

export function attrs(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    out += ` ${k}="${xmlAttr(String(v))}"`;
  }
  return out;
}

export function el(name: string, a: Attrs = {}, ...children: string[]): string {
  // `+=` builds a rope; join('') would flatten the whole subtree again at every level of nesting.
  let inner = '';
  for (const c of children) inner += c;
  return inner.length ? `<${name}${attrs(a)}>${inner}</${name}>` : `<${name}${attrs(a)}/>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
