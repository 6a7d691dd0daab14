import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loadWorkFolder, workFolderFiles } from '../../../src/core/import/load-work-folder.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';
import { encode, goldBodyParagraphs, readSampleFolder, SAMPLE } from './sample-folder.ts';

function loaded(files: ReadonlyMap<string, Uint8Array>): Work {
  const r = loadWorkFolder(files);
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function codeOf(files: ReadonlyMap<string, Uint8Array>): string {
  const r = loadWorkFolder(files);
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? '' : r.error.code;
}

type Manifest = { witnesses: Array<Record<string, unknown>> } & Record<string, unknown>;

/** The sample folder with its work.json edited by `edit`. */
async function withManifest(edit: (m: Manifest) => void): Promise<Map<string, Uint8Array>> {
  const files = await readSampleFolder();
  const manifest = JSON.parse(await readRepoText(`${SAMPLE}/work.json`)) as Manifest;
  edit(manifest);
  files.set('work.json', encode(JSON.stringify(manifest)));
  return files;
}

describe('loadWorkFolder on translations/wilson-121617', () => {
  it('gives three witnesses, one original, with the labels and flags from work.json', async () => {
    const work = loaded(await readSampleFolder());
    assert.equal(work.id, 'wilson-121617');
    assert.deepEqual(work.witnesses.map((w) => [w.id, w.role, w.lang, w.preparedForProject]), [
      ['zh', 'original', 'zh-Hans', true],
      ['en-7b', 'translation', 'en', false],
      ['en-parallax', 'translation', 'en', true],
    ]);
    assert.match(work.witnesses[0]?.label ?? '', /prepared for Parallax.*not the archival original/);
    assert.equal(work.witnesses[1]?.label, 'Archive translation (7Brands)');
    assert.equal(work.witnesses[1]?.translator, '7Brands');
    assert.match(work.notes ?? '', /CC0/);
  });

  it('takes the work meta from the archive export header', async () => {
    const { meta } = loaded(await readSampleFolder());
    assert.equal(meta.date, '1962-04-30');
    assert.equal(meta.archiveRef, 'PRC FMA 118-01764-05');
    assert.equal(meta.originalLanguage, 'Chinese');
  });

  it('aligns the body paragraphs 1:1 with the gold set (headings aside)', async () => {
    const work = loaded(await readSampleFolder());
    const gold = await goldBodyParagraphs();
    const body = (id: string) => work.witnesses.find((w) => w.id === id)?.paragraphs.filter((p) => p.kind !== 'heading').map((p) => p.text);
    assert.deepEqual(body('zh'), gold.zh);
    assert.deepEqual(body('en-7b'), gold.en);
    assert.deepEqual(body('en-parallax'), gold.enParallax);
    for (const w of work.witnesses) assert.equal(w.paragraphs.find((p) => p.kind === 'heading')?.kind, 'heading', `${w.id} has its title as a heading`);
  });

  it('loads the GB18030 copy of the Chinese text identically, declared or detected', async () => {
    const utf8 = loaded(await readSampleFolder());
    const gb = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    const declared = await withManifest((m) => { m.witnesses[0]!['encoding'] = 'gb18030'; });
    declared.set('zh-Hans.txt', gb);
    assert.deepEqual(loaded(declared), utf8);
    const detected = await withManifest((m) => { delete m.witnesses[0]!['encoding']; });
    detected.set('zh-Hans.txt', gb);
    assert.deepEqual(loaded(detected), utf8);
  });

  it('lets work.json meta override the header', async () => {
    const work = loaded(await withManifest((m) => { m['meta'] = { title: 'Soviet note of 30 April 1962' }; }));
    assert.equal(work.meta.title, 'Soviet note of 30 April 1962');
    assert.equal(work.meta.pages, '39-42');
  });

  it('lists the files work.json needs', async () => {
    const r = workFolderFiles(await readRepoBytes(`${SAMPLE}/work.json`));
    assert.deepEqual(r.ok ? r.value : null, ['zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']);
  });
});

describe('loadWorkFolder errors', () => {
  it('IMPORT_WORK_NO_MANIFEST without work.json', async () => {
    const files = await readSampleFolder();
    files.delete('work.json');
    assert.equal(codeOf(files), 'IMPORT_WORK_NO_MANIFEST');
  });

  it('IMPORT_WORK_MALFORMED for broken JSON', async () => {
    const files = await readSampleFolder();
    files.set('work.json', encode('{ "format": "parallax.work-folder", '));
    assert.equal(codeOf(files), 'IMPORT_WORK_MALFORMED');
  });

  it('IMPORT_WORK_NO_WITNESSES for a missing or empty witness list', async () => {
    assert.equal(codeOf(await withManifest((m) => { Reflect.deleteProperty(m, 'witnesses'); })), 'IMPORT_WORK_NO_WITNESSES');
    assert.equal(codeOf(await withManifest((m) => { m.witnesses = []; })), 'IMPORT_WORK_NO_WITNESSES');
  });

  it('IMPORT_WORK_ORIGINAL_COUNT for two originals or none', async () => {
    assert.equal(codeOf(await withManifest((m) => { m.witnesses[1]!['role'] = 'original'; })), 'IMPORT_WORK_ORIGINAL_COUNT');
    assert.equal(codeOf(await withManifest((m) => { m.witnesses[0]!['role'] = 'translation'; })), 'IMPORT_WORK_ORIGINAL_COUNT');
  });

  it('IMPORT_WORK_MISSING_FILE for a file that is not there', async () => {
    assert.equal(codeOf(await withManifest((m) => { m.witnesses[2]!['file'] = 'en-missing.txt'; })), 'IMPORT_WORK_MISSING_FILE');
  });

  it('passes on the witness file\'s own import error', async () => {
    const files = await readSampleFolder();
    files.set('en-parallax.txt', new Uint8Array(0));
    assert.equal(codeOf(files), 'IMPORT_EMPTY');
    const wrongEncoding = await withManifest((m) => { m.witnesses[0]!['encoding'] = 'utf-8'; });
    wrongEncoding.set('zh-Hans.txt', await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt'));
    assert.equal(codeOf(wrongEncoding), 'IMPORT_UNDECODABLE');
  });
});
