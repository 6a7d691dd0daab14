/**
 * `work.json` in a work folder: the work's id, optional meta and notes, and
 * the witness files with how to read each one. translations/README.md is the
 * user-facing description of this format.
 */
import { err, ok, type Result } from '../result.ts';
import type { WitnessRole, WorkMeta } from '../model/work.ts';
import { emptyMeta } from '../model/work.ts';
import { LANGUAGE_TAG, WITNESS_ID } from './build-witness.ts';
import { importErrors } from './import-errors.ts';
import { isObject, parseJson, readOneOf, readOptionalBoolean, readOptionalString, readString, type JsonObject, type Read } from './json-fields.ts';
import type { SplitMode } from './split-plain-text.ts';

export const WORK_FOLDER_FORMAT = 'parallax.work-folder';
export const WORK_FOLDER_VERSION = 1;
export const MANIFEST_NAME = 'work.json';

export type WitnessFormat = 'archive-export' | 'plain-text';

export interface WitnessEntry {
  readonly id: string;
  /** Path relative to the folder, `/`-separated, never leaving it. */
  readonly file: string;
  readonly role: WitnessRole;
  readonly format: WitnessFormat;
  /** Required for plain text; an archive export's comes from its Contents line. */
  readonly lang: string | null;
  readonly label: string | null;
  readonly translator: string | null;
  readonly provenance: string | null;
  readonly preparedForProject: boolean;
  readonly mode: SplitMode;
  readonly encoding: string | null;
  readonly firstLineIsTitle: boolean;
}

export interface WorkManifest {
  readonly id: string;
  /** Fields given here override the meta read from an archive export's header. */
  readonly meta: Partial<WorkMeta>;
  readonly notes: string | null;
  readonly witnesses: readonly WitnessEntry[];
}

const WORK_ID = /^[A-Za-z0-9][\w.-]*$/;
const META_KEYS = Object.keys(emptyMeta()) as Array<keyof WorkMeta>;

export function parseWorkManifest(text: string): Result<WorkManifest> {
  const fail = (problem: string) => err(importErrors.workMalformed(MANIFEST_NAME, problem));
  const json = parseJson(text);
  if (!json.ok) return fail(json.problem);
  const o = json.value;
  if (!isObject(o)) return fail('it must be a JSON object');
  if (o['format'] !== WORK_FOLDER_FORMAT) return fail(`"format" must be "${WORK_FOLDER_FORMAT}"`);
  if (typeof o['version'] !== 'number' || !Number.isInteger(o['version']) || o['version'] < 1) return fail('"version" must be a whole number from 1');
  if (o['version'] > WORK_FOLDER_VERSION) return err(importErrors.workVersion(MANIFEST_NAME, o['version']));
  const id = readString(o, 'id', 'the work');
  if (!id.ok) return fail(id.problem);
  if (!WORK_ID.test(id.value)) return fail(`"id" must be letters, digits, "_", "." or "-" (got "${id.value}")`);
  const meta = readMeta(o['meta']);
  if (!meta.ok) return fail(meta.problem);
  const notes = readOptionalString(o, 'notes', 'the work');
  if (!notes.ok) return fail(notes.problem);
  const list = o['witnesses'];
  if (list === undefined || (Array.isArray(list) && list.length === 0)) return err(importErrors.workNoWitnesses(MANIFEST_NAME));
  if (!Array.isArray(list)) return fail('"witnesses" must be a list');
  const witnesses: WitnessEntry[] = [];
  for (const [i, raw] of list.entries()) {
    const entry = readWitnessEntry(raw, `witness ${i + 1}`);
    if (!entry.ok) return fail(entry.problem);
    if (witnesses.some((w) => w.id === entry.value.id)) return fail(`two witnesses have the id "${entry.value.id}"`);
    witnesses.push(entry.value);
  }
  const originals = witnesses.filter((w) => w.role === 'original').length;
  if (originals !== 1) return err(importErrors.workOriginalCount(MANIFEST_NAME, originals));
  return ok({ id: id.value, meta: meta.value, notes: notes.value, witnesses });
}

function readMeta(raw: unknown): Read<Partial<WorkMeta>> {
  if (raw === undefined || raw === null) return { ok: true, value: {} };
  if (!isObject(raw)) return { ok: false, problem: '"meta" must be an object' };
  const meta: Partial<Record<keyof WorkMeta, string | null>> = {};
  for (const key of META_KEYS) {
    if (!(key in raw)) continue;
    const v = readOptionalString(raw, key, 'meta');
    if (!v.ok) return v;
    meta[key] = v.value;
  }
  return { ok: true, value: meta };
}

function readWitnessEntry(raw: unknown, where: string): Read<WitnessEntry> {
  if (!isObject(raw)) return { ok: false, problem: `${where} must be an object` };
  const id = readString(raw, 'id', where);
  if (!id.ok) return id;
  const at = `witness "${id.value}"`;
  if (!WITNESS_ID.test(id.value)) return { ok: false, problem: `${at}: "id" must start with a letter and hold only letters, digits, "_", "." or "-"` };
  const file = readString(raw, 'file', at);
  if (!file.ok) return file;
  if (!isSafeRelativePath(file.value)) return { ok: false, problem: `${at}: "file" must be a path inside the folder` };
  const role = readOneOf(raw, 'role', ['original', 'translation'] as const, at);
  if (!role.ok) return role;
  const format = readOneOf(raw, 'format', ['archive-export', 'plain-text'] as const, at);
  if (!format.ok) return format;
  const mode = raw['mode'] === undefined ? { ok: true as const, value: 'auto' as const } : readOneOf(raw, 'mode', ['auto', 'blank-lines', 'lines'] as const, at);
  if (!mode.ok) return mode;
  const strings = readStrings(raw, ['lang', 'label', 'translator', 'provenance', 'encoding'] as const, at);
  if (!strings.ok) return strings;
  const { lang, label, translator, provenance, encoding } = strings.value;
  if (format.value === 'plain-text' && (!lang || !label)) return { ok: false, problem: `${at}: plain text needs "lang" and "label"` };
  if (lang !== null && !LANGUAGE_TAG.test(lang)) return { ok: false, problem: `${at}: "lang" must be a BCP 47 tag such as en or zh-Hans` };
  const prepared = readOptionalBoolean(raw, 'preparedForProject', at);
  if (!prepared.ok) return prepared;
  const title = readOptionalBoolean(raw, 'firstLineIsTitle', at);
  if (!title.ok) return title;
  return {
    ok: true,
    value: {
      id: id.value, file: file.value, role: role.value, format: format.value, lang, label, translator, provenance,
      preparedForProject: prepared.value ?? false, mode: mode.value, encoding, firstLineIsTitle: title.value ?? false,
    },
  };
}

function readStrings<K extends string>(o: JsonObject, keys: readonly K[], where: string): Read<Record<K, string | null>> {
  const out = {} as Record<K, string | null>;
  for (const key of keys) {
    const v = readOptionalString(o, key, where);
    if (!v.ok) return v;
    out[key] = v.value;
  }
  return { ok: true, value: out };
}

/** No absolute paths, no `..`, no backslashes: a manifest must not reach outside its folder. */
export function isSafeRelativePath(path: string): boolean {
  if (path.startsWith('/') || path.includes('\\') || /^[A-Za-z]:/.test(path)) return false;
  return path.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..');
}
