// Windows-1252 and Big5-HKSCS as the WHATWG Encoding standard reads them, in Chromium
// (Node 20's own decoder gets both wrong; the CLI completes it, see tests/cli/import-encodings.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText } from '../../../src/core/import/decode-text.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

function decoded(bytes: Uint8Array) {
  const r = decodeText(bytes);
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

describe('decodeText in the browser', () => {
  it('detects Windows-1252 English and reads it identically to the UTF-8 export', async () => {
    const r = decoded(await readRepoBytes('tests/fixtures/wilson-121617.en.windows-1252.txt'));
    assert.equal(r.encoding, 'windows-1252');
    assert.equal(r.text, decoded(await readRepoBytes(`${SAMPLE}/wilson-121617.en.txt`)).text);
    assert.match(r.text, /civilians—civilians|—/);
  });

  it('reads Big5-HKSCS Cantonese (哋 喺 嚟 咗 㗎) identically to its UTF-8 text', async () => {
    const r = decoded(await readRepoBytes('tests/fixtures/hk-cantonese.big5-hkscs.txt'));
    assert.equal(r.encoding, 'big5');
    assert.equal(r.text, decoded(new TextEncoder().encode(await readRepoText('tests/fixtures/hk-cantonese.txt'))).text);
    assert.match(r.text, /我哋嚟咗香港/);
  });
});
