/**
 * Numbered migrations of older bundles: MIGRATIONS[n] takes the raw JSON of
 * version n to version n+1. Each is frozen once released; a reader restores
 * any older file by running them in order, then validates the result as the
 * current version.
 */
import { isObject, type JsonObject } from './read-fields.ts';

type Migration = (raw: JsonObject) => JsonObject;

/** Version 1 → 2: transition events gained `paragraphId` (taken from their revision), for per-paragraph history. */
function addEventParagraphIds(raw: JsonObject): JsonObject {
  const paragraphOf = new Map<string, string>();
  const revisions = Array.isArray(raw['revisions']) ? raw['revisions'] : [];
  for (const r of revisions) if (isObject(r) && typeof r['id'] === 'string' && typeof r['paragraphId'] === 'string') paragraphOf.set(r['id'], r['paragraphId']);
  const events = raw['events'];
  return {
    ...raw,
    version: 2,
    events: Array.isArray(events)
      ? events.map((e: unknown) => (isObject(e) && e['paragraphId'] === undefined && typeof e['revisionId'] === 'string'
        ? { ...e, paragraphId: paragraphOf.get(e['revisionId']) ?? '' }
        : e))
      : events,
  };
}

export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: addEventParagraphIds,
};

/** Runs every migration from `fromVersion` up to `toVersion`. */
export function migrateBundle(raw: JsonObject, fromVersion: number, toVersion: number): JsonObject {
  let out = raw;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No bundle migration from version ${v}`);
    out = step(out);
  }
  return out;
}
