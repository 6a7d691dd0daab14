/**
 * Writes a bundle deterministically: `format` and `version` first, every other
 * object's keys sorted, records sorted by id (works, revisions, events,
 * comments) or key (alignments, names); witnesses and paragraphs keep document
 * order. The same data always gives the same bytes, so export → wipe → import
 * → export is byte-identical and backups diff cleanly.
 */
import type { Bundle } from './bundle-types.ts';

const byId = <T extends { readonly id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortBundle(b: Bundle): Bundle {
  return {
    ...b,
    works: [...b.works].sort(byId),
    revisions: [...b.revisions].sort(byId),
    events: [...b.events].sort(byId),
    comments: [...b.comments].sort(byId),
    alignments: [...b.alignments].sort((x, y) => byKey(x.workId, y.workId) || byKey(x.witnessId, y.witnessId)),
    names: [...b.names].sort((x, y) => byKey(x.workId, y.workId) || byKey(x.id, y.id)),
  };
}

function sortedKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value).sort()) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

export function serializeBundle(bundle: Bundle): string {
  const { format, version, ...rest } = sortBundle(bundle);
  const body = JSON.stringify(rest, (_key, value: unknown) => sortedKeys(value), 1);
  // `format` and `version` lead so a reader (or a person) can tell the file apart from its first bytes.
  return `{"format":${JSON.stringify(format)},"version":${version},${body.slice(1)}\n`;
}
