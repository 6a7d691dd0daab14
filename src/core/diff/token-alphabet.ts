/**
 * One UTF-16 code unit per distinct token, at most 65,536, so a token
 * sequence becomes a string diff-match-patch can diff. Shared across calls:
 * the rows of one work use mostly the same words, and a word already coded
 * costs one lookup instead of an insertion.
 *
 * An open-addressing table keyed by the token's characters, so ASCII text is
 * tokenised and coded in one scan without making a string for any token
 * already known (a Map needs the string first, then hashes it). Codes are
 * handed out in first-seen order, exactly as a Map would.
 */
import type { Units } from './word-units.ts';

const MAX_CODES = 0x10000;
/** Codes of the text being read, reused: a typed array per call costs more than the scan of a short one. */
let codeScratch = new Uint16Array(4096);
/** Twice the most codes: the table never fills beyond half, so probes stay short. */
const SLOTS = 1 << 17;
const MASK = SLOTS - 1;

export class TokenAlphabet {
  /** code + 1 per slot (0: empty). */
  private readonly slots = new Int32Array(SLOTS);
  /** The hash of each slot's token, so most probes settle without reading the token. */
  private readonly slotHashes = new Int32Array(SLOTS);
  private readonly keys: string[] = [];
  /** The same codes by token string, for callers that already have the strings. */
  private readonly byText = new Map<string, number>();

  /** The codes of `tokens` as a string; undefined when the alphabet is full. */
  encode(tokens: readonly string[]): string | undefined {
    const units = new Uint16Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as string;
      // A token string in hand: V8's own string hash beats hashing it here.
      let code = this.byText.get(t);
      if (code === undefined) {
        code = this.codeOf(t, 0, t.length, hashOf(t, 0, t.length));
        if (code < 0) return undefined;
      }
      units[i] = code;
    }
    return toCodeString(units, units.length);
  }

  /**
   * `spacedUnits(text)` and its codes together, for text in ASCII only:
   * the same units as the ASCII token pattern of tokenize-words.ts
   * (`\[[^[\]\n]{1,40}\]|[A-Za-z0-9]+(?:['.\-][A-Za-z0-9]+)*|\S`), read by hand.
   * Undefined when the alphabet is full.
   */
  encodeAscii(text: string, from = 0, to = text.length): { units: Units; encoded: string } | undefined {
    if (codeScratch.length < to - from) codeScratch = new Uint16Array(Math.max(to - from, 2 * codeScratch.length));
    const codes = codeScratch;
    const units: string[] = [];
    const gaps: string[] = [];
    let i = from;
    while (i < to && isAsciiSpace(text.charCodeAt(i))) i++;
    const lead = text.slice(from, i);
    while (i < to) {
      const end = unitEnd(text, i, to);
      const code = this.codeOf(text, i, end, hashOf(text, i, end));
      if (code < 0) return undefined;
      codes[units.length] = code;
      units.push(this.keys[code] as string);
      let next = end;
      while (next < to && isAsciiSpace(text.charCodeAt(next))) next++;
      gaps.push(next === end ? '' : text.slice(end, next));
      i = next;
    }
    return { units: { lead, units, gaps }, encoded: toCodeString(codes, units.length) };
  }

  /** The code of text[start, end), added when new; -1 when the alphabet is full. */
  private codeOf(text: string, start: number, end: number, h: number): number {
    let slot = h & MASK;
    const len = end - start;
    for (;;) {
      const entry = this.slots[slot] as number;
      if (entry === 0) break;
      if (this.slotHashes[slot] === h) {
        const code = entry - 1;
        const key = this.keys[code] as string;
        if (key.length === len && sameChars(key, text, start)) return code;
      }
      slot = (slot + 1) & MASK;
    }
    const code = this.keys.length;
    if (code >= MAX_CODES) return -1;
    const key = start === 0 && end === text.length ? text : text.slice(start, end);
    this.keys.push(key);
    this.byText.set(key, code);
    this.slots[slot] = code + 1;
    this.slotHashes[slot] = h;
    return code;
  }
}

/** FNV-1a over the character codes of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
  return h;
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Tab, line feed, vertical tab, form feed, carriage return, space: `\s` within ASCII. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || ((c | 32) >= 0x61 && (c | 32) <= 0x7a);
}

/** End of the unit starting at `i` (a non-space character). */
function unitEnd(text: string, i: number, n: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x5b) {
    // `[` + 1–40 characters other than [ ] and line feed + `]`, or `[` alone.
    let j = i + 1;
    while (j < n && j - i <= 41) {
      const d = text.charCodeAt(j);
      if (d === 0x5b || d === 0x5d || d === 0x0a) break;
      j++;
    }
    const inside = j - i - 1;
    return inside >= 1 && inside <= 40 && j < n && text.charCodeAt(j) === 0x5d ? j + 1 : i + 1;
  }
  if (!isAsciiAlnum(c)) return i + 1;
  let j = i + 1;
  while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
  // Joined by ' . or - when a letter or digit follows: `Ba-ke-tu`, `People's`, `5.5`.
  for (;;) {
    const d = text.charCodeAt(j);
    if ((d === 0x27 || d === 0x2e || d === 0x2d) && j + 1 < n && isAsciiAlnum(text.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isAsciiAlnum(text.charCodeAt(j))) j++;
    } else return j;
  }
}

function toCodeString(codes: Uint16Array, length: number): string {
  let out = '';
  // Chunked so fromCharCode never gets more arguments than the engine allows;
  // apply with the typed array, ~30× faster than spreading it.
  for (let i = 0; i < length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[]);
  return out;
}
