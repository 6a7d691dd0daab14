import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { toTei } from '../../../src/core/export/to-tei.ts';
import { readTei } from '../../../src/core/import-tei/read-tei.ts';
import { parseMarks } from '../../../src/core/marks/parse-marks.ts';
import { parseNameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

describe('TEI round trip of the sample work', () => {
  it('gives back the same paragraphs, marks, page breaks, witnesses and alignment', async () => {
    const work = await loadSampleWork();
    const alignment = await loadSampleAlignment(work);
    const names = parseNameList(await readRepoText('translations/names.json'));
    assert.ok(names.ok);
    for (const apparatus of [false, true]) {
      const e = buildEdition(work, alignment, { apparatus, names: names.value.entries });
      assert.ok(e.ok);
      const back = readTei(toTei(e.value));
      assert.ok(back.ok, back.ok ? '' : back.error.message);
      const w = back.value.work;
      assert.deepEqual(w.witnesses.map((x) => x.paragraphs), work.witnesses.map((x) => x.paragraphs));
      assert.deepEqual(w.witnesses.map(({ paragraphs: _p, ...m }) => m), work.witnesses.map(({ paragraphs: _p, ...m }) => m));
      for (const [i, wit] of w.witnesses.entries()) {
        for (const [j, p] of wit.paragraphs.entries()) assert.deepEqual(parseMarks(p.text), parseMarks(work.witnesses[i]?.paragraphs[j]?.text ?? ''));
      }
      assert.deepEqual(back.value.alignment?.rows.map((r) => r.cells), alignment.rows.map((r) => r.cells));
      assert.equal(w.meta.archiveRef, work.meta.archiveRef);
      assert.equal(w.meta.date, work.meta.date);
      assert.equal(w.id, work.id);
      assert.equal(w.notes, work.notes, 'the work’s licence and provenance notes');
    }
  });

  it('keeps the page break the importer joined as <pb/>, at the same offset', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    const xml = toTei(e.value);
    assert.match(xml, /They should have <pb type="source"\/>taken steps|They should have<pb type="source"\/> taken steps/);
  });
});

describe('TEI page breaks next to brackets', () => {
  it('keeps a page break that falls right after a bracket', async () => {
    const { generateWork } = await import('../../support/generate-work.ts');
    const { alignByParagraphIndex } = await import('../edition/align-by-paragraph-index.ts');
    const base = generateWork({ paragraphs: 1, wordsPerParagraph: 5 });
    const text = 'They came from Huoerguosi [Horgos] and stayed.';
    const at = text.indexOf(' and');
    const work = { ...base, witnesses: base.witnesses.map((w) => (w.id === 'en' ? { ...w, paragraphs: [{ id: 'en-p1', kind: 'text' as const, text, pageBreaks: [at] }] } : w)) };
    const e = buildEdition(work, alignByParagraphIndex(work));
    assert.ok(e.ok);
    const back = readTei(toTei(e.value));
    assert.ok(back.ok);
    assert.deepEqual(back.value.work.witnesses.find((w) => w.id === 'en')?.paragraphs[0], { id: 'en-p1', kind: 'text', text, pageBreaks: [at] });
  });
});
