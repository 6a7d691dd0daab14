import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { readDocx } from '../../../src/core/import-docx/index.ts';
import { buildReviewedDocx } from '../../support/build-docx.ts';

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const bytes = await buildReviewedDocx();

describe('readDocx on a file written by the docx package', () => {
  it('gives the paragraphs in order, headings as headings, marks untouched, accepted text of tracked changes', async () => {
    const r = await readDocx('reviewed.docx', bytes);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    assert.deepEqual(r.value.paragraphs.map((p) => [p.kind, p.text]), [
      ['heading', 'The Soviet Document'],
      ['text', 'As the Embassy pointed out in its notice, Moscow believes it necessary to inform Chinese comrades.'],
      ['text', 'Moscow is deeply perplexed.'],
      ['text', 'Ba-ke-tu [sic] and Yining [Gulja] stay as found [...].'],
      ['heading', 'Closing'],
      ['text', 'The first half of a paragraph and its second half, on the next page.'],
      ['text', 'After a page of its own.'],
    ]);
  });

  it('anchors the footnote, the endnote and the comment where their references stand', async () => {
    const r = await readDocx('reviewed.docx', bytes);
    assert.ok(r.ok);
    assert.deepEqual(r.value.paragraphs[1]?.notes, [{ kind: 'footnote', offset: 'As the Embassy pointed out in its notice'.length, text: 'Ministry of Foreign Affairs statement of 24 April 1962.' }]);
    const end = 'Ba-ke-tu [sic] and Yining [Gulja] stay as found [...].'.length;
    assert.deepEqual(r.value.paragraphs[3]?.notes, [
      { kind: 'comment', offset: end, text: 'Is “deeply” too strong here?', author: 'Reviewer R' },
      { kind: 'endnote', offset: end, text: 'Translator’s note: “Ba-ke-tu” kept as found.' },
    ]);
  });

  it('records the page break inside a paragraph at its offset, and counts the one between paragraphs', async () => {
    const r = await readDocx('reviewed.docx', bytes);
    assert.ok(r.ok);
    assert.deepEqual(r.value.paragraphs[5]?.pageBreaks, ['The first half of a paragraph'.length]);
    assert.equal(r.value.pageBreaksBetween, 1);
  });

  it('reports the tracked changes with a coded warning', async () => {
    const r = await readDocx('reviewed.docx', bytes);
    assert.ok(r.ok);
    assert.deepEqual(r.value.trackedChanges, { insertions: 1, deletions: 1 });
    assert.deepEqual(r.value.warnings.map((w) => w.code), ['IMPORT_DOCX_TRACKED_CHANGES']);
    assert.match(r.value.warnings[0]?.message ?? '', /\(1 insertion\(s\), 1 deletion\(s\)\); their accepted text was imported/);
  });
});

describe('readDocx refuses', () => {
  const rezip = async (edit: (xml: string) => string, part = 'word/document.xml') => {
    const zip = await JSZip.loadAsync(bytes);
    zip.file(part, edit(await zip.file(part)!.async('string')));
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  };
  it('binary and truncated input', async () => {
    assert.equal(code(await readDocx('x.docx', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 255]))), 'IMPORT_DOCX_NOT_ZIP');
    assert.equal(code(await readDocx('x.docx', bytes.subarray(0, bytes.length >> 1))), 'IMPORT_DOCX_NOT_ZIP');
  });
  it('a ZIP that is not a Word file, and a document in the wrong namespace', async () => {
    const zip = new JSZip();
    zip.file('content.xml', '<a/>');
    assert.equal(code(await readDocx('x.odt', new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))), 'IMPORT_DOCX_NOT_DOCX');
    const wrong = await rezip((x) => x.replaceAll('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'urn:example:not-word'));
    assert.equal(code(await readDocx('x.docx', wrong)), 'IMPORT_DOCX_WRONG_NAMESPACE');
  });
  it('entity declarations in any part', async () => {
    const hostile = await rezip((x) => x.replace('?>', '?><!DOCTYPE w:document [<!ENTITY lol "lol">]>'), 'word/footnotes.xml');
    assert.equal(code(await readDocx('x.docx', hostile)), 'IMPORT_DOCX_DOCTYPE');
  });
  it('a file over the size limit, before reading it', async () => {
    assert.equal(code(await readDocx('x.docx', new Uint8Array(100_000_001))), 'IMPORT_DOCX_TOO_LARGE');
  });
});

describe('importDocx and a reviewer’s DOCX as a revised version', () => {
  it('imports a work whose notes are editorial notes on the right paragraphs', async () => {
    const { importDocx } = await import('../../../src/core/import-docx/index.ts');
    const r = await importDocx('reviewed.docx', bytes, { role: 'translation', witnessId: 'en-r' });
    assert.ok(r.ok);
    const w = r.value.work.witnesses[0];
    assert.equal(w?.lang, 'en');
    assert.deepEqual(w?.paragraphs.map((p) => p.id), ['en-r-p1', 'en-r-p2', 'en-r-p3', 'en-r-p4', 'en-r-p5', 'en-r-p6', 'en-r-p7']);
    assert.deepEqual(w?.paragraphs[5]?.pageBreaks, [29]);
    assert.equal(r.value.work.meta.title, 'The Soviet Document');
    assert.deepEqual(r.value.notes.map((n) => [n.paragraphId, n.text.split(':')[0]]), [
      ['en-r-p2', 'Footnote in the Word file'], ['en-r-p4', 'Comment in the Word file (Reviewer R)'], ['en-r-p4', 'Endnote in the Word file'],
    ]);
    assert.deepEqual(r.value.warnings.map((w) => w.code), ['IMPORT_DOCX_TRACKED_CHANGES']);
  });

  it('goes back in as proposals: the tracked change is one proposal, the comment travels with its paragraph', async () => {
    const { revisedToProposals } = await import('../../../src/core/revise/index.ts');
    const r = await readDocx('reviewed.docx', bytes);
    assert.ok(r.ok);
    const current = r.value.paragraphs.map((p, i) => ({ id: `en-p${i + 1}`, kind: p.kind, text: p.text }));
    current[2] = { ...current[2]!, text: 'Moscow is seriously perplexed.' };
    current[3] = { ...current[3]!, text: 'Ba-ke-tu [sic] and Yining [Gulja] stay as found.' };
    const witness = { id: 'en', lang: 'en', role: 'translation' as const, label: 'en', translator: null, provenance: null, preparedForProject: false, paragraphs: current };
    const set = revisedToProposals(witness, r.value.paragraphs.map((p) => ({ text: p.text, notes: p.notes.filter((n) => n.kind === 'comment').map((n) => n.text) })));
    assert.deepEqual(set.proposals.map((p) => [p.paragraphId, p.after, p.notes]), [
      ['en-p3', 'Moscow is deeply perplexed.', []],
      ['en-p4', 'Ba-ke-tu [sic] and Yining [Gulja] stay as found [...].', ['Is “deeply” too strong here?']],
    ]);
    assert.equal(set.unchanged, 5);
  });
});
