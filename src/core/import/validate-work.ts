/**
 * A `parallax.work` JSON file → a checked work. Restores tolerantly: missing
 * optional fields get their defaults, unknown fields are dropped; anything
 * that would break the model (no witnesses, two originals, a paragraph
 * without text) is a coded error.
 */
import { err, ok, type Result } from '../result.ts';
import { emptyMeta, WORK_FORMAT, WORK_VERSION, type Paragraph, type ParagraphKind, type Witness, type Work, type WorkMeta } from '../model/work.ts';
import { LANGUAGE_TAG, WITNESS_ID } from './build-witness.ts';
import { importErrors } from './import-errors.ts';
import { isObject, readOneOf, readOptionalBoolean, readOptionalString, readString, type JsonObject, type Read } from './json-fields.ts';

const KINDS: readonly ParagraphKind[] = ['text', 'heading', 'omission', 'closing'];

export function validateWork(value: unknown, name = 'the work file'): Result<Work> {
  const fail = (problem: string) => err(importErrors.workMalformed(name, problem));
  if (!isObject(value) || value['format'] !== WORK_FORMAT) return fail(`"format" must be "${WORK_FORMAT}"`);
  if (typeof value['version'] !== 'number' || !Number.isInteger(value['version']) || value['version'] < 1) return fail('"version" must be a whole number from 1');
  if (value['version'] > WORK_VERSION) return err(importErrors.workVersion(name, value['version']));
  const id = readString(value, 'id', 'the work');
  if (!id.ok) return fail(id.problem);
  const meta = readMeta(value['meta']);
  if (!meta.ok) return fail(meta.problem);
  const notes = readOptionalString(value, 'notes', 'the work');
  if (!notes.ok) return fail(notes.problem);
  const list = value['witnesses'];
  if (list === undefined || (Array.isArray(list) && list.length === 0)) return err(importErrors.workNoWitnesses(name));
  if (!Array.isArray(list)) return fail('"witnesses" must be a list');
  const witnesses: Witness[] = [];
  for (const [i, raw] of list.entries()) {
    const w = readWitness(raw, `witness ${i + 1}`);
    if (!w.ok) return fail(w.problem);
    if (witnesses.some((x) => x.id === w.value.id)) return fail(`two witnesses have the id "${w.value.id}"`);
    witnesses.push(w.value);
  }
  const originals = witnesses.filter((w) => w.role === 'original').length;
  if (originals !== 1) return err(importErrors.workOriginalCount(name, originals));
  return ok({ format: WORK_FORMAT, version: WORK_VERSION, id: id.value, meta: meta.value, witnesses, notes: notes.value });
}

function readMeta(raw: unknown): Read<WorkMeta> {
  const meta: Record<keyof WorkMeta, string | null> = { ...emptyMeta() };
  if (raw === undefined || raw === null) return { ok: true, value: meta };
  if (!isObject(raw)) return { ok: false, problem: '"meta" must be an object' };
  for (const key of Object.keys(meta) as Array<keyof WorkMeta>) {
    const v = readOptionalString(raw, key, 'meta');
    if (!v.ok) return v;
    meta[key] = v.value;
  }
  return { ok: true, value: meta };
}

function readWitness(raw: unknown, where: string): Read<Witness> {
  if (!isObject(raw)) return { ok: false, problem: `${where} must be an object` };
  const id = readString(raw, 'id', where);
  if (!id.ok) return id;
  if (!WITNESS_ID.test(id.value)) return { ok: false, problem: `${where}: "id" must start with a letter` };
  const at = `witness "${id.value}"`;
  const lang = readString(raw, 'lang', at);
  if (!lang.ok) return lang;
  if (!LANGUAGE_TAG.test(lang.value)) return { ok: false, problem: `${at}: "lang" must be a BCP 47 tag` };
  const role = readOneOf(raw, 'role', ['original', 'translation'] as const, at);
  if (!role.ok) return role;
  const label = readOptionalString(raw, 'label', at);
  const translator = readOptionalString(raw, 'translator', at);
  const provenance = readOptionalString(raw, 'provenance', at);
  const prepared = readOptionalBoolean(raw, 'preparedForProject', at);
  if (!label.ok) return label;
  if (!translator.ok) return translator;
  if (!provenance.ok) return provenance;
  if (!prepared.ok) return prepared;
  if (!Array.isArray(raw['paragraphs'])) return { ok: false, problem: `${at} needs a "paragraphs" list` };
  const paragraphs: Paragraph[] = [];
  for (const [i, p] of (raw['paragraphs'] as unknown[]).entries()) {
    const read = readParagraph(p, `${at}, paragraph ${i + 1}`);
    if (!read.ok) return read;
    paragraphs.push(read.value);
  }
  if (new Set(paragraphs.map((p) => p.id)).size !== paragraphs.length) return { ok: false, problem: `${at} has two paragraphs with the same id` };
  return {
    ok: true,
    value: {
      id: id.value, lang: lang.value, role: role.value, label: label.value ?? id.value, translator: translator.value,
      provenance: provenance.value, preparedForProject: prepared.value ?? false, paragraphs,
    },
  };
}

function readParagraph(raw: unknown, where: string): Read<Paragraph> {
  if (!isObject(raw)) return { ok: false, problem: `${where} must be an object` };
  const id = readString(raw, 'id', where);
  if (!id.ok) return id;
  const kind = raw['kind'] === undefined ? { ok: true as const, value: 'text' as const } : readOneOf(raw, 'kind', KINDS, where);
  if (!kind.ok) return kind;
  if (typeof raw['text'] !== 'string') return { ok: false, problem: `${where} needs a "text"` };
  const breaks = readPageBreaks(raw, where, raw['text'].length);
  if (!breaks.ok) return breaks;
  return { ok: true, value: { id: id.value, kind: kind.value, text: raw['text'], ...(breaks.value ? { pageBreaks: breaks.value } : {}) } };
}

function readPageBreaks(raw: JsonObject, where: string, length: number): Read<number[] | null> {
  const v = raw['pageBreaks'];
  if (v === undefined || v === null) return { ok: true, value: null };
  if (!Array.isArray(v) || !v.every((n): n is number => Number.isInteger(n) && n >= 0 && n <= length)) {
    return { ok: false, problem: `${where}: "pageBreaks" must be offsets inside the text` };
  }
  return { ok: true, value: v };
}
