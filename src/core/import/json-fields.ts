/**
 * Reading untrusted JSON without `any`: each reader returns the value or a
 * sentence saying what is wrong, which the caller turns into a coded error.
 */
export type JsonObject = Readonly<Record<string, unknown>>;
export type Read<T> = { ok: true; value: T } | { ok: false; problem: string };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseJson(text: string): Read<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, problem: `it is not valid JSON (${(e as Error).message})` };
  }
}

export function readString(o: JsonObject, key: string, where: string): Read<string> {
  const v = o[key];
  return typeof v === 'string' && v.trim() !== '' ? { ok: true, value: v } : { ok: false, problem: `${where} needs a text "${key}"` };
}

/** Absent or null → null; otherwise it must be a string. */
export function readOptionalString(o: JsonObject, key: string, where: string): Read<string | null> {
  const v = o[key];
  if (v === undefined || v === null) return { ok: true, value: null };
  return typeof v === 'string' ? { ok: true, value: v } : { ok: false, problem: `${where}: "${key}" must be text or null` };
}

export function readOptionalBoolean(o: JsonObject, key: string, where: string): Read<boolean | null> {
  const v = o[key];
  if (v === undefined || v === null) return { ok: true, value: null };
  return typeof v === 'boolean' ? { ok: true, value: v } : { ok: false, problem: `${where}: "${key}" must be true or false` };
}

export function readOneOf<T extends string>(o: JsonObject, key: string, allowed: readonly T[], where: string): Read<T> {
  const v = o[key];
  return typeof v === 'string' && (allowed as readonly string[]).includes(v)
    ? { ok: true, value: v as T }
    : { ok: false, problem: `${where}: "${key}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}` };
}
