/**
 * The document model every layer shares. A work is one archival document;
 * its witnesses are the original and any number of translations.
 */

export type WitnessRole = 'original' | 'translation';

/** `closing` is a signature or date block; `omission` stands for material left out (`[...]`). */
export type ParagraphKind = 'text' | 'heading' | 'omission' | 'closing';

export interface Paragraph {
  /** Stable across re-imports of the same file: `${witnessId}-p${ordinal}`. */
  readonly id: string;
  readonly kind: ParagraphKind;
  readonly text: string;
  /**
   * Offsets in `text` where a page break in the source split the paragraph and
   * the importer joined it back. Recorded so the join is never silent.
   */
  readonly pageBreaks?: readonly number[];
}

export interface Witness {
  /** Unique within the work, safe as an XML id prefix: `[A-Za-z][\w.-]*`. */
  readonly id: string;
  /** BCP 47 tag: `zh-Hans`, `en`, `ru`. */
  readonly lang: string;
  readonly role: WitnessRole;
  readonly label: string;
  readonly translator: string | null;
  /** Where the text comes from, in words a reader can check. */
  readonly provenance: string | null;
  /**
   * True when the text was written for this project (a demonstration
   * rendering), never the archive's own: the app and every export say so.
   */
  readonly preparedForProject: boolean;
  readonly paragraphs: readonly Paragraph[];
}

export interface WorkMeta {
  readonly title: string | null;
  /** ISO `YYYY-MM-DD`. */
  readonly date: string | null;
  /** Archive file reference, e.g. `PRC FMA 118-01764-05`. */
  readonly archiveRef: string | null;
  /** Pages in the archive file, e.g. `39-42`. */
  readonly pages: string | null;
  readonly translator: string | null;
  readonly url: string | null;
  readonly summary: string | null;
  readonly credits: string | null;
  readonly originalLanguage: string | null;
  /** The archive's citation exactly as it gives it. */
  readonly citation: string | null;
}

export const WORK_FORMAT = 'parallax.work';
export const WORK_VERSION = 1;

export interface Work {
  readonly format: typeof WORK_FORMAT;
  readonly version: typeof WORK_VERSION;
  /** Stable, URL- and XML-safe: the folder name for bundled works. */
  readonly id: string;
  readonly meta: WorkMeta;
  /** Exactly one has role `original`. */
  readonly witnesses: readonly Witness[];
  /** Licence and provenance notes for the work as a whole. */
  readonly notes?: string | null;
}

export function emptyMeta(): WorkMeta {
  return {
    title: null, date: null, archiveRef: null, pages: null, translator: null,
    url: null, summary: null, credits: null, originalLanguage: null, citation: null,
  };
}

export function paragraphId(witnessId: string, ordinal: number): string {
  return `${witnessId}-p${ordinal}`;
}

export function originalOf(work: Work): Witness | undefined {
  return work.witnesses.find((w) => w.role === 'original');
}

export function translationsOf(work: Work): Witness[] {
  return work.witnesses.filter((w) => w.role === 'translation');
}
