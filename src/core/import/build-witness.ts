/**
 * Draft paragraphs → a witness with stable paragraph ids. Ids are
 * `${witnessId}-p${ordinal}` over the final paragraphs, so importing the
 * same file again gives the same ids.
 */
import { paragraphId, type Paragraph, type Witness, type WitnessRole } from '../model/work.ts';
import type { DraftParagraph } from './repair-page-breaks.ts';

export interface WitnessFields {
  readonly witnessId: string;
  readonly lang: string;
  readonly role: WitnessRole;
  readonly label: string;
  readonly translator?: string | null;
  readonly provenance?: string | null;
  readonly preparedForProject?: boolean;
}

export function buildWitness(fields: WitnessFields, drafts: readonly DraftParagraph[]): Witness {
  const paragraphs: Paragraph[] = drafts.map((d, i) => ({
    id: paragraphId(fields.witnessId, i + 1),
    kind: d.kind,
    text: d.text,
    ...(d.pageBreaks && d.pageBreaks.length > 0 ? { pageBreaks: d.pageBreaks } : {}),
  }));
  return {
    id: fields.witnessId,
    lang: fields.lang,
    role: fields.role,
    label: fields.label,
    translator: fields.translator ?? null,
    provenance: fields.provenance ?? null,
    preparedForProject: fields.preparedForProject ?? false,
    paragraphs,
  };
}

/** Witness ids become XML id prefixes: a letter, then letters, digits, `_`, `.`, `-`. */
export const WITNESS_ID = /^[A-Za-z][\w.-]*$/;

/** A loose BCP 47 check: language, then subtags of letters and digits. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;
