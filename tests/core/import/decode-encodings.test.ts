// Encodings archives hold besides UTF-8: each fixture imports identically to its UTF-8 twin.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/import/decode-text.ts';
import { detectEncodings } from '../../../src/core/import/detect-encoding.ts';
import { loadToTraditional } from '../../../src/core/script/convert-script.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const u = text.charCodeAt(i);
    out[i * 2] = bigEndian ? u >> 8 : u & 0xff;
    out[i * 2 + 1] = bigEndian ? u & 0xff : u >> 8;
  }
  return out;
}

function decoded(bytes: Uint8Array, opts: Parameters<typeof decodeText>[1] = {}) {
  const r = decodeText(bytes, opts);
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** The traditional-script twin of the project's Chinese rendering, made here with OpenCC (not the archive's). */
async function zhHantTwin(): Promise<string> {
  return (await loadToTraditional('tw'))(await readRepoText(`${SAMPLE}/zh-Hans.txt`));
}

describe('decodeText on the encodings archives hold', () => {
  it('detects Big5 and reads the traditional twin identically to its UTF-8 text', async () => {
    const big5 = await readRepoBytes('tests/fixtures/zh-Hant.big5.txt');
    const twin = await zhHantTwin();
    const r = decoded(big5);
    assert.equal(r.encoding, 'big5');
    assert.ok(r.confidence >= 0.9, `confidence ${r.confidence}`);
    assert.equal(r.text, decoded(new TextEncoder().encode(twin)).text);
    assert.match(r.text, /蘇聯大使/);
  });

  it('catches a Big5 file declared GB18030 by confidence, instead of importing mojibake', async () => {
    const big5 = await readRepoBytes('tests/fixtures/zh-Hant.big5.txt');
    // Every Big5 byte pair is also valid GB18030: decoding alone cannot tell.
    assert.notEqual(new TextDecoder('gb18030', { fatal: true }).decode(big5).length, 0);
    const r = decodeText(big5, { encoding: 'gb18030', name: 'zh-Hant.txt' });
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_ENCODING_MISMATCH');
    assert.match(r.ok ? '' : r.error.message, /declared gb18030, but its bytes read as big5 \(100%\)/);
    assert.match(r.ok ? '' : r.error.hint, /correct the encoding to big5/);
    // The person who has seen the preview may still insist.
    assert.equal(decoded(big5, { encoding: 'gb18030', confirmed: true }).encoding, 'gb18030');
    // A GB18030 file declared GB18030 (or GBK) passes the same check.
    const gb = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    assert.equal(decoded(gb, { encoding: 'gbk' }).encoding, 'gbk');
  });

  it('reads UTF-16 LE and BE without a byte-order mark identically to UTF-8', async () => {
    const text = await readRepoText(`${SAMPLE}/zh-Hans.txt`);
    const utf8 = decoded(await readRepoBytes(`${SAMPLE}/zh-Hans.txt`)).text;
    for (const [bigEndian, name] of [[false, 'utf-16le'], [true, 'utf-16be']] as const) {
      const r = decoded(utf16(text, bigEndian));
      assert.equal(r.encoding, name);
      assert.equal(r.text, utf8);
    }
    const english = await readRepoText(`${SAMPLE}/en-parallax.txt`);
    assert.equal(decoded(utf16(english, false)).text, decoded(new TextEncoder().encode(english)).text);
  });

  it('ranks candidates with a confidence, most likely first', async () => {
    const gb = detectEncodings(await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt'));
    assert.equal(gb[0]?.encoding, 'gb18030');
    assert.ok(gb.length > 1 && gb.every((c, i) => i === 0 || c.confidence <= (gb[i - 1]?.confidence ?? 1)));
    assert.deepEqual(detectEncodings(new TextEncoder().encode('plain ASCII')), [{ encoding: 'utf-8', confidence: 1 }]);
  });

  it('takes a declared encoding that agrees with a short or ASCII text', () => {
    assert.equal(decoded(new TextEncoder().encode('Plain ASCII text.'), { encoding: 'windows-1252' }).encoding, 'windows-1252');
  });

  it('catches UTF-8 declared as Windows-1252', async () => {
    const r = decodeText(await readRepoBytes(`${SAMPLE}/zh-Hans.txt`), { encoding: 'latin1' });
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_ENCODING_MISMATCH');
  });
});
