/**
 * EPUB 3 for ebooks, written directly (package document, navigation, three
 * XHTML content documents, stored ZIP) rather than through epub-gen-memory:
 * that package re-parses and rewrites chapter HTML and needs fetch/Node
 * shims, and the edition needs exact control of `epub:type` footnotes and
 * ids. Footnotes are linked both ways (noteref ↔ footnote), and the index
 * points at paragraph ids, the same as print and TEI.
 */
import type { Edition, EditionParagraph, Footnote } from '../edition/edition.ts';
import { htmlAttr, htmlText } from './escape-xml.ts';
import { CJK_FONT_STACK, LATIN_FONT_STACK } from './print-css.ts';
import { storeZip } from './store-zip.ts';

export interface EpubOptions {
  readonly now?: Date;
}

const XHTML_HEAD = (title: string, lang: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${htmlAttr(lang)}" xml:lang="${htmlAttr(lang)}">
<head><meta charset="utf-8"/><title>${htmlText(title)}</title><link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
`;

/** The same font order as print: Noto Serif for Latin text (the CJK font's Latin punctuation is full width), Noto Serif SC first for Chinese. */
const CSS = `body { font-family: ${LATIN_FONT_STACK}; line-height: 1.5; }
:lang(zh) { font-family: ${CJK_FONT_STACK}; line-break: strict; }
:lang(en) { font-family: ${LATIN_FONT_STACK}; hyphens: auto; -epub-hyphens: auto; }
p { orphans: 2; widows: 2; }
h1, h2 { page-break-after: avoid; break-after: avoid; }
.original { color: #333; }
.row { margin-bottom: 1em; }
aside.footnotes { font-size: 0.85em; border-top: 1px solid #999; margin-top: 2em; }
a.noteref { vertical-align: super; font-size: 0.7em; text-decoration: none; }
`;

function noteref(n: number): string {
  return n > 0 ? `<a epub:type="noteref" role="doc-noteref" class="noteref" id="fnref${n}" href="#fn${n}">${n}</a>` : '';
}

function paragraphXhtml(p: EditionParagraph, cls: string): string {
  const body = p.inlines.map((i) => (i.kind === 'note-ref' ? noteref(i.footnote) : i.kind === 'bracket' ? htmlText(i.text) + noteref(i.footnote) : htmlText(i.text))).join('');
  return `<p id="${htmlAttr(p.id)}" class="${cls}" lang="${htmlAttr(p.lang)}" xml:lang="${htmlAttr(p.lang)}">${body}</p>`;
}

function footnoteXhtml(f: Footnote): string {
  return `<aside epub:type="footnote" role="doc-footnote" id="fn${f.n}"><p><a href="#fnref${f.n}">${f.n}.</a> ${htmlText(f.text)}</p></aside>`;
}

function documentXhtml(e: Edition): string {
  const rows = e.rows.filter((r) => r.original.paragraphs.length + r.translation.paragraphs.length > 0).map((r) =>
    `<div class="row" id="${htmlAttr(r.id)}">${r.original.paragraphs.map((p) => paragraphXhtml(p, 'original')).join('')}${r.translation.paragraphs.map((p) => paragraphXhtml(p, 'translation')).join('')}</div>`).join('\n');
  return XHTML_HEAD(e.heading, e.translationLang) +
    `<section epub:type="chapter" id="${htmlAttr(e.documentId)}"><h1>${e.documentNumber}. ${htmlText(e.heading)}${noteref(1)}</h1>
<p class="dateline"><em>${htmlText(e.dateline.display)}</em></p>
${rows}
</section>
<section class="footnotes" epub:type="footnotes">${e.footnotes.map(footnoteXhtml).join('\n')}</section>
</body></html>
`;
}

function frontXhtml(e: Edition): string {
  const fm = e.frontMatter;
  const names = [...fm.places, ...fm.persons, ...fm.organisations];
  return XHTML_HEAD('Front matter', 'en') + `<section epub:type="frontmatter" id="front"><h1>${htmlText(e.heading)}</h1>
<h2>Editorial method</h2>${fm.method.map((m) => `<p>${htmlText(m)}</p>`).join('')}
<h2>Sources</h2><ul>${fm.sources.map((s) => `<li>${htmlText(s.label)} (${htmlText(s.lang)})${s.translator ? `, translated by ${htmlText(s.translator)}` : ''}${s.preparedForProject ? '. Written for this project for demonstration and testing; not the archive’s.' : ''}</li>`).join('')}</ul>${fm.workNotes ? `<p>${htmlText(fm.workNotes)}</p>` : ''}
${names.length ? `<h2>Places and persons</h2><ul>${names.map((n) => `<li>${htmlText(n.canonical)}${n.variants.length || n.original ? ` (${[n.original, ...n.variants].filter((x): x is string => !!x).map(htmlText).join('; ')})` : ''}</li>`).join('')}</ul>` : ''}
</section></body></html>
`;
}

function backXhtml(e: Edition, docFile: string): string {
  const index = e.index.length
    ? `<h2>Index</h2><ul>${e.index.map((x) => `<li>${htmlText(x.heading)}: ${x.locations.map((l) => `<a href="${docFile}#${htmlAttr(l.paragraphId)}">${htmlText(l.documentId)} ${htmlText(l.paragraphId)}</a>`).join(', ')}</li>`).join('')}</ul>`
    : '';
  return XHTML_HEAD('Index and revisions', 'en') + `<section epub:type="backmatter" id="back">${index}<h2>Revisions</h2>${e.revisions.lines.map((l) => `<p>${htmlText(l)}</p>`).join('')}</section></body></html>
`;
}

function opf(e: Edition, modified: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="pub-id">urn:parallax:${htmlText(e.workId)}:${htmlText(e.documentId)}</dc:identifier>
<dc:title>${htmlText(e.heading)}</dc:title>
<dc:language>${htmlText(e.translationLang)}</dc:language>
<dc:language>${htmlText(e.originalLang)}</dc:language>
<dc:publisher>Parallax</dc:publisher>
<dc:source>${htmlText(e.sourceNote.text)}</dc:source>
<meta property="dcterms:modified">${modified}</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="front" href="front.xhtml" media-type="application/xhtml+xml"/>
<item id="doc" href="document.xhtml" media-type="application/xhtml+xml"/>
<item id="back" href="back.xhtml" media-type="application/xhtml+xml"/>
<item id="css" href="style.css" media-type="text/css"/>
</manifest>
<spine><itemref idref="front"/><itemref idref="doc"/><itemref idref="back"/></spine>
</package>
`;
}

function nav(e: Edition): string {
  return XHTML_HEAD('Contents', 'en') + `<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>
<li><a href="front.xhtml">Front matter</a></li>
<li><a href="document.xhtml">${e.documentNumber}. ${htmlText(e.heading)}</a></li>
<li><a href="back.xhtml">Index and revisions</a></li>
</ol></nav></body></html>
`;
}

export function toEpub(e: Edition, opts: EpubOptions = {}): Uint8Array {
  const now = opts.now ?? new Date();
  const modified = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return storeZip([
    { path: 'mimetype', data: 'application/epub+zip' },
    { path: 'META-INF/container.xml', data: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
` },
    { path: 'OEBPS/content.opf', data: opf(e, modified) },
    { path: 'OEBPS/nav.xhtml', data: nav(e) },
    { path: 'OEBPS/front.xhtml', data: frontXhtml(e) },
    { path: 'OEBPS/document.xhtml', data: documentXhtml(e) },
    { path: 'OEBPS/back.xhtml', data: backXhtml(e, 'document.xhtml') },
    { path: 'OEBPS/style.css', data: CSS },
  ], now);
}
