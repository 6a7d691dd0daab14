import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { documentCitation, editionVersionOf, passageCitation, toBibtex, toCslJson, toRis } from '../../../src/core/export/citation/index.ts';
import { exportText } from '../../../src/core/export/export-formats.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const accessed = new Date('2026-12-04T12:00:00Z');
const c = documentCitation(work, accessed);

describe('the sample document’s citation', () => {
  it('comes from the archive’s metadata and citation', () => {
    assert.deepEqual(c, {
      id: 'wilson-121617',
      title: 'The Soviet Document which the Soviet Ambassador Personally Presented to Vice Minister Zhang Hanfu (Translation)',
      date: '1962-04-30', archive: 'Wilson Center Digital Archive', archiveRef: 'PRC FMA 118-01764-05', pages: '39-42',
      translator: '7Brands', url: 'https://wilson-center-digital-archive.dvincitest.com/document/121617', accessed: '2026-12-04',
    });
  });

  it('CSL-JSON: a manuscript with archive, location, pages, translator, issued and accessed', () => {
    const [item] = JSON.parse(toCslJson(c)) as Array<Record<string, unknown>>;
    assert.deepEqual(item, {
      id: 'wilson-121617', type: 'manuscript', title: c.title, issued: { 'date-parts': [[1962, 4, 30]] },
      archive: 'Wilson Center Digital Archive', archive_location: 'PRC FMA 118-01764-05', page: '39-42',
      translator: [{ literal: '7Brands' }], URL: c.url, accessed: { 'date-parts': [[2026, 12, 4]] },
    });
  });

  it('RIS: one MANSCPT record, CRLF lines, ER last', () => {
    assert.equal(toRis(c), [
      'TY  - MANSCPT', 'ID  - wilson-121617', `TI  - ${c.title}`, 'PY  - 1962', 'DA  - 1962/04/30/', 'DB  - Wilson Center Digital Archive',
      'AN  - PRC FMA 118-01764-05', 'SP  - 39', 'EP  - 42', 'A4  - 7Brands', `UR  - ${c.url}`, 'Y2  - 2026/12/04/', 'ER  - ', '',
    ].join('\r\n'));
  });

  it('BibTeX: a @misc entry with biblatex fields', () => {
    assert.equal(toBibtex(c), `@misc{wilson-121617,
  title = {${c.title}},
  date = {1962-04-30},
  year = {1962},
  organization = {Wilson Center Digital Archive},
  number = {PRC FMA 118-01764-05},
  pages = {39--42},
  translator = {7Brands},
  url = {${c.url}},
  urldate = {2026-12-04}
}
`);
  });

  it('through exportText, by format name', () => {
    const al = { witnessIds: [], rows: [] };
    const r = exportText('ris', work, al, { now: accessed });
    assert.ok(r.ok);
    assert.equal(r.value, toRis(c));
  });
});

describe('hostile metadata stays data', () => {
  const hostile: Work = { ...work, meta: { ...work.meta, title: 'A} @misc{x, note={pwn}\nER  - \n\\input{/etc/passwd} 100% & #1_^~$', url: 'javascript:alert(1)' } };
  const h = documentCitation(hostile, accessed);
  it('BibTeX escapes braces, backslashes and specials, and keeps the entry one', () => {
    const bib = toBibtex(h);
    assert.ok(bib.includes(String.raw`title = {A\} @misc\{x, note=\{pwn\} ER  -  \textbackslash{}input\{/etc/passwd\} 100\% \& \#1\_\textasciicircum{}\textasciitilde{}\$},`), bib);
    assert.equal(bib.match(/^@/gm)?.length, 1);
  });
  it('RIS keeps each value on its line: a newline cannot end the record', () => {
    const ris = toRis(h);
    assert.equal(ris.match(/^ER {2}- /gm)?.length, 1);
    assert.equal(ris.match(/^UR/m), null, 'a javascript: URL is left out');
  });
});

describe('Cite this passage', () => {
  it('names the archive’s citation, the document and paragraph, the edition version, the link and the date', () => {
    const text = passageCitation(work, c, { paragraphId: 'en-7b-p4', editionVersion: editionVersionOf(['2026-12-01T10:00:00.000Z', '2026-12-03T08:15:30.000Z']), link: 'https://parallax.example/#/work/wilson-121617/p/en-7b-p4' });
    assert.equal(text, `"${c.title}", 1962-04-30, Wilson Center Digital Archive, PRC FMA 118-01764-05, pp. 39-42. Translated by 7Brands. Document wilson-121617, paragraph en-7b-p4 (Archive translation (7Brands)), Parallax edition 2026-12-03 08:15 UTC. https://parallax.example/#/work/wilson-121617/p/en-7b-p4 Accessed 4 December 2026.`);
  });
  it('says so when the paragraph is from a text written for the project', () => {
    const text = passageCitation(work, c, { paragraphId: 'en-parallax-p4', editionVersion: editionVersionOf([]), link: null });
    assert.match(text, /Parallax edition as imported\. This paragraph is from a text written for the Parallax project for demonstration, not from the archive; do not cite its wording as the document’s\./);
  });
});

describe('XLIFF 1.2 by sentences', () => {
  it('cuts seg-source and target into mrk seg marks that rebuild each paragraph', async () => {
    const r = exportText('xliff12', work, await loadSampleAlignment(work), { units: 'sentences' });
    assert.ok(r.ok);
    assert.match(r.value, /<seg-source><mrk mtype="seg" mid="1">/);
    const { readXliff } = await import('../../../src/core/import-xliff/index.ts');
    const { returnedToProposals } = await import('../../../src/core/revise/index.ts');
    const read = readXliff(r.value);
    assert.ok(read.ok);
    const set = returnedToProposals(work.witnesses.find((w) => w.id === 'en-7b')!, read.value);
    assert.deepEqual([set.proposals.length, set.unmatched.length], [0, 0]);
    assert.ok(set.unchanged > 10);
  });
});
