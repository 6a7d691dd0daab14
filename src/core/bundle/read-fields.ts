/**
 * Typed reads of untrusted JSON with the path of the field in every error.
 * A failed read throws a FieldError, which parseBundle turns into a Result:
 * validation of a deep structure stays readable without threading Results.
 */
import type { PxError } from '../result.ts';
import { bundleErrors } from './bundle-errors.ts';
import { MAX_RECORDS, MAX_STRING_CHARS } from './bundle-limits.ts';

export class FieldError extends Error {
  constructor(readonly error: PxError) {
    super(error.message);
  }
}

export type JsonObject = { readonly [key: string]: unknown };

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(o: JsonObject, key: string, path: string): unknown {
  if (!(key in o) || o[key] === undefined) throw new FieldError(bundleErrors.missingField(`${path}.${key}`));
  return o[key];
}

export function obj(v: unknown, path: string): JsonObject {
  if (!isObject(v)) throw new FieldError(bundleErrors.badField(path, 'an object'));
  return v;
}

export function str(o: JsonObject, key: string, path: string): string {
  const v = field(o, key, path);
  if (typeof v !== 'string') throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'a string'));
  if (v.length > MAX_STRING_CHARS) throw new FieldError(bundleErrors.tooLarge(`${path}.${key} has ${v.length} characters`, `${MAX_STRING_CHARS}`));
  return v;
}

export function nonEmpty(o: JsonObject, key: string, path: string): string {
  const v = str(o, key, path);
  if (v === '') throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'a non-empty string'));
  return v;
}

export function nullableStr(o: JsonObject, key: string, path: string): string | null {
  return field(o, key, path) === null ? null : str(o, key, path);
}

export function optionalStr(o: JsonObject, key: string, path: string): string | undefined {
  return o[key] === undefined ? undefined : str(o, key, path);
}

export function bool(o: JsonObject, key: string, path: string): boolean {
  const v = field(o, key, path);
  if (typeof v !== 'boolean') throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'true or false'));
  return v;
}

export function num(o: JsonObject, key: string, path: string): number {
  const v = field(o, key, path);
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'a number'));
  return v;
}

export function oneOf<T extends string>(o: JsonObject, key: string, path: string, values: readonly T[]): T {
  const v = str(o, key, path);
  if (!(values as readonly string[]).includes(v)) throw new FieldError(bundleErrors.badField(`${path}.${key}`, `one of ${values.join(', ')}`));
  return v as T;
}

export function list(o: JsonObject, key: string, path: string): readonly unknown[] {
  const v = field(o, key, path);
  if (!Array.isArray(v)) throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'a list'));
  if (v.length > MAX_RECORDS) throw new FieldError(bundleErrors.tooLarge(`${path}.${key} has ${v.length} entries`, `${MAX_RECORDS}`));
  return v;
}

export function ints(o: JsonObject, key: string, path: string): number[] {
  return list(o, key, path).map((v, i) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new FieldError(bundleErrors.badField(`${path}.${key}[${i}]`, 'a whole number ≥ 0'));
    return v;
  });
}

export function strings(o: JsonObject, key: string, path: string): string[] {
  return list(o, key, path).map((v, i) => {
    if (typeof v !== 'string') throw new FieldError(bundleErrors.badField(`${path}.${key}[${i}]`, 'a string'));
    return v;
  });
}

/** ISO 8601 UTC as written by `toISOString`, so times compare as text. */
export function time(o: JsonObject, key: string, path: string): string {
  const v = str(o, key, path);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(v)) throw new FieldError(bundleErrors.badField(`${path}.${key}`, 'a UTC time like 2026-05-01T09:30:00.000Z'));
  return v;
}

export function nullableTime(o: JsonObject, key: string, path: string): string | null {
  return field(o, key, path) === null ? null : time(o, key, path);
}
