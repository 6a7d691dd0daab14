/**
 * A small, safe XML reader for the TEI subset Parallax writes (no DOMParser in
 * the pure core). It refuses what makes XML dangerous or ambiguous: DOCTYPE
 * and entity declarations (billion laughs, external entities), entity
 * references other than the five predefined ones, unbalanced tags, deep
 * nesting. Namespace prefixes are kept in names (`xml:id`); no namespace
 * resolution beyond that is needed for our own files.
 */
import { err, ok, pxError, type Result } from '../result.ts';

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

const MAX_DEPTH = 256;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function fail(message: string, hint = 'export the file again from Parallax, or check it with an XML validator'): Result<never> {
  return err(pxError('IMPORT_TEI_MALFORMED', message, hint));
}

function decodeEntities(raw: string, at: number): Result<string> {
  if (!raw.includes('&')) return ok(raw);
  let bad: string | null = null;
  const out = raw.replace(/&([^;&\s]{0,32});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) { bad = whole; return ''; }
    if (ref.startsWith('#x') || ref.startsWith('#X')) return codePoint(parseInt(ref.slice(2), 16), () => (bad = whole));
    if (ref.startsWith('#')) return codePoint(parseInt(ref.slice(1), 10), () => (bad = whole));
    const v = PREDEFINED[ref];
    if (v === undefined) bad = whole;
    return v ?? '';
  });
  if (bad !== null) {
    return err(pxError('IMPORT_TEI_ENTITY', `Entity reference "${String(bad).slice(0, 40)}" near offset ${at} is not allowed`, 'only &lt; &gt; &amp; &quot; &apos; and numeric references are read; declare no entities'));
  }
  return ok(out);
}

function codePoint(cp: number, onBad: () => void): string {
  const allowed = cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
  if (!Number.isFinite(cp) || !allowed) { onBad(); return ''; }
  return String.fromCodePoint(cp);
}

export function readXml(xml: string): Result<XmlElement> {
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml)) {
    return err(pxError('IMPORT_TEI_DOCTYPE', 'The file declares a DOCTYPE or entities, which Parallax refuses to read', 'remove the DOCTYPE: TEI needs none, and entities in it can be hostile'));
  }
  const stack: Array<{ name: string; attrs: Record<string, string>; children: Array<XmlElement | string> }> = [];
  let root: XmlElement | null = null;
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      const raw = xml.slice(i, textEnd);
      const top = stack[stack.length - 1];
      if (top) {
        const t = decodeEntities(raw, i);
        if (!t.ok) return t;
        top.children.push(t.value);
      } else if (raw.trim()) return fail(`Text outside the root element near offset ${i}`);
      i = textEnd;
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const end = xml.indexOf('-->', i + 4);
      if (end === -1) return fail('Unclosed comment');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', i)) {
      const end = xml.indexOf(']]>', i + 9);
      const top = stack[stack.length - 1];
      if (end === -1 || !top) return fail('Misplaced or unclosed CDATA section');
      top.children.push(xml.slice(i + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', i)) {
      const end = xml.indexOf('?>', i + 2);
      if (end === -1) return fail('Unclosed processing instruction');
      i = end + 2;
    } else if (xml.startsWith('<!', i)) {
      return fail(`Markup declaration near offset ${i} is not allowed`);
    } else if (xml.startsWith('</', i)) {
      const m = NAME.exec(xml.slice(i + 2, i + 2 + 200));
      const close = xml.indexOf('>', i);
      const top = stack.pop();
      if (!m || close === -1 || !top || top.name !== m[0]) return fail(`Unexpected closing tag near offset ${i}`);
      i = close + 1;
      const done: XmlElement = top;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(done);
      else root = done;
    } else {
      const tag = readStartTag(xml, i);
      if (!tag.ok) return tag;
      if (root) return fail('More than one root element');
      const { name, attrs, selfClosing, end } = tag.value;
      i = end;
      const node = { name, attrs, children: [] as Array<XmlElement | string> };
      if (selfClosing) {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(node);
        else root = node;
      } else {
        if (stack.length >= MAX_DEPTH) return fail(`Elements nested deeper than ${MAX_DEPTH}`);
        stack.push(node);
      }
    }
  }
  if (stack.length) return fail(`Element <${stack[stack.length - 1]?.name}> is never closed`);
  if (!root) return fail('The file has no root element');
  return ok(root);
}

function readStartTag(xml: string, at: number): Result<{ name: string; attrs: Record<string, string>; selfClosing: boolean; end: number }> {
  let i = at + 1;
  const m = NAME.exec(xml.slice(i, i + 200));
  if (!m) return fail(`Malformed tag near offset ${at}`);
  const name = m[0];
  i += name.length;
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (;;) {
    while (/\s/.test(xml.charAt(i))) i++;
    const c = xml.charAt(i);
    if (c === '>') return ok({ name, attrs, selfClosing: false, end: i + 1 });
    if (c === '/' && xml.charAt(i + 1) === '>') return ok({ name, attrs, selfClosing: true, end: i + 2 });
    const a = NAME.exec(xml.slice(i, i + 200));
    if (!a) return fail(`Malformed attribute in <${name}> near offset ${i}`);
    i += a[0].length;
    while (/\s/.test(xml.charAt(i))) i++;
    if (xml.charAt(i) !== '=') return fail(`Attribute ${a[0]} without a value near offset ${i}`);
    i++;
    while (/\s/.test(xml.charAt(i))) i++;
    const q = xml.charAt(i);
    if (q !== '"' && q !== "'") return fail(`Unquoted attribute ${a[0]} near offset ${i}`);
    const close = xml.indexOf(q, i + 1);
    if (close === -1) return fail(`Unclosed attribute ${a[0]}`);
    const raw = xml.slice(i + 1, close);
    if (raw.includes('<')) return fail(`"<" in attribute ${a[0]} near offset ${i}`);
    const v = decodeEntities(raw.replace(/[\t\n\r]/g, ' '), i);
    if (!v.ok) return v;
    if (a[0] in attrs) return fail(`Attribute ${a[0]} repeated in <${name}>`);
    attrs[a[0]] = v.value;
    i = close + 1;
  }
}

/** Child elements named `name`. */
export function childrenNamed(e: XmlElement, name: string): XmlElement[] {
  return e.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

export function firstChild(e: XmlElement, name: string): XmlElement | undefined {
  return childrenNamed(e, name)[0];
}

/** All text inside, in document order. */
export function textOf(e: XmlElement): string {
  return e.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** Depth-first search for descendants named `name`. */
export function descendants(e: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of e.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}
