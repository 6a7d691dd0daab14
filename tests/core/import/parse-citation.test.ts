import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseCitation } from '../../../src/core/import/parse-citation.ts';
import { readSharedText } from '../../support/files.ts';

async function corpusCitation(): Promise<string> {
  const text = await readSharedText('corpus/wilson-121617.en.txt');
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === 'Citation:');
  return lines.slice(at + 2, at + 4).join('\n');
}

describe('parseCitation', () => {
  it('reads reference, pages, translator, URL, title and date from the corpus citation', async () => {
    const c = parseCitation(await corpusCitation());
    assert.equal(c.archive, 'Wilson Center Digital Archive');
    assert.equal(c.archiveRef, 'PRC FMA 118-01764-05');
    assert.equal(c.pages, '39-42');
    assert.equal(c.translator, '7Brands');
    assert.equal(c.url, 'https://wilson-center-digital-archive.dvincitest.com/document/121617');
    assert.equal(c.date, '1962-04-30');
    assert.match(c.title ?? '', /^The Soviet Document which .* \(Translation\)$/);
  });

  it('tolerates a citation without a translator', async () => {
    const c = parseCitation((await corpusCitation()).replace(' Translated by 7Brands.', ''));
    assert.equal(c.translator, null);
    assert.equal(c.archiveRef, 'PRC FMA 118-01764-05');
    assert.equal(c.pages, '39-42');
  });

  it('keeps a reference with dotted parts whole and reads an "ll." page range', () => {
    const c = parseCitation('"Record of Conversation", March 3, 1959, Wilson Center Digital Archive, AVPRF, f. 0100, op. 52, d. 12, ll. 22-24. Translated by Gary Goldberg and David Wolff. <https://example.org/document/1>');
    assert.equal(c.archiveRef, 'AVPRF, f. 0100, op. 52, d. 12');
    assert.equal(c.pages, 'll. 22-24');
    assert.equal(c.translator, 'Gary Goldberg and David Wolff');
    assert.equal(c.date, '1959-03-03');
    assert.equal(c.url, 'https://example.org/document/1');
  });

  it('reads the older archive name and "translated for … by" credits', () => {
    const c = parseCitation('"Cable from the Chinese Embassy", March 03, 1959, History and Public Policy Program Digital Archive, PRC FMA 109-00871-01, 1-3. Obtained and translated for CWIHP by Chen Jian. https://digitalarchive.wilsoncenter.org/document/114352');
    assert.equal(c.archiveRef, 'PRC FMA 109-00871-01');
    assert.equal(c.pages, '1-3');
    assert.equal(c.translator, 'Chen Jian');
    assert.equal(c.date, '1959-03-03');
    assert.equal(c.url, 'https://digitalarchive.wilsoncenter.org/document/114352');
  });

  it('returns nulls, not guesses, when parts are missing', () => {
    const c = parseCitation('"Untitled note", 1962, Wilson Center Digital Archive. Obtained by someone.');
    assert.equal(c.archiveRef, null);
    assert.equal(c.pages, null);
    assert.equal(c.url, null);
    assert.equal(c.date, '1962');
    const none = parseCitation('no structure at all');
    assert.deepEqual(none, { title: null, archive: null, date: null, archiveRef: null, pages: null, translator: null, url: null });
  });

  it('reads citations from other collections: the collection, then the reference, then the pages', () => {
    const uk = parseCitation('"Telegram No. 412 from Peking", 30 April 1962, The National Archives (UK), FO 371/164983, pp. 12-14. Translated by nobody.');
    assert.deepEqual([uk.archive, uk.archiveRef, uk.pages, uk.date, uk.title], ['The National Archives (UK)', 'FO 371/164983', 'pp. 12-14', '1962-04-30', 'Telegram No. 412 from Peking']);
    const ru = parseCitation('"Record of Conversation with Zhou Enlai", March 3, 1959, Archive of Foreign Policy of the Russian Federation (AVPRF), f. 0100, op. 52, d. 12, ll. 22-24.');
    assert.deepEqual([ru.archive, ru.archiveRef, ru.pages], ['Archive of Foreign Policy of the Russian Federation (AVPRF)', 'f. 0100, op. 52, d. 12', 'll. 22-24']);
    const us = parseCitation('"Memorandum for the President", May 2, 1962, John F. Kennedy Presidential Library, NSF Box 22, 5. <https://example.org/jfk/22>');
    assert.deepEqual([us.archive, us.archiveRef, us.pages, us.url], ['John F. Kennedy Presidential Library', 'NSF Box 22', '5', 'https://example.org/jfk/22']);
    const bare = parseCitation('"Note", 1962, PRC FMA 118-01764-05, 39-42.');
    assert.deepEqual([bare.archive, bare.archiveRef, bare.pages], [null, 'PRC FMA 118-01764-05', '39-42']);
  });
});
