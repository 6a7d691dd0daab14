/**
 * TextDecoder, which browsers, workers and Node 20 all have but the pure
 * core's ES lib does not declare: strict decoding (an invalid byte is an
 * error, not a U+FFFD) and the WHATWG name of any label.
 */

interface Decoder {
  readonly encoding: string;
  decode(bytes: Uint8Array, opts?: { stream: boolean }): string;
}
type DecoderConstructor = new (label: string, opts?: { fatal: boolean; ignoreBOM: boolean }) => Decoder;

function decoderClass(): DecoderConstructor {
  // Read at call time, so a platform that completes TextDecoder (the CLI on Node, see src/cli/) is used.
  return (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;
}

/** The WHATWG name of a label (`latin1` → `windows-1252`, `big5-hkscs` → `big5`), or null for a label no decoder knows. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new (decoderClass())(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/**
 * The text, or null when the bytes are not valid in that encoding. With
 * `partial`, a sequence cut off at the end is allowed (a sample of a file).
 */
export function decodeStrictly(encoding: string, bytes: Uint8Array, partial = false): string | null {
  try {
    const decoder = new (decoderClass())(encoding, { fatal: true, ignoreBOM: true });
    return decoder.decode(bytes, partial ? { stream: true } : undefined);
  } catch {
    return null;
  }
}

/** Two labels for one decoder family (gbk is read by the gb18030 decoder). */
export function sameEncodingFamily(a: string, b: string): boolean {
  const family = (e: string): string => (e === 'gbk' ? 'gb18030' : e);
  return family(a) === family(b);
}
