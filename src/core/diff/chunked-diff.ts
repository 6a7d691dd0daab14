/**
 * The diff of two very long texts (megabytes in one paragraph), bounded in
 * time and memory. Both texts are cut into chunks of a few sentences where
 * their content says (after a sentence end whose preceding characters hash
 * to a chosen residue, as rsync and backup tools cut files), so an edit moves
 * no cut but its own and both sides are cut alike around it. Chunks are
 * diffed as units, then words only inside changed chunks. A run of changed
 * text too long to diff word by word is shown replaced whole, and the result
 * is marked coarse.
 */
import type { DiffOp } from './word-diff.ts';
import { myersDiff } from './myers-diff.ts';
import DiffMatchPatch from 'diff-match-patch';

/**
 * Chunks are at least this long (cut points are candidates only past it),
 * or longer for texts so long that more chunks would not fit the 65,536 codes
 * of one diff alphabet. Small chunks keep a changed chunk mostly unchanged
 * text: 2% of sentences edited leaves ~94% of chunks whole.
 */
const MIN_CHUNK_CHARS = 200;
/** Most chunks a diff may code: a margin under 65,536. */
const MAX_CHUNKS = 50_000;
/** …and at most this long: past it, the next whitespace (or any character) cuts. */
const MAX_CHUNK_CHARS = 6_000;
/** One candidate cut in this many is taken: ~3 sentences a chunk in ordinary prose. */
const CUT_RESIDUE = 3;
/** A run of changed chunks up to this size is diffed word by word; a longer one is coarse. */
export const MAX_EXACT_RUN_CHARS = 400_000;
/**
 * Changed text diffed word by word in one call, at most: about a second of
 * work even when nothing matches. Two long texts that differ everywhere
 * (two different translations) are shown as replaced past it.
 */
export const MAX_EXACT_TOTAL_CHARS = 3_000_000;

const SENTENCE_END = /[.!?。！？；;\n]["'”’)\]）」』]*\s*/gu;

/** FNV-1a over the 12 characters before `end`: the same text gives the same cut, wherever it is. */
function hashBefore(text: string, end: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, end - 12); i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function contentChunks(text: string, minChars = MIN_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0].length === 0) SENTENCE_END.lastIndex++;
    while (end - start > MAX_CHUNK_CHARS) start = hardCut(text, start, chunks, minChars);
    if (end - start >= minChars && hashBefore(text, end) % CUT_RESIDUE === 0) {
      chunks.push(text.slice(start, end));
      start = end;
    }
  }
  while (text.length - start > MAX_CHUNK_CHARS) start = hardCut(text, start, chunks, minChars);
  if (start < text.length) chunks.push(text.slice(start));
  return chunks;
}

/** A stretch without sentence ends: cut after the last whitespace before the limit, else at it (never inside a surrogate pair). */
function hardCut(text: string, start: number, chunks: string[], minChars: number): number {
  const window = text.slice(start + minChars, start + MAX_CHUNK_CHARS);
  const space = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\n'));
  let end = space >= 0 ? start + minChars + space + 1 : start + MAX_CHUNK_CHARS;
  if (space < 0 && /[\uD800-\uDBFF]/.test(text.charAt(end - 1))) end -= 1;
  chunks.push(text.slice(start, end));
  return end;
}

export interface ChunkedResult {
  readonly ops: DiffOp[];
  readonly coarse: boolean;
}

/** `exact` diffs two pieces of ordinary size (the word diff itself). */
export function chunkedDiff(a: string, b: string, exact: (a: string, b: string) => DiffOp[]): ChunkedResult {
  const minChars = Math.max(MIN_CHUNK_CHARS, Math.ceil((a.length + b.length) / MAX_CHUNKS));
  const ca = contentChunks(a, minChars);
  const cb = contentChunks(b, minChars);
  const codes = new Map<string, string>();
  const code = (chunk: string): string => {
    let c = codes.get(chunk);
    if (c === undefined) codes.set(chunk, (c = String.fromCharCode(codes.size)));
    return c;
  };
  // At most MAX_CHUNKS chunks (plus the few short last ones), so the codes fit one UTF-16 unit each.
  const units = myersDiff(ca.map(code).join(''), cb.map(code).join(''));
  const out: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last && last.op === op) out[out.length - 1] = { op, text: last.text + text };
    else out.push({ op, text });
  };
  let coarse = false;
  let exactLeft = MAX_EXACT_TOTAL_CHARS;
  let i = 0;
  let j = 0;
  let deleted: string[] = [];
  let inserted: string[] = [];
  const flush = (): void => {
    const pairs = deleted.length === inserted.length ? deleted.map((d, k) => [d, inserted[k] ?? ''] as const) : [[deleted.join(''), inserted.join('')] as const];
    for (const [d, n] of pairs) {
      const size = d.length + n.length;
      if (d && n && size <= MAX_EXACT_RUN_CHARS && size <= exactLeft) {
        exactLeft -= size;
        for (const op of exact(d, n)) push(op.op, op.text);
      } else {
        if (d && n) coarse = true;
        push('delete', d);
        push('insert', n);
      }
    }
    deleted = [];
    inserted = [];
  };
  for (const [op, chars] of units) {
    if (op === DiffMatchPatch.DIFF_DELETE) deleted.push(...ca.slice(i, (i += chars.length)));
    else if (op === DiffMatchPatch.DIFF_INSERT) inserted.push(...cb.slice(j, (j += chars.length)));
    else {
      flush();
      push('equal', ca.slice(i, i + chars.length).join(''));
      i += chars.length;
      j += chars.length;
    }
  }
  flush();
  return { ops: out, coarse };
}
