// The subset of node:assert/strict that our tests use, for Chromium.
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function show(v: unknown): string {
  try {
    return JSON.stringify(v, (_k, x: unknown) => (x instanceof Map ? [...x] : x instanceof Set ? [...x] : x))?.slice(0, 500) ?? String(v);
  } catch {
    return String(v);
  }
}

function deepEq(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map && b instanceof Map) return deepEq([...a], [...b]);
  if (a instanceof Set && b instanceof Set) return deepEq([...a], [...b]);
  if (ArrayBuffer.isView(a) && ArrayBuffer.isView(b)) {
    return deepEq(Array.from(a as unknown as ArrayLike<number>), Array.from(b as unknown as ArrayLike<number>));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEq((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new AssertionError(message ?? fallback);
}

export function ok(value: unknown, message?: string | Error): asserts value {
  if (!value) fail(message, `expected truthy, got ${show(value)}`);
}
export function equal(a: unknown, b: unknown, message?: string | Error): void {
  if (!Object.is(a, b)) fail(message, `expected ${show(a)} to equal ${show(b)}`);
}
export function notEqual(a: unknown, b: unknown, message?: string | Error): void {
  if (Object.is(a, b)) fail(message, `expected ${show(a)} not to equal ${show(b)}`);
}
export function deepEqual(a: unknown, b: unknown, message?: string | Error): void {
  if (!deepEq(a, b)) fail(message, `expected\n  ${show(a)}\nto deep-equal\n  ${show(b)}`);
}
export function notDeepEqual(a: unknown, b: unknown, message?: string | Error): void {
  if (deepEq(a, b)) fail(message, `expected ${show(a)} not to deep-equal ${show(b)}`);
}
export function match(s: string, re: RegExp, message?: string | Error): void {
  if (!re.test(s)) fail(message, `expected ${show(s)} to match ${re}`);
}
export function doesNotMatch(s: string, re: RegExp, message?: string | Error): void {
  if (re.test(s)) fail(message, `expected ${show(s)} not to match ${re}`);
}
type ErrorCheck = RegExp | ((e: unknown) => boolean) | Record<string, unknown>;
function check(e: unknown, expected: ErrorCheck | undefined): void {
  if (!expected) return;
  if (expected instanceof RegExp) {
    if (!expected.test(String((e as Error)?.message ?? e))) fail(undefined, `error ${show(String(e))} does not match ${expected}`);
  } else if (typeof expected === 'function') {
    if (!expected(e)) fail(undefined, `error ${show(String(e))} failed the check`);
  } else {
    for (const [k, v] of Object.entries(expected)) {
      const got = (e as Record<string, unknown>)[k];
      if (v instanceof RegExp ? !v.test(String(got)) : !deepEq(got, v)) fail(undefined, `error.${k} is ${show(got)}, expected ${show(v)}`);
    }
  }
}
export function throws(fn: () => unknown, expected?: ErrorCheck, message?: string): void {
  try {
    fn();
  } catch (e) {
    check(e, expected);
    return;
  }
  fail(message, 'expected the function to throw');
}
export async function rejects(p: Promise<unknown> | (() => Promise<unknown>), expected?: ErrorCheck, message?: string): Promise<void> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    check(e, expected);
    return;
  }
  fail(message, 'expected the promise to reject');
}
export async function doesNotReject(p: Promise<unknown> | (() => Promise<unknown>)): Promise<void> {
  await (typeof p === 'function' ? p() : p);
}
export function doesNotThrow(fn: () => unknown): void {
  fn();
}

const assert = Object.assign((value: unknown, message?: string) => ok(value, message), {
  ok, equal, notEqual, strictEqual: equal, notStrictEqual: notEqual, deepEqual, deepStrictEqual: deepEqual,
  notDeepEqual, notDeepStrictEqual: notDeepEqual, match, doesNotMatch, throws, rejects, doesNotReject, doesNotThrow,
  fail: (m?: string) => fail(m, 'failed'), AssertionError,
});
export const strictEqual = equal;
export const deepStrictEqual = deepEqual;
export default assert;
