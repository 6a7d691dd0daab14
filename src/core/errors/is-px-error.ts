/** Whether a value that crossed a boundary (thrown, posted from a worker, read from a file) is one of our coded errors. */
import type { PxError } from '../result.ts';
import { isPxErrorCode } from './codes.ts';

export function isPxError(e: unknown): e is PxError {
  if (typeof e !== 'object' || e === null) return false;
  const o = e as Record<string, unknown>;
  return isPxErrorCode(o['code']) && typeof o['message'] === 'string' && typeof o['hint'] === 'string';
}
