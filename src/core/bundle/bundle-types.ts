/**
 * The `parallax.bundle` file: a whole workspace, or one work, with its full
 * history. Storage writes it and reads it back; the CLI reads it too, so it
 * lives in the pure core. Records are the same shapes storage keeps.
 */
import type { ParagraphKind, WitnessRole, WorkMeta } from '../model/work.ts';
import type { Revision, RevisionComment, Timestamp, TransitionEvent } from '../workflow/revision.ts';

export const BUNDLE_FORMAT = 'parallax.bundle';
/** Version 2 added `paragraphId` to transition events (see migrations.ts). */
export const BUNDLE_VERSION = 2;

export interface BundleParagraph {
  readonly id: string;
  readonly kind: ParagraphKind;
  readonly pageBreaks?: readonly number[];
  /** The revision holding the current (approved) text. */
  readonly revisionId: string;
}

export interface BundleWitness {
  readonly id: string;
  readonly lang: string;
  readonly role: WitnessRole;
  readonly label: string;
  readonly translator: string | null;
  readonly provenance: string | null;
  readonly preparedForProject: boolean;
  readonly paragraphs: readonly BundleParagraph[];
}

export interface BundleWork {
  readonly id: string;
  readonly meta: WorkMeta;
  readonly notes: string | null;
  readonly author: string;
  readonly createdAt: Timestamp;
  /** Set when the work was removed (restorable); kept so a backup restores the bin too. */
  readonly deletedAt: Timestamp | null;
  readonly witnesses: readonly BundleWitness[];
}

/** Same shape as the alignment area's `AlignmentRow`, kept structurally so core stays decoupled. */
export interface StoredAlignmentRow {
  readonly source: readonly number[];
  readonly target: readonly number[];
  readonly score: number;
  readonly status: 'auto' | 'confirmed';
}

/** One manual change to an alignment, kept so confirmed rows say who confirmed them. */
export interface AlignmentEdit {
  readonly id: string;
  readonly at: Timestamp;
  readonly author: string;
  /** What was done, e.g. `confirm`, `merge`, `split`, `move`. */
  readonly action: string;
  /** Row indices the edit touched. */
  readonly rows: readonly number[];
  readonly note?: string | null;
}

export interface BundleAlignment {
  readonly workId: string;
  /** The translation witness aligned to the work's original. */
  readonly witnessId: string;
  readonly rows: readonly StoredAlignmentRow[];
  readonly editHistory: readonly AlignmentEdit[];
  readonly author: string;
  readonly updatedAt: Timestamp;
}

/** A name authority entry (the compare area's `NameEntry`) with its scope. */
export interface BundleName {
  /** The work it belongs to, or '' for the workspace-wide list. */
  readonly workId: string;
  readonly id: string;
  readonly kind: 'place' | 'person' | 'organisation';
  readonly canonical: string;
  readonly original?: string;
  readonly pinyin?: string;
  readonly variants: readonly string[];
  readonly note?: string;
  readonly author: string;
  readonly updatedAt: Timestamp;
}

export interface Bundle {
  readonly format: typeof BUNDLE_FORMAT;
  readonly version: typeof BUNDLE_VERSION;
  /** `workspace`: everything, including workspace-wide names; `work`: the listed works only. */
  readonly scope: 'workspace' | 'work';
  readonly works: readonly BundleWork[];
  readonly revisions: readonly Revision[];
  readonly events: readonly TransitionEvent[];
  readonly comments: readonly RevisionComment[];
  readonly alignments: readonly BundleAlignment[];
  readonly names: readonly BundleName[];
}
