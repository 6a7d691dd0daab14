/**
 * The edition model: everything a publishable documentary edition holds,
 * computed once from a work's approved texts and its alignment. Every
 * exporter (print HTML, TEI, DOCX, EPUB, Markdown) renders this model, so
 * footnote numbers, ids and notes are the same in print, web and ebook.
 */
import type { ParagraphKind } from '../model/work.ts';

export type BracketKind = 'sic' | 'gloss' | 'omission' | 'illegible' | 'not-declassified' | 'editorial';

/** A run of plain text. */
export interface TextInline {
  readonly kind: 'text';
  readonly text: string;
}

/**
 * A bracket found in the source (`Ba-ke-tu [sic]`, `Huoerguosi [Horgos]`,
 * `[...]`), kept exactly as found, with the footnote that identifies it.
 */
export interface BracketInline {
  readonly kind: 'bracket';
  readonly bracket: BracketKind;
  /** The bracket as it stands in the source, e.g. `[sic]`, `[Horgos]`. */
  readonly text: string;
  /** The word the [sic] or gloss follows, when there is one. It precedes this inline. */
  readonly target?: string;
  /** The gloss inside the brackets, without them. */
  readonly gloss?: string;
  readonly footnote: number;
}

/** Where an editorial note is anchored: after this inline. */
export interface NoteRefInline {
  readonly kind: 'note-ref';
  readonly footnote: number;
}

export type Inline = TextInline | BracketInline | NoteRefInline;

export interface EditionParagraph {
  /** The work's paragraph id, e.g. `en-p4`: stable, the key of the index. */
  readonly id: string;
  readonly witnessId: string;
  readonly lang: string;
  readonly kind: ParagraphKind;
  /** The approved text exactly as found. */
  readonly text: string;
  readonly inlines: readonly Inline[];
  readonly pageBreaks: readonly number[];
}

/** One side of an aligned row: the paragraphs of one witness. Empty = no counterpart. */
export interface EditionCell {
  readonly witnessId: string;
  readonly lang: string;
  readonly paragraphs: readonly EditionParagraph[];
}

/** A reading of another translation where it differs from the edition's. */
export interface VariantReading {
  readonly witnessId: string;
  readonly label: string;
  readonly lang: string;
  readonly paragraphIds: readonly string[];
  readonly text: string;
}

export interface EditionRow {
  /** 1-based position in the document. */
  readonly n: number;
  /** `d1-r3`: stable within the document. */
  readonly id: string;
  readonly original: EditionCell;
  readonly translation: EditionCell;
  /**
   * The other translations' paragraphs of this row, for TEI and the apparatus;
   * their brackets carry footnote 0 (they are not printed with notes).
   */
  readonly others: readonly EditionCell[];
  /** Other translations' readings, only where they differ (empty without an apparatus). */
  readonly variants: readonly VariantReading[];
  /** The aligner was unsure of this row; the editor should have confirmed it. */
  readonly flagged: boolean;
}

export type FootnoteKind = 'source' | 'bracket' | 'editorial';

export interface Footnote {
  /** Numbered from 1 within the document; 1 is always the source note. */
  readonly n: number;
  readonly kind: FootnoteKind;
  readonly text: string;
  /** The paragraph the note belongs to (none for the source note). */
  readonly paragraphId?: string;
  readonly bracket?: BracketKind;
}

export interface SourceNote {
  readonly archive: string | null;
  readonly archiveRef: string | null;
  readonly pages: string | null;
  readonly translator: string | null;
  readonly citation: string | null;
  readonly url: string | null;
  /** Witnesses written for this project: every output must say so. */
  readonly projectRenderings: ReadonlyArray<{ readonly witnessId: string; readonly label: string; readonly lang: string }>;
  /** The whole note in one paragraph, as it stands in footnote 1. */
  readonly text: string;
}

export interface Dateline {
  readonly place: string | null;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string | null;
  /** `30 April 1962`. */
  readonly display: string;
}

export interface NameListEntry {
  readonly id: string;
  readonly kind: 'place' | 'person' | 'organisation';
  readonly canonical: string;
  readonly original?: string;
  readonly pinyin?: string;
  readonly variants: readonly string[];
  readonly note?: string;
}

export interface SourceListEntry {
  readonly witnessId: string;
  readonly label: string;
  readonly lang: string;
  readonly role: 'original' | 'translation';
  readonly translator: string | null;
  readonly provenance: string | null;
  readonly preparedForProject: boolean;
}

export interface FrontMatter {
  readonly method: readonly string[];
  /** The work's own licence and provenance notes (Work.notes), printed with the sources. */
  readonly workNotes: string | null;
  readonly sources: readonly SourceListEntry[];
  readonly places: readonly NameListEntry[];
  readonly persons: readonly NameListEntry[];
  readonly organisations: readonly NameListEntry[];
}

/** An index entry keyed to documents and paragraphs, never to pages. */
export interface IndexEntry {
  readonly nameId: string;
  readonly heading: string;
  readonly kind: NameListEntry['kind'];
  readonly locations: ReadonlyArray<{ readonly documentId: string; readonly paragraphId: string }>;
}

/** One approval, as the caller's revision store records it. */
export interface Approval {
  readonly witnessId: string;
  readonly paragraphId: string;
  readonly revisionId: string;
  readonly author: string;
  /** ISO timestamp. */
  readonly at: string;
  readonly note?: string;
}

export interface RevisionStatement {
  /** One sentence per approver, oldest first; the whole statement when there are none. */
  readonly lines: readonly string[];
  readonly approvals: readonly Approval[];
}

export interface Edition {
  readonly format: 'parallax.edition';
  readonly version: 1;
  readonly workId: string;
  /** `d1`: the same in print, web and ebook. */
  readonly documentId: string;
  readonly documentNumber: number;
  readonly heading: string;
  readonly dateline: Dateline;
  readonly originalWitnessId: string;
  readonly translationWitnessId: string;
  readonly originalLang: string;
  readonly translationLang: string;
  readonly sourceNote: SourceNote;
  readonly rows: readonly EditionRow[];
  readonly footnotes: readonly Footnote[];
  readonly frontMatter: FrontMatter;
  readonly index: readonly IndexEntry[];
  readonly revisions: RevisionStatement;
  readonly hasApparatus: boolean;
}
