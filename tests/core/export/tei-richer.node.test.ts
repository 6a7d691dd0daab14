/**
 * TEI out, richer: names from the authority list tagged in the text and
 * listed in the header, each approval a <change when who> pointing at its
 * approver, an <?xml-model?> for tei_all; valid against the TEI subset with
 * jing, and read back to the same work.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { toTei } from '../../../src/core/export/to-tei.ts';
import { readTei } from '../../../src/core/import-tei/index.ts';
import { parseNameList } from '../../../src/core/names/name-list.ts';
import { readRepoText } from '../../support/files.ts';
import { SCHEMAS, tempDir, tool, writeTemp } from '../../export/run-tool.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

const work = await loadSampleWork();
const names = parseNameList(await readRepoText('translations/names.json'));
assert.ok(names.ok);
const approvals = [
  { witnessId: 'en-7b', paragraphId: 'en-7b-p4', revisionId: 'r1', author: 'Ann Editor', at: '2026-12-01T10:00:00.000Z' },
  { witnessId: 'en-7b', paragraphId: 'en-7b-p6', revisionId: 'r2', author: 'Bo Reviewer', at: '2026-12-02T11:30:00.000Z', note: 'house style' },
];
const e = buildEdition(work, await loadSampleAlignment(work), { names: names.value.entries, approvals });
assert.ok(e.ok);
const xml = toTei(e.value);

describe('TEI out, richer', () => {
  it('names the tei_all schema in an <?xml-model?>', () => {
    assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<\?xml-model href="https:\/\/www\.tei-c\.org\/release\/xml\/tei\/custom\/schema\/relaxng\/tei_all\.rng" type="application\/xml" schematypens="http:\/\/relaxng\.org\/ns\/structure\/1\.0"\?>\n<TEI /);
  });

  it('tags names in the text and lists them, with every form, in the header', () => {
    assert.match(xml, /<placeName ref="#name-moscow">Moscow<\/placeName>/);
    assert.match(xml, /<placeName ref="#name-moscow">莫斯科<\/placeName>/, 'the Chinese form too');
    assert.match(xml, /<listPlace><place xml:id="name-[\w.-]+">/);
    assert.match(xml, /<place xml:id="name-bakhty"><placeName type="canonical">Bakhty<\/placeName><placeName type="original">巴克图<\/placeName><placeName type="pinyin">Bākètú<\/placeName><placeName type="variant">Ba-ke-tu<\/placeName>/);
    assert.ok(!/<placeName ref="#name-moscow">Moscow<\/placeName>[\p{L}]/u.test(xml), 'whole words only');
  });

  it('records each approval as <change when who> pointing at its approver in the title statement', () => {
    assert.match(xml, /<titleStmt><title>[^<]+<\/title><respStmt xml:id="editor-1"><resp>Approved revisions<\/resp><name>Ann Editor<\/name><\/respStmt><respStmt xml:id="editor-2">/);
    assert.match(xml, /<change when="2026-12-01T10:00:00\.000Z" who="#editor-1">Approved a revision of en-7b-p4\.<\/change><change when="2026-12-02T11:30:00\.000Z" who="#editor-2">Approved a revision of en-7b-p6: house style\.<\/change>/);
  });

  it('is valid against the TEI subset and reads back to the same paragraphs', () => {
    const r = tool('jing', ['-c', path.join(SCHEMAS, 'tei-parallax-subset.rnc'), writeTemp(tempDir(), 'rich.tei.xml', xml)]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    const back = readTei(xml);
    assert.ok(back.ok);
    assert.deepEqual(back.value.work.witnesses.map((w) => w.paragraphs), work.witnesses.map((w) => w.paragraphs));
  });
});
