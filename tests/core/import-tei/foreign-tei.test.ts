import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readTei } from '../../../src/core/import-tei/index.ts';
import { readRepoText } from '../../support/files.ts';

describe('a TEI file from another project', () => {
  it('imports as a work with its two witnesses, text as found, notes and page breaks kept', async () => {
    const xml = await readRepoText('tests/fixtures/interchange/foreign-edition.tei.xml');
    assert.ok(xml.includes('\r\n'), 'the fixture has CRLF line ends');
    const r = readTei(xml);
    assert.ok(r.ok, r.ok ? '' : r.error.message);
    const { work, notes, alignment } = r.value;
    assert.equal(alignment, undefined, 'no alignment of its own: the caller aligns it');
    assert.deepEqual([work.id, work.meta.title, work.meta.date], ['border-note-1962', 'Note on the border crossings', '1962-05-02']);
    assert.deepEqual(work.witnesses.map((w) => [w.id, w.lang, w.role, w.label]), [
      ['orig', 'zh-Hans', 'original', 'original'], ['trans', 'en', 'translation', 'Project translation'],
    ]);
    assert.deepEqual(work.witnesses[0]?.paragraphs, [
      { id: 'orig-p1', kind: 'heading', text: '关于越境问题的照会' },
      { id: 'orig-p2', kind: 'text', text: '巴克图[illegible]口岸。边民越境。', pageBreaks: ['巴克图[illegible]口岸。'.length] },
    ]);
    assert.deepEqual(work.witnesses[1]?.paragraphs, [
      { id: 'trans-p1', kind: 'heading', text: 'Note on the border crossings' },
      { id: 'trans-p2', kind: 'text', text: 'At the Ba-ke-tu [sic] port [...] residents crossed the border.' },
      { id: 'trans-p3', kind: 'text', text: 'Talks went on for [two] days in Yining.', pageBreaks: ['Talks went on'.length] },
    ]);
    assert.deepEqual(notes, [
      { paragraphId: 'trans-p2', offset: 'At the Ba-ke-tu [sic]'.length, text: 'Corrected reading: Bakhty' },
      { paragraphId: 'trans-p2', offset: 'At the Ba-ke-tu [sic] port [...] residents'.length, text: 'The number is not given.' },
    ]);
  });

  it('a body without divisions is one witness in the text’s language', () => {
    const r = readTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></teiHeader><text xml:lang="ru"><body><p>Один.</p><p>Два.</p></body></text></TEI>');
    assert.ok(r.ok);
    assert.deepEqual(r.value.work.witnesses.map((w) => [w.id, w.lang, w.role, w.paragraphs.map((p) => p.text)]), [['ru', 'ru', 'original', ['Один.', 'Два.']]]);
  });

  it('a TEI file with no text body is refused with a code', () => {
    const r = readTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/></TEI>');
    assert.equal(r.ok ? 'ok' : r.error.code, 'IMPORT_TEI_UNSUPPORTED');
  });
});
