/**
 * Escaping for every XML and HTML text we write. Imported text is data: it
 * may carry `<script>`, `&`, `]]>`, NUL or bidi overrides, and none of it may
 * become markup, break well-formedness or reorder what a reader sees.
 */

/** Characters XML 1.0 cannot carry at all, not even as a character reference. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Bidi embedding, override and isolate controls (LRE…RLO, LRI…PDI) and the marks. */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** C1 controls and DEL are legal XML 1.0 but invisible; keep them visible as references. */
const DISCOURAGED = /[\u007F-\u009F]/g;

/** What stands in for a character XML 1.0 cannot hold: visible, never silent. */
export const REPLACEMENT = '\uFFFD';

const hex = (ch: string): string => (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');

/** Drops characters XML 1.0 forbids (NUL, most C0 controls, lone surrogates) for U+FFFD. */
export function replaceXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, REPLACEMENT);
}

/** Everything xmlText must touch, in one class; surrogate pairs are matched whole and kept. */
const XML_SPECIAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/g;

function xmlReplacement(ch: string): string {
  if (ch.length === 2) return ch;
  if (ch === '&') return '&amp;';
  if (ch === '<') return '&lt;';
  if (ch === '>') return '&gt;';
  const cp = ch.charCodeAt(0);
  if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp >= 0xfffe) return REPLACEMENT;
  return `&#x${hex(ch)};`;
}

/**
 * Text content for XML (TEI, TMX, XLIFF, XHTML in EPUB, DOCX parts). Bidi
 * controls and C1 controls are kept, but as character references so that the
 * file shows them and no editor renders them as live reordering.
 * `>` is always escaped, so `]]>` can never close anything. One pass: large
 * exports spend most of their time here.
 */
export function xmlText(text: string): string {
  return text.replace(XML_SPECIAL, xmlReplacement);
}

/** Attribute values in double or single quotes; tabs and newlines survive attribute normalisation. */
const ATTR_PLAIN = /^[^&<>"'\t\n\r\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]*$/;

export function xmlAttr(text: string): string {
  if (ATTR_PLAIN.test(text)) return text;
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;').replace(/\r/g, '&#xD;');
}

/**
 * For HTML and plain-text outputs (print, EPUB body text, DOCX runs,
 * Markdown): a character reference would still reorder the line, so bidi
 * controls are shown as their code point instead, e.g. `⟦U+202E⟧`.
 */
export function neutraliseControls(text: string): string {
  return replaceXmlInvalid(text)
    .replace(BIDI_CONTROLS, (ch) => `\u27E6U+${hex(ch)}\u27E7`)
    .replace(DISCOURAGED, (ch) => `\u27E6U+${hex(ch)}\u27E7`);
}

function htmlReplacement(ch: string): string {
  if (ch.length === 2) return ch;
  if (ch === '&') return '&amp;';
  if (ch === '<') return '&lt;';
  if (ch === '>') return '&gt;';
  if (ch === '"') return '&quot;';
  if (ch === "'") return '&#39;';
  const cp = ch.charCodeAt(0);
  if (cp < 0x20 || (cp >= 0xd800 && cp <= 0xdfff) || cp >= 0xfffe) return REPLACEMENT;
  return `\u27E6U+${hex(ch)}\u27E7`;
}

const HTML_TEXT_SPECIAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/g;
const HTML_ATTR_SPECIAL = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/g;

/** HTML text content: controls neutralised and markup escaped, in one pass. */
export function htmlText(text: string): string {
  return text.replace(HTML_TEXT_SPECIAL, htmlReplacement);
}

/** HTML attribute value (always written in double quotes). */
export function htmlAttr(text: string): string {
  return text.replace(HTML_ATTR_SPECIAL, htmlReplacement);
}
