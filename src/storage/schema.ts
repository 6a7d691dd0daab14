/**
 * The IndexedDB schema, typed once. Records mirror the bundle's records so a
 * backup is a plain dump; ids of revisions, events and comments are ULIDs,
 * so sorting by key sorts by time and replicas merge by id.
 */
import type { DBSchema, IDBPDatabase } from 'idb';
import type { ParagraphKind, WitnessRole, WorkMeta } from '../core/model/work.ts';
import type { BundleAlignment, BundleName } from '../core/bundle/bundle-types.ts';
import type { SentencePairs } from '../core/alignment/sentence-pairs.ts';
import type { Revision, RevisionComment, Timestamp, TransitionEvent } from '../core/workflow/revision.ts';

export const DB_VERSION = 3;
export const DEFAULT_DB_NAME = 'parallax';

export interface WorkRecord {
  readonly id: string;
  readonly meta: WorkMeta;
  readonly notes: string | null;
  /** Witness ids in display order. */
  readonly witnessIds: readonly string[];
  readonly author: string;
  readonly createdAt: Timestamp;
  /** Soft delete (since schema 2): removed works stay restorable until purged. */
  readonly deletedAt: Timestamp | null;
}

export interface WitnessRecord {
  readonly workId: string;
  readonly id: string;
  readonly ordinal: number;
  readonly lang: string;
  readonly role: WitnessRole;
  readonly label: string;
  readonly translator: string | null;
  readonly provenance: string | null;
  readonly preparedForProject: boolean;
}

/** A paragraph with its current (approved) text: a cache of the revision fold, updated on approval. Stored inside a ParagraphChunk. */
export interface ParagraphRecord {
  readonly workId: string;
  readonly witnessId: string;
  readonly id: string;
  readonly ordinal: number;
  readonly kind: ParagraphKind;
  readonly pageBreaks?: readonly number[];
  readonly text: string;
  readonly revisionId: string;
  readonly updatedAt: Timestamp;
}

/** CHUNK_SIZE consecutive paragraphs of one witness (since schema 3; see paragraph-chunks.ts). */
export interface ParagraphChunk {
  readonly workId: string;
  readonly witnessId: string;
  /** floor(ordinal / CHUNK_SIZE). */
  readonly chunk: number;
  /** `[workId, paragraphId]` of each paragraph, for the multi-entry index that finds a paragraph's chunk. */
  readonly paragraphKeys: ReadonlyArray<readonly [string, string]>;
  readonly paragraphs: readonly ParagraphRecord[];
}

/** Sentence pairs of one paragraph row (see core/alignment/sentence-pairs.ts), with who last shaped them. */
export interface StoredSentencePairs extends SentencePairs {
  readonly author: string;
  readonly updatedAt: Timestamp;
}

/**
 * A translation's alignment with the original; since the sentence pairs
 * arrived, also the sentence pairs of the rows someone opened, keyed by
 * sentencePairsKey(). An optional field: records written before it have none.
 */
export type AlignmentRecord = BundleAlignment & { readonly sentencePairs?: Readonly<Record<string, StoredSentencePairs>> };
export type NameRecord = BundleName;

export interface SettingRecord {
  readonly key: string;
  readonly value: string | number | boolean | null;
  readonly updatedAt: Timestamp;
}

export interface ParallaxSchema extends DBSchema {
  works: { key: string; value: WorkRecord };
  witnesses: { key: [string, string]; value: WitnessRecord; indexes: { byWork: string } };
  paragraphChunks: { key: [string, string, number]; value: ParagraphChunk; indexes: { byParagraph: [string, string] } };
  revisions: {
    key: string;
    value: Revision;
    indexes: { byParagraph: [string, string, string]; byWork: [string, string]; editsByWork: [string, string, string] };
  };
  events: {
    key: string;
    value: TransitionEvent;
    indexes: { byRevision: string; byWork: [string, string]; byParagraph: [string, string, string] };
  };
  comments: { key: string; value: RevisionComment; indexes: { byRevision: string; byWork: [string, string] } };
  alignments: { key: [string, string]; value: AlignmentRecord; indexes: { byWork: string } };
  names: { key: [string, string]; value: NameRecord; indexes: { byWork: string } };
  settings: { key: string; value: SettingRecord };
}

export type ParallaxDb = IDBPDatabase<ParallaxSchema>;

/** Every store, for transactions that span them all (import, remove, wipe). */
export const ALL_STORES = ['works', 'witnesses', 'paragraphChunks', 'revisions', 'events', 'comments', 'alignments', 'names', 'settings'] as const;
/** Stores that hold one work's records (all but settings). */
export const WORK_STORES = ['works', 'witnesses', 'paragraphChunks', 'revisions', 'events', 'comments', 'alignments', 'names'] as const;
