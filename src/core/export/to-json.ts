/**
 * The work as `parallax.work` JSON. JSON.stringify escapes what JSON must;
 * bidi controls and line/paragraph separators are written as \u escapes too,
 * so the file shows them and no viewer reorders its lines. Parsing gives the
 * same strings back.
 */
import type { Work } from '../model/work.ts';

export function toWorkJson(work: Work): string {
  return JSON.stringify(work, null, 2).replace(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`) + '\n';
}
