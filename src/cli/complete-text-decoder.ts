/**
 * Node 20's TextDecoder departs from the WHATWG Encoding standard that
 * browsers follow in two encodings archives use: `windows-1252` is read as
 * ISO-8859-1 (0x97 gives the control U+0097, not an em dash), and `big5`
 * maps the Hong Kong (HKSCS) characters to the Private Use Area (0x925D
 * gives U+E5A2, not 哋). The CLI reads those two with iconv-lite, which
 * gives what Chromium gives, so a file imports identically in the app and
 * on the command line. Probed first: a Node that gets them right keeps its own.
 */
import iconv from 'iconv-lite';

/** WHATWG name → iconv-lite codec, for the decoders this Node gets wrong. */
function brokenEncodings(): Map<string, string> {
  const broken = new Map<string, string>();
  if (new TextDecoder('windows-1252').decode(new Uint8Array([0x97])) !== '\u2014') broken.set('windows-1252', 'win1252');
  if (new TextDecoder('big5').decode(new Uint8Array([0x92, 0x5d])) !== '哋') broken.set('big5', 'big5hkscs');
  return broken;
}

let installed = false;

export function completeTextDecoder(): void {
  if (installed) return;
  installed = true;
  const broken = brokenEncodings();
  if (broken.size === 0) return;
  const Native = globalThis.TextDecoder;
  class CompleteTextDecoder extends Native {
    readonly #codec: string | undefined;
    readonly #fatal: boolean;
    constructor(label = 'utf-8', options: TextDecoderOptions = {}) {
      super(label, options);
      this.#codec = broken.get(this.encoding);
      this.#fatal = options.fatal === true;
    }
    override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
      if (!this.#codec || input === undefined) return super.decode(input, options);
      const bytes = ArrayBuffer.isView(input) ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : Buffer.from(input);
      let text = iconv.decode(bytes, this.#codec);
      // A sample read with `stream` may end in half a character; nothing follows, so it is dropped.
      if (options?.stream && text.endsWith('\ufffd')) text = text.slice(0, -1);
      // Neither encoding can write U+FFFD, so one in the output is a byte iconv-lite could not read.
      if (this.#fatal && text.includes('\ufffd')) throw new TypeError(`The encoded data was not valid for encoding ${this.encoding}`);
      return text;
    }
  }
  globalThis.TextDecoder = CompleteTextDecoder as typeof TextDecoder;
}
