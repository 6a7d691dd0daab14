/**
 * DOCX for copy-editing in a word processor, through the `docx` package:
 * real footnotes (the source note and every bracket note), "Page X of Y" in
 * the footer, the East Asian font set on every run, and a two-column table
 * for the synoptic layout. Text goes through neutraliseControls so nothing
 * in it can break the XML or reorder lines. For reviewers in Word, pending
 * proposals are written as tracked changes on the approved text (its word
 * diff as deletions and insertions, with author and date) and comments as
 * Word comments on their paragraph; a reviewer's returned file goes back in
 * through "Import a revised version".
 */
import {
  AlignmentType, CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Footer, FootnoteReferenceRun,
  HeadingLevel, InsertedTextRun, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, BorderStyle,
  type ICommentOptions, type ParagraphChild,
} from 'docx';
import { wordDiff } from '../diff/word-diff.ts';
import type { Edition, EditionParagraph } from '../edition/edition.ts';
import { neutraliseControls } from './escape-xml.ts';
import { CJK_FONT_FAMILY, LATIN_FONT_FAMILY, type PrintLayout } from './print-css.ts';

export interface DocxOptions {
  readonly layout: PrintLayout;
  /** Proposals awaiting review, written as tracked changes on their paragraph (the newest per paragraph). */
  readonly proposals?: readonly DocxProposal[];
  /** Review comments, written as Word comments on their paragraph. */
  readonly comments?: readonly DocxComment[];
}

export interface DocxProposal {
  readonly paragraphId: string;
  readonly text: string;
  readonly author: string;
  /** ISO timestamp. */
  readonly at: string;
}

export interface DocxComment {
  readonly paragraphId: string;
  readonly author: string;
  readonly at: string;
  readonly text: string;
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

/** The approved text with a proposal's word diff over it: Word shows it as the reviewer's tracked change. */
function trackedRuns(p: EditionParagraph, proposal: DocxProposal, nextId: () => number): ParagraphChild[] {
  const lang = language(p.lang);
  const change = { author: clean(proposal.author), date: proposal.at };
  const runs: ParagraphChild[] = wordDiff(p.text, proposal.text, p.lang).map((op) => {
    const run = { text: clean(op.text), font: FONTS, language: lang };
    if (op.op === 'equal') return new TextRun(run);
    return op.op === 'insert' ? new InsertedTextRun({ ...run, ...change, id: nextId() }) : new DeletedTextRun({ ...run, ...change, id: nextId() });
  });
  // The paragraph's footnotes still belong to it; with its text rewritten they stand at its end.
  for (const i of p.inlines) if ((i.kind === 'note-ref' || i.kind === 'bracket') && i.footnote > 0) runs.push(new FootnoteReferenceRun(i.footnote));
  return runs;
}

interface ReviewMarks {
  readonly proposals: ReadonlyMap<string, DocxProposal>;
  readonly comments: ReadonlyMap<string, ReadonlyArray<{ readonly id: number }>>;
  readonly nextId: () => number;
}

function paragraphFor(p: EditionParagraph, review: ReviewMarks): Paragraph {
  const proposal = review.proposals.get(p.id);
  const runs: ParagraphChild[] = proposal ? trackedRuns(p, proposal, review.nextId) : paragraphRuns(p);
  const comments = review.comments.get(p.id) ?? [];
  const children: ParagraphChild[] = [
    ...comments.map((c) => new CommentRangeStart(c.id)),
    ...runs,
    ...comments.flatMap((c) => [new CommentRangeEnd(c.id), new TextRun({ children: [new CommentReference(c.id)] })]),
  ];
  return new Paragraph({ children, spacing: { after: 120 } });
}

function reviewMarks(opts: DocxOptions): { marks: ReviewMarks; comments: ICommentOptions[] } {
  const proposals = new Map<string, DocxProposal>();
  for (const p of opts.proposals ?? []) {
    const seen = proposals.get(p.paragraphId);
    if (!seen || p.at >= seen.at) proposals.set(p.paragraphId, p);
  }
  const byParagraph = new Map<string, Array<{ id: number }>>();
  const comments: ICommentOptions[] = (opts.comments ?? []).map((c, id) => {
    byParagraph.set(c.paragraphId, [...(byParagraph.get(c.paragraphId) ?? []), { id }]);
    return { id, author: clean(c.author), date: new Date(c.at), children: [new Paragraph({ children: [new TextRun({ text: clean(c.text), font: FONTS })] })] };
  });
  // Revision ids must not collide with comment ids in the same part.
  let next = comments.length;
  return { marks: { proposals, comments: byParagraph, nextId: () => next++ }, comments };
}
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

export async function toDocx(e: Edition, opts: DocxOptions): Promise<Uint8Array> {
  const { marks, comments } = reviewMarks(opts);
  const para = (p: EditionParagraph) => paragraphFor(p, marks);
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
    ...(comments.length ? { comments: { children: comments } } : {}),
    ...(marks.proposals.size ? { features: { trackRevisions: true } } : {}),
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
