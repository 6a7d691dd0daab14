/**
 * Reads the records of a (current-version) bundle from untrusted JSON,
 * copying only known fields, so whatever else a file carries never reaches
 * storage. Throws FieldError; parseBundle catches it.
 */
import type { ParagraphKind, WitnessRole, WorkMeta } from '../model/work.ts';
import type { Revision, RevisionComment, RevisionOrigin, RevisionState, TransitionEvent } from '../workflow/revision.ts';
import type { AlignmentEdit, Bundle, BundleAlignment, BundleName, BundleParagraph, BundleWitness, BundleWork, StoredAlignmentRow } from './bundle-types.ts';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from './bundle-types.ts';
import { bool, ints, list, nonEmpty, nullableStr, nullableTime, num, obj, oneOf, optionalStr, str, strings, time, type JsonObject } from './read-fields.ts';

const STATES: readonly RevisionState[] = ['draft', 'proposed', 'approved', 'rejected', 'withdrawn'];
const ORIGINS: readonly RevisionOrigin[] = ['import', 'edit', 'revert', 'conflict'];
const KINDS: readonly ParagraphKind[] = ['text', 'heading', 'omission', 'closing'];
const ROLES: readonly WitnessRole[] = ['original', 'translation'];
const META_KEYS = ['title', 'date', 'archiveRef', 'pages', 'translator', 'url', 'summary', 'credits', 'originalLanguage', 'citation'] as const;

function each<T>(o: JsonObject, key: string, path: string, read: (v: JsonObject, p: string) => T): T[] {
  return list(o, key, path).map((v, i) => read(obj(v, `${path}.${key}[${i}]`), `${path}.${key}[${i}]`));
}

function meta(o: JsonObject, path: string): WorkMeta {
  const m = obj(o['meta'], `${path}.meta`);
  const out: Record<(typeof META_KEYS)[number], string | null> = {
    title: null, date: null, archiveRef: null, pages: null, translator: null, url: null, summary: null, credits: null, originalLanguage: null, citation: null,
  };
  for (const k of META_KEYS) out[k] = nullableStr(m, k, `${path}.meta`);
  return out;
}

function paragraph(o: JsonObject, path: string): BundleParagraph {
  const p = { id: nonEmpty(o, 'id', path), kind: oneOf(o, 'kind', path, KINDS), revisionId: nonEmpty(o, 'revisionId', path) };
  return o['pageBreaks'] === undefined ? p : { ...p, pageBreaks: ints(o, 'pageBreaks', path) };
}

function witness(o: JsonObject, path: string): BundleWitness {
  return {
    id: nonEmpty(o, 'id', path), lang: nonEmpty(o, 'lang', path), role: oneOf(o, 'role', path, ROLES), label: str(o, 'label', path),
    translator: nullableStr(o, 'translator', path), provenance: nullableStr(o, 'provenance', path),
    preparedForProject: bool(o, 'preparedForProject', path), paragraphs: each(o, 'paragraphs', path, paragraph),
  };
}

function work(o: JsonObject, path: string): BundleWork {
  return {
    id: nonEmpty(o, 'id', path), meta: meta(o, path), notes: nullableStr(o, 'notes', path), author: str(o, 'author', path),
    createdAt: time(o, 'createdAt', path), deletedAt: nullableTime(o, 'deletedAt', path), witnesses: each(o, 'witnesses', path, witness),
  };
}

function revision(o: JsonObject, path: string): Revision {
  const r: Revision = {
    id: nonEmpty(o, 'id', path), workId: nonEmpty(o, 'workId', path), witnessId: nonEmpty(o, 'witnessId', path),
    paragraphId: nonEmpty(o, 'paragraphId', path), baseRevisionId: nullableStr(o, 'baseRevisionId', path), text: str(o, 'text', path),
    author: str(o, 'author', path), createdAt: time(o, 'createdAt', path), origin: oneOf(o, 'origin', path, ORIGINS),
  };
  const revertOf = optionalStr(o, 'revertOf', path);
  const conflictWith = optionalStr(o, 'conflictWith', path);
  const supersedes = optionalStr(o, 'supersedes', path);
  const note = optionalStr(o, 'note', path);
  return { ...r, ...(revertOf ? { revertOf } : {}), ...(conflictWith ? { conflictWith } : {}), ...(supersedes ? { supersedes } : {}), ...(note ? { note } : {}) };
}

function event(o: JsonObject, path: string): TransitionEvent {
  const e: TransitionEvent = {
    id: nonEmpty(o, 'id', path), workId: nonEmpty(o, 'workId', path), paragraphId: nonEmpty(o, 'paragraphId', path),
    revisionId: nonEmpty(o, 'revisionId', path), from: oneOf(o, 'from', path, STATES), to: oneOf(o, 'to', path, STATES),
    author: str(o, 'author', path), at: time(o, 'at', path), note: nullableStr(o, 'note', path),
  };
  return o['selfApproval'] === true ? { ...e, selfApproval: true } : e;
}

function comment(o: JsonObject, path: string): RevisionComment {
  return {
    id: nonEmpty(o, 'id', path), workId: nonEmpty(o, 'workId', path), paragraphId: nonEmpty(o, 'paragraphId', path),
    revisionId: nonEmpty(o, 'revisionId', path), author: str(o, 'author', path), at: time(o, 'at', path), text: str(o, 'text', path),
  };
}

function alignmentRow(o: JsonObject, path: string): StoredAlignmentRow {
  return { source: ints(o, 'source', path), target: ints(o, 'target', path), score: num(o, 'score', path), status: oneOf(o, 'status', path, ['auto', 'confirmed'] as const) };
}

function alignmentEdit(o: JsonObject, path: string): AlignmentEdit {
  const e = { id: nonEmpty(o, 'id', path), at: time(o, 'at', path), author: str(o, 'author', path), action: nonEmpty(o, 'action', path), rows: ints(o, 'rows', path) };
  return o['note'] === undefined ? e : { ...e, note: nullableStr(o, 'note', path) };
}

function alignment(o: JsonObject, path: string): BundleAlignment {
  return {
    workId: nonEmpty(o, 'workId', path), witnessId: nonEmpty(o, 'witnessId', path), rows: each(o, 'rows', path, alignmentRow),
    editHistory: each(o, 'editHistory', path, alignmentEdit), author: str(o, 'author', path), updatedAt: time(o, 'updatedAt', path),
  };
}

function name(o: JsonObject, path: string): BundleName {
  const n: BundleName = {
    workId: str(o, 'workId', path), id: nonEmpty(o, 'id', path), kind: oneOf(o, 'kind', path, ['place', 'person', 'organisation'] as const),
    canonical: str(o, 'canonical', path), variants: strings(o, 'variants', path), author: str(o, 'author', path), updatedAt: time(o, 'updatedAt', path),
  };
  const original = optionalStr(o, 'original', path);
  const pinyin = optionalStr(o, 'pinyin', path);
  const note = optionalStr(o, 'note', path);
  return { ...n, ...(original !== undefined ? { original } : {}), ...(pinyin !== undefined ? { pinyin } : {}), ...(note !== undefined ? { note } : {}) };
}

export function readBundleRecords(o: JsonObject): Bundle {
  const path = 'bundle';
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    scope: oneOf(o, 'scope', path, ['workspace', 'work'] as const),
    works: each(o, 'works', path, work),
    revisions: each(o, 'revisions', path, revision),
    events: each(o, 'events', path, event),
    comments: each(o, 'comments', path, comment),
    alignments: each(o, 'alignments', path, alignment),
    names: each(o, 'names', path, name),
  };
}
