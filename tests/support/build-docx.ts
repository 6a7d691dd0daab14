/**
 * Word files written with the `docx` package for the DOCX reader's tests
 * and benchmark: headings, footnotes and endnotes, a hard page break inside
 * a paragraph, a tracked insertion and deletion, a reviewer's comment.
 */
import {
  CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, EndnoteReferenceRun, FootnoteReferenceRun,
  HeadingLevel, InsertedTextRun, Packer, PageBreak, Paragraph, TextRun,
} from 'docx';

export interface DocxFixtureOptions {
  /** Body paragraphs after the fixed opening; each is a copy of a sample sentence with its number. */
  readonly extraParagraphs?: number;
  /** Or these texts, one paragraph each, a footnote on every tenth and a page break before every fourth. */
  readonly texts?: readonly string[];
}

export async function buildReviewedDocx(opts: DocxFixtureOptions = {}): Promise<Uint8Array> {
  const extra = Array.from({ length: opts.extraParagraphs ?? 0 }, (_, i) => new Paragraph({
    children: [new TextRun(`Paragraph ${i + 1}: the Soviet Government hopes that the Chinese Government will take action to stop the crossings, Huoerguosi [Horgos] included.`)],
    ...(i > 0 && i % 12 === 0 ? { pageBreakBefore: true } : {}),
  }));
  const many = (opts.texts ?? []).map((t, i) => new Paragraph({
    children: [new TextRun(t), ...(i % 10 === 9 ? [new FootnoteReferenceRun(2 + Math.floor(i / 10))] : [])],
    ...(i > 0 && i % 4 === 0 ? { pageBreakBefore: true } : {}),
  }));
  const manyNotes = Object.fromEntries((opts.texts ?? []).flatMap((_, i) => (i % 10 === 9 ? [[2 + Math.floor(i / 10), { children: [new Paragraph(`Note on paragraph ${i + 1}.`)] }]] : [])));
  const doc = new Document({
    creator: 'Reviewer R',
    footnotes: { ...manyNotes, 1: { children: [new Paragraph('Ministry of Foreign Affairs statement of 24 April 1962.')] } },
    endnotes: { 1: { children: [new Paragraph('Translator’s note: “Ba-ke-tu” kept as found.')] } },
    comments: { children: [{ id: 0, author: 'Reviewer R', date: new Date('2026-12-04T09:00:00Z'), children: [new Paragraph('Is “deeply” too strong here?')] }] },
    sections: [{
      children: [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('The Soviet Document')] }),
        new Paragraph({ children: [new TextRun('As the Embassy pointed out in its notice'), new FootnoteReferenceRun(1), new TextRun(', Moscow believes it necessary to inform Chinese comrades.')] }),
        new Paragraph({ children: [new TextRun('Moscow is '), new DeletedTextRun({ id: 1, author: 'Reviewer R', date: '2026-12-04T09:00:00Z', text: 'seriously' }), new InsertedTextRun({ id: 2, author: 'Reviewer R', date: '2026-12-04T09:00:00Z', text: 'deeply' }), new TextRun(' perplexed.')] }),
        new Paragraph({ children: [new CommentRangeStart(0), new TextRun('Ba-ke-tu [sic] and Yining [Gulja] stay as found [...].'), new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), new EndnoteReferenceRun(1)] }),
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Closing')] }),
        new Paragraph({ children: [new TextRun('The first half of a paragraph'), new PageBreak(), new TextRun(' and its second half, on the next page.')] }),
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ children: [new TextRun('After a page of its own.')] }),
        ...extra,
        ...many,
      ],
    }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
