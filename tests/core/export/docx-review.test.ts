/**
 * DOCX out for Word reviewers and back: pending proposals become tracked
 * changes with their author and date, comments become Word comments; the
 * file read back gives the proposed text (accepted), the warning, the
 * comment, and, as a revised version, exactly the proposals again.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { toDocx } from '../../../src/core/export/to-docx.ts';
import { readDocx } from '../../../src/core/import-docx/index.ts';
import type { Witness } from '../../../src/core/model/work.ts';
import { revisedToProposals } from '../../../src/core/revise/index.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const edition = buildEdition(work, await loadSampleAlignment(work), { includeOriginal: false });
assert.ok(edition.ok);
const english = work.witnesses.find((w) => w.id === 'en-7b') as Witness;
const text = (id: string) => english.paragraphs.find((p) => p.id === id)?.text ?? '';
const proposals = [
  { paragraphId: 'en-7b-p4', text: text('en-7b-p4').replace('seriously perplexed', 'deeply perplexed'), author: 'Ann Editor', at: '2026-12-04T09:30:00.000Z' },
  { paragraphId: 'en-7b-p6', text: text('en-7b-p6').replace('It is not hard to understand', 'It is easy to see'), author: 'Ann Editor', at: '2026-12-04T09:31:00.000Z' },
];
const comments = [{ paragraphId: 'en-7b-p6', author: 'Bo Reviewer', at: '2026-12-04T09:40:00.000Z', text: 'Keep the original <emphasis> & tone?' }];
const bytes = await toDocx(edition.value, { layout: 'translation', proposals, comments });

describe('DOCX out with proposals and comments', () => {
  it('writes w:ins/w:del with author and date, and a comments part with the comment', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const doc = await zip.file('word/document.xml')!.async('string');
    assert.match(doc, /<w:del [^>]*w:author="Ann Editor"[^>]*w:date="2026-12-04T09:30:00(\.000)?Z"[^>]*>[\s\S]*?<w:delText[^>]*>seriously<\/w:delText>/);
    assert.match(doc, /<w:ins [^>]*w:author="Ann Editor"[^>]*>[\s\S]*?<w:t[^>]*>deeply<\/w:t>/);
    const part = await zip.file('word/comments.xml')!.async('string');
    assert.match(part, /w:author="Bo Reviewer"/);
    assert.match(part, /Keep the original &lt;emphasis&gt; &amp; tone\?/);
  });

  it('read back: the proposed text (accepted), the tracked-change warning, the comment on its paragraph', async () => {
    const r = await readDocx('review.docx', bytes);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const texts = r.value.paragraphs.map((p) => p.text);
    assert.ok(texts.includes(proposals[0]!.text));
    assert.ok(texts.includes(proposals[1]!.text));
    assert.ok(!texts.includes(text('en-7b-p4')));
    assert.deepEqual(r.value.warnings.map((w) => w.code), ['IMPORT_DOCX_TRACKED_CHANGES']);
    const p6 = r.value.paragraphs.find((p) => p.text === proposals[1]!.text);
    assert.deepEqual(p6?.notes.filter((n) => n.kind === 'comment').map((n) => [n.author, n.text]), [['Bo Reviewer', 'Keep the original <emphasis> & tone?']]);
  });

  it('as a revised version of the translation: exactly the two proposals, nothing else changed', async () => {
    const r = await readDocx('review.docx', bytes);
    assert.ok(r.ok);
    const set = revisedToProposals(english, r.value.paragraphs.map((p) => p.text));
    assert.deepEqual(set.proposals.map((p) => [p.paragraphId, p.after]), proposals.map((p) => [p.paragraphId, p.text]));
    assert.ok(set.unmatched.every((u) => u.kind === 'added'), 'only the edition’s own heading, dateline and statement are extra');
  });
});
