/**
 * Terminal hygiene. Text from files (titles, labels, paths) is data: an ESC
 * or CSI in a title must not clear the screen, a bidi override must not
 * reorder a line, and a newline in a path must not split a one-line error in
 * two. Everything the CLI prints goes through these functions.
 */

/**
 * C0 and C1 controls, DEL, the line/paragraph separators and the bidi
 * embedding/override/isolate marks. Tab and newline are kept only where the
 * caller allows multi-line text.
 */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/gu;

function visible(c: string): string {
  const n = c.codePointAt(0) ?? 0;
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
}

/** Multi-line text for a person: newlines and tabs kept, every other control shown as an escape. */
export function escapeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(UNSAFE, visible);
}

/** One line: newlines too are shown as `\n`, so the line stays one line. */
export function escapeLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE, visible);
}

/** A path inside a message: quoted, with its controls escaped, so `a b` and `a\nb` read unambiguously. */
export function quotePath(path: string): string {
  return `"${escapeLine(path).replace(/"/g, '\\"')}"`;
}

/**
 * JSON for standard output. JSON.stringify already escapes C0 controls; C1
 * controls, separators and bidi marks pass through it raw, so they are escaped
 * here too. `\uXXXX` is JSON, so the data is unchanged for a program reading it.
 */
export function terminalSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
