/**
 * The authority list of names: `translations/names.json` (shared) and a
 * work's own `names.json`, `{ format: 'parallax.names', version: 1, entries }`.
 */
import { err, ok, pxError, type Result } from '../result.ts';

export type NameKind = 'place' | 'person' | 'organisation';

export interface NameEntry {
  readonly id: string;
  readonly kind: NameKind;
  /** The form an edition uses: `Bakhty`. */
  readonly canonical: string;
  /** The original-script form: `巴克图`. */
  readonly original?: string;
  /** Pinyin with tones: `Bākètú`. */
  readonly pinyin?: string;
  /** Other spellings of the same name, in any script: `Ba-ke-tu`, `Бахты`. */
  readonly variants: readonly string[];
  /**
   * Renderings that are equally right and never reported: adjectives and short
   * forms (`Soviet`, `Iskhakov`, `伊斯哈科夫`). They count as the name.
   */
  readonly alternatives?: readonly string[];
  readonly note?: string;
}

export interface NameList {
  readonly format: 'parallax.names';
  readonly version: 1;
  readonly entries: readonly NameEntry[];
}

export const NAMES_FORMAT = 'parallax.names';
export const NAMES_VERSION = 1;
const KINDS: ReadonlySet<string> = new Set(['place', 'person', 'organisation']);

function invalid(what: string): Result<never> {
  return err(pxError('CHECK_NAMES_INVALID', `The names list is not valid: ${what}`, 'fix names.json: see translations/names.md for its fields'));
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== '');

export function parseNameList(text: string): Result<NameList> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return err(pxError('CHECK_NAMES_NOT_JSON', `The names list is not JSON (${(e as Error).message})`, 'check names.json for a missing comma or quote'));
  }
  if (typeof data !== 'object' || data === null) return invalid('not an object');
  const d = data as Record<string, unknown>;
  if (d['format'] !== NAMES_FORMAT) return invalid(`format is ${JSON.stringify(d['format'])}, expected "${NAMES_FORMAT}"`);
  if (d['version'] !== NAMES_VERSION) {
    return err(pxError('CHECK_NAMES_VERSION', `The names list has version ${String(d['version'])}; this Parallax reads version ${NAMES_VERSION}`, 'update Parallax, or write the list in version 1'));
  }
  if (!Array.isArray(d['entries'])) return invalid('"entries" is not a list');
  const entries: NameEntry[] = [];
  const ids = new Set<string>();
  for (const [i, raw] of d['entries'].entries()) {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const where = `entry ${i + 1}`;
    if (typeof e['id'] !== 'string' || !e['id']) return invalid(`${where} has no id`);
    if (ids.has(e['id'])) return invalid(`id "${e['id']}" is used twice`);
    ids.add(e['id']);
    if (typeof e['kind'] !== 'string' || !KINDS.has(e['kind'])) return invalid(`${where} (${e['id']}): kind must be place, person or organisation`);
    if (typeof e['canonical'] !== 'string' || !e['canonical'].trim()) return invalid(`${where} (${e['id']}) has no canonical form`);
    if (!isStringArray(e['variants'])) return invalid(`${where} (${e['id']}): variants must be a list of non-empty strings`);
    if (e['alternatives'] !== undefined && !isStringArray(e['alternatives'])) return invalid(`${where} (${e['id']}): alternatives must be a list of non-empty strings`);
    for (const key of ['original', 'pinyin', 'note'] as const) {
      if (e[key] !== undefined && typeof e[key] !== 'string') return invalid(`${where} (${e['id']}): ${key} must be text`);
    }
    entries.push(e as unknown as NameEntry);
  }
  return ok({ format: NAMES_FORMAT, version: NAMES_VERSION, entries });
}

/** A work's own list overrides shared entries with the same id and adds its own. */
export function mergeNameLists(shared: NameList, own: NameList | undefined): NameList {
  if (!own) return shared;
  const byId = new Map(shared.entries.map((e) => [e.id, e]));
  for (const e of own.entries) byId.set(e.id, e);
  return { format: NAMES_FORMAT, version: NAMES_VERSION, entries: [...byId.values()] };
}
