/**
 * DOCX for copy-editing in a word processor, through the `docx` package:
 * real footnotes (the source note and every bracket note), "Page X of Y" in
 * the footer, the East Asian font set on every run, and a two-column table
 * for the synoptic layout. Text goes through neutraliseControls so nothing
 * in it can break the XML or reorder lines.
 */
import {
  AlignmentType, Document, Footer, FootnoteReferenceRun, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType, BorderStyle,
} from 'docx';
import type { Edition, EditionParagraph } from '../edition/edition.ts';
import { neutraliseControls } from './escape-xml.ts';
import { CJK_FONT_FAMILY, LATIN_FONT_FAMILY, type PrintLayout } from './print-css.ts';

export interface DocxOptions {
  readonly layout: PrintLayout;
}

/** Latin runs in Noto Serif, East Asian runs in Noto Serif SC: the same fonts as print. */
const FONTS = { ascii: LATIN_FONT_FAMILY, hAnsi: LATIN_FONT_FAMILY, eastAsia: CJK_FONT_FAMILY, cs: LATIN_FONT_FAMILY };
const clean = (s: string) => neutraliseControls(s);

function language(lang: string): { value: string; eastAsia: string } {
  return { value: lang.startsWith('zh') ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' };
}

function paragraphRuns(p: EditionParagraph): Array<TextRun | FootnoteReferenceRun> {
  const lang = language(p.lang);
  return p.inlines.flatMap((i) => {
    if (i.kind === 'note-ref') return i.footnote > 0 ? [new FootnoteReferenceRun(i.footnote)] : [];
    const run = new TextRun({ text: clean(i.text), font: FONTS, language: lang });
    return i.kind === 'bracket' && i.footnote > 0 ? [run, new FootnoteReferenceRun(i.footnote)] : [run];
  });
}

const para = (p: EditionParagraph) => new Paragraph({ children: paragraphRuns(p), spacing: { after: 120 } });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export async function toDocx(e: Edition, opts: DocxOptions): Promise<Uint8Array> {
  const rows = e.rows.filter((r) => r.original.paragraphs.length + r.translation.paragraphs.length > 0);
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: `${e.documentNumber}. ${clean(e.heading)}`, font: FONTS }), new FootnoteReferenceRun(1)] }),
    new Paragraph({ children: [new TextRun({ text: clean(e.dateline.display), italics: true, font: FONTS })], spacing: { after: 240 } }),
  ];
  if (opts.layout === 'translation') {
    for (const r of rows) body.push(...r.translation.paragraphs.map(para));
  } else {
    const cell = (ps: readonly EditionParagraph[]) => new TableCell({
      children: ps.length ? ps.map(para) : [new Paragraph('')],
      width: { size: 50, type: WidthType.PERCENTAGE },
      borders: { top: none, bottom: none, left: none, right: none },
    });
    body.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: rows.map((r) => new TableRow({ cantSplit: false, children: [cell(r.original.paragraphs), cell(r.translation.paragraphs)] })),
    }));
  }
  body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: 'Revisions', font: FONTS })] }));
  body.push(...e.revisions.lines.map((l) => new Paragraph({ children: [new TextRun({ text: clean(l), font: FONTS })] })));

  const footnotes: Record<number, { children: Paragraph[] }> = {};
  for (const f of e.footnotes) footnotes[f.n] = { children: [new Paragraph({ children: [new TextRun({ text: clean(f.text), font: FONTS })] })] };

  const doc = new Document({
    creator: 'Parallax',
    title: clean(e.heading),
    styles: { default: { document: { run: { font: FONTS, size: 21 } } } },
    footnotes,
    sections: [{
      properties: {},
      footers: {
        default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], font: FONTS })] })] }),
      },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
