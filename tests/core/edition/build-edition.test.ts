import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import type { Edition, Inline } from '../../../src/core/edition/edition.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { generateWork } from '../../support/generate-work.ts';
import { alignByParagraphIndex } from './align-by-paragraph-index.ts';
import { loadSampleAlignment, loadSampleWork } from './sample-work.ts';

function build(work: Work, alignment: Parameters<typeof buildEdition>[1], opts: Parameters<typeof buildEdition>[2] = {}): Edition {
  const r = buildEdition(work, alignment, opts);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const joined = (inlines: readonly Inline[]) => inlines.map((i) => (i.kind === 'note-ref' ? '' : i.text)).join('');

describe('buildEdition on the sample work', () => {
  it('keeps every paragraph of the original and the translation, in order, with its text unchanged', async () => {
    const work = await loadSampleWork();
    const e = build(work, await loadSampleAlignment(work));
    const [zh, wilson] = work.witnesses;
    assert.deepEqual(e.rows.flatMap((r) => r.original.paragraphs.map((p) => p.id)), zh?.paragraphs.map((p) => p.id));
    assert.deepEqual(e.rows.flatMap((r) => r.translation.paragraphs.map((p) => p.id)), wilson?.paragraphs.map((p) => p.id));
    for (const r of e.rows) for (const p of [...r.original.paragraphs, ...r.translation.paragraphs]) assert.equal(joined(p.inlines), p.text);
  });

  it('makes the source note footnote 1, with archive, reference, pages, translator, URL and the project renderings', async () => {
    const e = build(await loadSampleWork(), await loadSampleAlignment());
    const first = e.footnotes[0];
    assert.equal(first?.n, 1);
    assert.equal(first?.kind, 'source');
    for (const s of ['Wilson Center Digital Archive', 'PRC FMA 118-01764-05', '39-42', '7Brands', 'https://wilson-center-digital-archive.dvincitest.com/document/121617']) {
      assert.ok(first?.text.includes(s), s);
    }
    assert.deepEqual(e.sourceNote.projectRenderings.map((r) => r.witnessId), ['zh', 'en-parallax']);
  });

  it('numbers a footnote for every bracket of the source, from 2, in reading order', async () => {
    const e = build(await loadSampleWork(), await loadSampleAlignment());
    assert.deepEqual(e.footnotes.map((f) => f.n), e.footnotes.map((_, i) => i + 1));
    const sic = e.footnotes.find((f) => f.bracket === 'sic');
    assert.ok(sic?.text.includes('Ba-ke-tu'));
    const p3 = e.rows.flatMap((r) => r.translation.paragraphs).find((p) => p.text.includes('Ba-ke-tu [sic]'));
    const brackets = p3?.inlines.filter((i) => i.kind === 'bracket') ?? [];
    assert.deepEqual(brackets.map((b) => b.kind === 'bracket' && b.text), ['[sic]', '[Horgos]']);
    assert.deepEqual(brackets.map((b) => b.kind === 'bracket' && b.footnote), [2, 3]);
  });

  it('keeps the omission where it stands: a last row with no original', async () => {
    const e = build(await loadSampleWork(), await loadSampleAlignment());
    const last = e.rows[e.rows.length - 1];
    assert.equal(last?.original.paragraphs.length, 0);
    assert.equal(last?.translation.paragraphs[0]?.kind, 'omission');
    assert.equal(last?.translation.paragraphs[0]?.inlines[0]?.kind, 'bracket');
  });

  it('gives an apparatus of the other translation only when asked, only where it differs', async () => {
    const work = await loadSampleWork();
    const a = await loadSampleAlignment();
    assert.ok(build(work, a).rows.every((r) => r.variants.length === 0));
    const e = build(work, a, { apparatus: true });
    assert.ok(e.rows.every((r) => r.variants.every((v) => v.witnessId === 'en-parallax')));
    // Same translation on both sides: nothing differs.
    const twin: Work = { ...work, witnesses: [...work.witnesses, { ...work.witnesses[1]!, id: 'twin', paragraphs: work.witnesses[1]!.paragraphs.map((p, i) => ({ ...p, id: `twin-p${i + 1}` })) }] };
    const twinAlign = { ...a, rows: a.rows.map((r) => ({ ...r, cells: { ...r.cells, twin: (r.cells['en-7b'] ?? []).map((id) => id.replace('en-7b', 'twin')) } })) };
    const t = build(twin, twinAlign, { apparatus: true });
    assert.ok(t.rows.every((r) => r.variants.every((v) => v.witnessId !== 'twin')));
  });

  it('indexes names under every spelling, keyed to paragraph ids', async () => {
    const names = [
      { id: 'bakhty', kind: 'place' as const, canonical: 'Bakhty', original: '巴克图', variants: ['Ba-ke-tu'] },
      { id: 'nowhere', kind: 'place' as const, canonical: 'Nowhere', variants: [] },
    ];
    const e = build(await loadSampleWork(), await loadSampleAlignment(), { names });
    assert.equal(e.index.length, 1);
    const ids = e.index[0]?.locations.map((l) => l.paragraphId) ?? [];
    assert.ok(ids.includes('en-7b-p5') && ids.includes('zh-p4'), ids.join());
    assert.ok(e.index[0]?.locations.every((l) => l.documentId === 'd1'));
    assert.deepEqual(e.frontMatter.places.map((p) => p.id), ['bakhty'], 'only the names the document uses');
  });

  it('anchors editorial notes and numbers them with the brackets', async () => {
    const e = build(await loadSampleWork(), await loadSampleAlignment(), { editorialNotes: [{ paragraphId: 'en-7b-p3', offset: 2, text: 'Editor’s note.' }] });
    const p1 = e.rows[1]?.translation.paragraphs[0];
    assert.deepEqual(p1?.inlines[1], { kind: 'note-ref', footnote: 2 });
    assert.equal(e.footnotes[1]?.kind, 'editorial');
  });

  it('states the approvals, and says so when there are none', async () => {
    const work = await loadSampleWork();
    const a = await loadSampleAlignment();
    assert.match(build(work, a).revisions.lines[0] ?? '', /No revision has been approved/);
    const e = build(work, a, { approvals: [
      { witnessId: 'en-7b', paragraphId: 'en-7b-p4', revisionId: 'r2', author: 'Ann', at: '2026-11-02T10:00:00Z' },
      { witnessId: 'en-7b', paragraphId: 'en-7b-p3', revisionId: 'r1', author: 'Ann', at: '2026-11-01T10:00:00Z' },
    ] });
    assert.equal(e.revisions.lines[0], 'Ann approved 2 paragraphs between 2026-11-01 and 2026-11-02: en-7b-p3, en-7b-p4.');
  });

  it('leaves the original out, and its footnotes, for the translation-only layout', async () => {
    const e = build(await loadSampleWork(), await loadSampleAlignment(), { includeOriginal: false });
    assert.ok(e.rows.every((r) => r.original.paragraphs.length === 0));
    assert.equal(e.rows.length, 12);
  });

  it('gives a paragraph the alignment forgot a row of its own instead of dropping it', () => {
    const work = generateWork({ paragraphs: 4, wordsPerParagraph: 20 });
    const a = alignByParagraphIndex(work);
    const stale = { ...a, rows: a.rows.map((r) => ({ ...r, cells: { ...r.cells, en: (r.cells.en ?? []).filter((id) => id !== 'en-p3') } })) };
    const e = build(work, stale);
    assert.deepEqual(e.rows.flatMap((r) => r.translation.paragraphs.map((p) => p.id)), ['en-p1', 'en-p2', 'en-p3', 'en-p4']);
  });
});

describe('buildEdition errors', () => {
  it('EXPORT_UNKNOWN_WITNESS, EXPORT_NO_TRANSLATION, EXPORT_NO_ORIGINAL, EXPORT_ALIGNMENT_MISMATCH', () => {
    const work = generateWork({ paragraphs: 2, wordsPerParagraph: 10 });
    const a = alignByParagraphIndex(work);
    const code = (r: ReturnType<typeof buildEdition>) => (r.ok ? 'ok' : r.error.code);
    assert.equal(code(buildEdition(work, a, { translationId: 'nope' })), 'EXPORT_UNKNOWN_WITNESS');
    assert.equal(code(buildEdition({ ...work, witnesses: work.witnesses.slice(0, 1) }, a)), 'EXPORT_NO_TRANSLATION');
    assert.equal(code(buildEdition({ ...work, witnesses: work.witnesses.slice(1) }, a)), 'EXPORT_NO_ORIGINAL');
    assert.equal(code(buildEdition(work, { ...a, rows: [{ cells: { en: ['en-p9'] }, score: 1, flagged: false }] })), 'EXPORT_ALIGNMENT_MISMATCH');
  });
});
