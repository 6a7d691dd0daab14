import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, MAX_IMPORT_BYTES, sniffBom } from '../../../src/core/import/decode-text.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';
import { encode, SAMPLE } from './sample-folder.ts';

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[i * 2] = bigEndian ? u >> 8 : u & 0xff;
    out[i * 2 + 1] = bigEndian ? u & 0xff : u >> 8;
  });
  return out;
}

function decoded(bytes: Uint8Array, encoding?: string) {
  const r = decodeText(bytes, encoding ? { encoding } : {});
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function errorCode(bytes: Uint8Array, encoding?: string): string {
  const r = decodeText(bytes, encoding ? { encoding } : {});
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? '' : r.error.code;
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM to the same text', async () => {
    const bytes = await readRepoBytes(`${SAMPLE}/zh-Hans.txt`);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    const plain = decoded(bytes);
    assert.equal(plain.encoding, 'utf-8');
    assert.equal(decoded(withBom).text, plain.text);
    assert.ok(!decoded(withBom).text.startsWith('\ufeff'));
  });

  it('reads UTF-16 LE and BE with a BOM, built here byte by byte', async () => {
    const text = await readRepoText(`${SAMPLE}/zh-Hans.txt`);
    const le = decoded(utf16(text, false));
    const be = decoded(utf16(text, true));
    assert.equal(le.encoding, 'utf-16le');
    assert.equal(be.encoding, 'utf-16be');
    assert.equal(le.text, text.normalize('NFC'));
    assert.equal(be.text, le.text);
  });

  it('detects GB18030 in the committed fixture and decodes it identically to the UTF-8 file', async () => {
    const gbBytes = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    const utf8 = decoded(await readRepoBytes(`${SAMPLE}/zh-Hans.txt`));
    const gb = decoded(gbBytes);
    assert.equal(gb.encoding, 'gb18030');
    assert.equal(gb.text, utf8.text);
    assert.notDeepEqual(gbBytes, await readRepoBytes(`${SAMPLE}/zh-Hans.txt`), 'the fixture is really re-encoded');
  });

  it('honours a forced encoding and reports one it does not know', async () => {
    const gbBytes = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    assert.equal(decoded(gbBytes, 'GBK').encoding, 'gbk');
    assert.equal(errorCode(gbBytes, 'klingon-8'), 'IMPORT_UNKNOWN_ENCODING');
  });

  it('reports bytes invalid in the forced encoding as undecodable', async () => {
    const gbBytes = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    assert.equal(errorCode(gbBytes, 'utf-8'), 'IMPORT_UNDECODABLE');
  });

  it('asks, rather than guesses, for a short Latin-1 text the statistics cannot place', () => {
    // "Café crème, naïve façade" in ISO-8859-1: invalid UTF-8, and as likely ISO-8859-2 as Windows-1252 on 29 bytes.
    const latin1 = new Uint8Array(Array.from('Café crème, naïve façade déjà', (c) => c.charCodeAt(0)));
    const r = decodeText(latin1);
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_ENCODING_UNSURE');
    assert.match(r.ok ? '' : r.error.message, /windows-1252 \(\d+%\)/);
    assert.match(r.ok ? '' : r.error.hint, /--encoding windows-1252/);
    assert.equal(decoded(latin1, 'iso-8859-1').text, 'Café crème, naïve façade déjà', 'and reads it once told');
  });

  it('reports an empty file, a BOM alone and whitespace alone as empty', () => {
    assert.equal(errorCode(new Uint8Array(0)), 'IMPORT_EMPTY');
    assert.equal(errorCode(new Uint8Array([0xef, 0xbb, 0xbf])), 'IMPORT_EMPTY');
    assert.equal(errorCode(encode(' \n\n\t \r\n')), 'IMPORT_EMPTY');
  });

  it('reports NUL bytes and a high share of control characters as binary', () => {
    assert.equal(errorCode(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41])), 'IMPORT_BINARY');
    const controls = encode('ab\u0001\u0002\u0003\u0004cd\u0005\u0006\u0007\u0008');
    assert.equal(errorCode(controls), 'IMPORT_BINARY');
    assert.equal(errorCode(new Uint8Array([1, 0, 2, 0, 3])), 'IMPORT_BINARY', 'zero bytes of UTF-16 shape, cut mid-character');
    assert.equal(errorCode(new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256))), 'IMPORT_BINARY', 'zeros on both parities');
  });

  it('strips a few stray control characters from real text', () => {
    const text = 'A paragraph of ordinary text that is long enough.\u0007 Another sentence follows it here.';
    assert.equal(decoded(encode(text)).text, text.replace('\u0007', ''));
  });

  it('rejects a file over the size limit by its byte length, before decoding', () => {
    // A typed-array view claiming more bytes than the limit, without allocating them all.
    const huge = { length: MAX_IMPORT_BYTES + 1 } as unknown as Uint8Array;
    assert.equal(errorCode(huge), 'IMPORT_TOO_LARGE');
  });

  it('names the BOM it sees', () => {
    assert.deepEqual(sniffBom(new Uint8Array([0xff, 0xfe, 0x41, 0])), { encoding: 'utf-16le', length: 2 });
    assert.deepEqual(sniffBom(new Uint8Array([0xfe, 0xff, 0, 0x41])), { encoding: 'utf-16be', length: 2 });
    assert.equal(sniffBom(encode('abc')), null);
  });
});
