/**
 * XML text → a small element tree, through `saxes` (namespace-aware,
 * maintained, pure JavaScript: it runs in the browser, a worker and Node).
 * Shared by the TEI, XLIFF and TMX readers. It refuses what makes XML
 * dangerous or ambiguous: a DOCTYPE (and so every entity declaration:
 * billion laughs, external entities), entity references other than the five
 * predefined ones, and nesting deeper than the readers can safely walk.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { err, ok, pxError, type PxError, type Result } from '../result.ts';

export interface XmlElement {
  /** Local name: `p` for `<p>`, `<tei:p>` or `<p xmlns="…">` alike. */
  readonly name: string;
  /** Namespace URI, '' when none. */
  readonly ns: string;
  /**
   * Attributes by name: unprefixed ones by local name, the `xml:` ones as
   * `xml:id`, `xml:lang`, `xml:space`, others as written. Namespace
   * declarations are not attributes here.
   */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

export type XmlFormat = 'TEI' | 'XLIFF' | 'TMX';
export type XmlErrorCode = `IMPORT_${XmlFormat}_${'MALFORMED' | 'DOCTYPE' | 'ENTITY' | 'TOO_LARGE'}`;

/** Deep enough for any real edition; shallow enough that recursive walks cannot overflow the stack. */
const MAX_DEPTH = 256;
/** Characters of XML read at most (a 5,000-row work exports well under this). */
export const MAX_XML_CHARS = 64_000_000;

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

class Refusal extends Error {
  constructor(readonly pxError: PxError) {
    super(pxError.message);
  }
}

function xmlError(format: XmlFormat, kind: 'MALFORMED' | 'DOCTYPE' | 'ENTITY' | 'TOO_LARGE', message: string): PxError {
  const code: XmlErrorCode = `IMPORT_${format}_${kind}`;
  const hint = {
    MALFORMED: 'the file is cut short or is not XML: export it again, or check it with an XML validator',
    DOCTYPE: 'remove the DOCTYPE: the format needs none, and entities declared in it can be hostile',
    ENTITY: 'only &lt; &gt; &amp; &quot; &apos; and numeric references are read; declare no entities',
    TOO_LARGE: 'split the document, or export only the part you need',
  }[kind];
  return pxError(code, message, hint);
}

/** saxes says "undefined entity" or "malformed character entity" for references we refuse. */
function classify(format: XmlFormat, e: Error): PxError {
  const message = e.message.replace(/\s+/g, ' ').slice(0, 200);
  return xmlError(format, /entity|character reference/i.test(message) ? 'ENTITY' : 'MALFORMED', `The file is not well-formed XML: ${message}`);
}

interface Building {
  name: string;
  ns: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

function attributesOf(tag: SaxesTagNS): Record<string, string> {
  const attrs = Object.create(null) as Record<string, string>;
  for (const a of Object.values(tag.attributes)) {
    if (a.uri === XMLNS_NS || a.name === 'xmlns') continue;
    const key = a.uri === XML_NS ? `xml:${a.local}` : a.uri === '' ? a.local : a.name;
    attrs[key] = a.value;
  }
  return attrs;
}

export function readXmlTree(xml: string, format: XmlFormat): Result<XmlElement, PxError> {
  if (xml.length > MAX_XML_CHARS) return err(xmlError(format, 'TOO_LARGE', `The file has ${xml.length.toLocaleString('en')} characters, over the ${MAX_XML_CHARS.toLocaleString('en')} this reader takes`));
  // Tracking line and column halves saxes' speed: only a file that fails is read again, for the place to name.
  const fast = parse(xml, format, false);
  return fast.ok ? fast : parse(xml, format, true);
}

function parse(xml: string, format: XmlFormat, position: boolean): Result<XmlElement, PxError> {
  const parser = new SaxesParser({ xmlns: true, position });
  const stack: Building[] = [];
  let root: XmlElement | null = null;
  let failure: PxError | null = null;
  const refuse = (e: PxError): never => { throw new Refusal(e); };
  parser.on('doctype', () => refuse(xmlError(format, 'DOCTYPE', 'The file declares a DOCTYPE, which Parallax refuses to read')));
  parser.on('error', (e) => refuse(classify(format, e)));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_DEPTH) refuse(xmlError(format, 'MALFORMED', `Elements nested deeper than ${MAX_DEPTH}`));
    stack.push({ name: tag.local, ns: tag.uri, attrs: attributesOf(tag), children: [] });
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    if (!done) return;
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(done);
    else root = done;
  });
  const addText = (t: string) => {
    const top = stack[stack.length - 1];
    if (!top) return; // whitespace around the root: saxes refuses anything else there
    const last = top.children[top.children.length - 1];
    if (typeof last === 'string') top.children[top.children.length - 1] = last + t;
    else top.children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  try {
    parser.write(xml.charCodeAt(0) === 0xfeff ? xml.slice(1) : xml).close();
  } catch (e) {
    failure = e instanceof Refusal ? e.pxError : classify(format, e instanceof Error ? e : new Error(String(e)));
  }
  if (failure) return err(failure);
  if (!root) return err(xmlError(format, 'MALFORMED', 'The file has no root element'));
  return ok(root);
}

/** Child elements named `name` in the parent's namespace (elements of other vocabularies are not ours to read). */
export function childrenNamed(e: XmlElement, name: string, ns: string = e.ns): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of e.children) if (typeof c !== 'string' && c.name === name && c.ns === ns) out.push(c);
  return out;
}

export function firstChild(e: XmlElement, name: string, ns: string = e.ns): XmlElement | undefined {
  for (const c of e.children) if (typeof c !== 'string' && c.name === name && c.ns === ns) return c;
  return undefined;
}

/** All text inside, in document order. */
export function textOf(e: XmlElement): string {
  let s = '';
  for (const c of e.children) s += typeof c === 'string' ? c : textOf(c);
  return s;
}

/** Depth-first descendants named `name` in `ns` (default: e's). */
export function descendants(e: XmlElement, name: string, ns: string = e.ns, out: XmlElement[] = []): XmlElement[] {
  for (const c of e.children) {
    if (typeof c === 'string') continue;
    if (c.name === name && c.ns === ns) out.push(c);
    descendants(c, name, ns, out);
  }
  return out;
}

/** The `xml:space` in force on an element: its own, else its nearest ancestor's (given), else default. */
export function xmlSpaceOf(e: XmlElement, inherited: 'preserve' | 'default' = 'default'): 'preserve' | 'default' {
  const own = e.attrs['xml:space'];
  return own === 'preserve' || own === 'default' ? own : inherited;
}
