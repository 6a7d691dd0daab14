/**
 * What the compare grid shows, derived from the work and its alignment:
 * columns (witness, base or not, diffed or not) and the text of each cell
 * (current texts from storage override the imported ones). Pure.
 */
import type { Paragraph, Witness, Work } from '../core/model/work.ts';
import type { WorkAlignment } from '../core/alignment/types.ts';
import type { Draft } from './controllers/review-state.ts';
import type { NameEntryLike } from './px-row-annotations.ts';
import type { PendingRevision } from './px-row-template.ts';

/**
 * What the compare grid shows of an open work, as of one change: the work
 * session hands a new one to the view on every change, sharing the large
 * maps between versions.
 */
export interface CompareModel {
  readonly work: Work;
  /** Paragraph id → paragraph as imported. */
  readonly paragraphs: ReadonlyMap<string, Paragraph>;
  /** Paragraph id → current approved text; imported text where absent. Changed in place: `textsVersion` says when. */
  readonly current: ReadonlyMap<string, string>;
  readonly textsVersion: number;
  readonly grid: WorkAlignment;
  /** Translations still being aligned: their cells say so instead of "no counterpart". */
  readonly aligning: ReadonlySet<string>;
  readonly names: readonly NameEntryLike[];
  /** Paragraph id → revisions proposed and waiting for review. */
  readonly pending: ReadonlyMap<string, readonly PendingRevision[]>;
  /** Paragraph id → open drafts. */
  readonly drafts: ReadonlyMap<string, readonly Draft[]>;
  /** Grid rows whose alignment a person confirmed, by index. */
  readonly confirmed: readonly boolean[];
  /** Witness ids shown, in work order; null shows all. */
  readonly visible: readonly string[] | null;
  readonly baseId: string;
}

/** A model with nothing pending, drafted or confirmed, the imported texts current and every witness shown. */
export function compareModel(work: Work, grid: WorkAlignment, more: Partial<CompareModel> = {}): CompareModel {
  return {
    work, grid, paragraphs: paragraphsById(work), current: new Map(), textsVersion: 0, aligning: new Set(), names: [],
    pending: new Map(), drafts: new Map(), confirmed: [], visible: null, baseId: defaultBaseId(work), ...more,
  };
}

export interface CompareColumn {
  readonly witness: Witness;
  readonly isBase: boolean;
  /** Diffed against the base: a translation in the base's language other than the base itself. */
  readonly diffed: boolean;
}

export type AlignedRow = WorkAlignment['rows'][number];

/** `zh-Hans` and `zh-Hant` share `zh`: a diff across them still lines up word for word. */
export const primaryLanguage = (lang: string): string => lang.split('-')[0]?.toLowerCase() ?? lang;

/** The base defaults to the first translation: the original is in another language and cannot be diffed against. */
export function defaultBaseId(work: Work): string {
  return (work.witnesses.find((w) => w.role === 'translation') ?? work.witnesses[0])?.id ?? '';
}

export function compareColumns(work: Work, visible: readonly string[] | null, baseId: string): CompareColumn[] {
  const base = work.witnesses.find((w) => w.id === baseId);
  return work.witnesses
    .filter((w) => visible === null || visible.includes(w.id))
    .map((w) => ({
      witness: w,
      isBase: w.id === baseId,
      diffed: !!base && w.id !== baseId && w.role === 'translation' && primaryLanguage(w.lang) === primaryLanguage(base.lang),
    }));
}

/** Labels can be long sentences; controls and editors name a witness by the first clause. */
export function shortWitnessLabel(w: Witness): string {
  const cut = w.label.split(/ — | - |, /)[0] ?? w.label;
  return cut.length > 48 ? cut.slice(0, 47) + '…' : cut;
}

/** "Edit Archive translation (7Brands), row 3" (and which paragraph, when a cell holds several). */
export function editLabel(w: Witness, row: number, paragraph = 0, of = 1): string {
  return `Edit ${shortWitnessLabel(w)}, row ${row + 1}${of > 1 ? `, paragraph ${paragraph + 1} of ${of}` : ''}`;
}

export function paragraphsById(work: Work): Map<string, Paragraph> {
  const out = new Map<string, Paragraph>();
  for (const w of work.witnesses) for (const p of w.paragraphs) out.set(p.id, p);
  return out;
}

/** Paragraphs of one cell are shown as one text, a blank line between them (as in the source files). */
export const PARAGRAPH_JOINER = '\n\n';

export function cellText(
  row: AlignedRow,
  witnessId: string,
  paragraphs: ReadonlyMap<string, Paragraph>,
  current: ReadonlyMap<string, string> | null,
): string {
  const ids = row.cells[witnessId] ?? [];
  return ids.map((id) => current?.get(id) ?? paragraphs.get(id)?.text ?? '').join(PARAGRAPH_JOINER);
}

/** "0.42" for a screen reader and a tooltip; scores are 0..1. */
export const formatScore = (score: number): string => score.toFixed(2);

/** The work with current (approved) texts in place of the imported ones, for the checks. */
export function workWithTexts(work: Work, current: ReadonlyMap<string, string>): Work {
  if (current.size === 0) return work;
  return {
    ...work,
    witnesses: work.witnesses.map((w) => ({
      ...w,
      paragraphs: w.paragraphs.map((p) => {
        const text = current.get(p.id);
        return text === undefined || text === p.text ? p : { ...p, text };
      }),
    })),
  };
}
