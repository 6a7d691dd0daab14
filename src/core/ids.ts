/**
 * Globally unique, time-ordered ids (ULID layout: 48-bit millisecond time,
 * 80 bits of randomness, Crockford base 32). Sorting ids sorts by creation
 * time, so revisions and comments from several editors merge without a
 * central counter when works are replicated later.
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const TIME_CHARS = 10;
const RANDOM_CHARS = 16;

export type RandomSource = (bytes: Uint8Array) => Uint8Array;

// Web Crypto exists in browsers, workers and Node 20, but the pure core's ES lib does not declare it.
const webCrypto = (globalThis as unknown as { crypto: { getRandomValues(b: Uint8Array): Uint8Array } }).crypto;
const defaultRandom: RandomSource = (bytes) => webCrypto.getRandomValues(bytes);

export interface IdFactory {
  (): string;
}

/**
 * Monotonic within one factory: two ids made in the same millisecond still
 * sort in the order they were made (the random part is incremented).
 */
export function createIdFactory(now: () => number = Date.now, random: RandomSource = defaultRandom): IdFactory {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return () => {
    const time = now();
    if (time <= lastTime) {
      lastRandom = increment(lastRandom);
    } else {
      lastTime = time;
      lastRandom = Array.from(random(new Uint8Array(RANDOM_CHARS)), (b) => b % 32);
    }
    return encodeTime(Math.max(time, lastTime)) + lastRandom.map((d) => ALPHABET[d]).join('');
  };
}

function encodeTime(time: number): string {
  let out = '';
  let t = time;
  for (let i = 0; i < TIME_CHARS; i++) {
    out = ALPHABET[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

function increment(digits: number[]): number[] {
  const next = digits.slice();
  for (let i = next.length - 1; i >= 0; i--) {
    const d = next[i] ?? 0;
    if (d < 31) {
      next[i] = d + 1;
      return next;
    }
    next[i] = 0;
  }
  return next;
}

/** The creation time encoded in an id, in milliseconds since the epoch. */
export function idTime(id: string): number {
  let t = 0;
  for (const ch of id.slice(0, TIME_CHARS)) t = t * 32 + ALPHABET.indexOf(ch);
  return t;
}
