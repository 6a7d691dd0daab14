import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isSafeRelativePath, parseWorkManifest } from '../../../src/core/import/parse-work-manifest.ts';
import { readRepoText } from '../../support/files.ts';
import { SAMPLE } from './sample-folder.ts';

type Manifest = { witnesses: Array<Record<string, unknown>> } & Record<string, unknown>;

async function edited(edit: (m: Manifest) => void): Promise<string> {
  const m = JSON.parse(await readRepoText(`${SAMPLE}/work.json`)) as Manifest;
  edit(m);
  return JSON.stringify(m);
}

async function problem(edit: (m: Manifest) => void): Promise<string> {
  const r = parseWorkManifest(await edited(edit));
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? '' : `${r.error.code}: ${r.error.message}`;
}

describe('parseWorkManifest', () => {
  it('reads the sample work.json with defaults filled in', async () => {
    const r = parseWorkManifest(await readRepoText(`${SAMPLE}/work.json`));
    if (!r.ok) assert.fail(r.error.message);
    assert.equal(r.value.id, 'wilson-121617');
    const [zh, en] = r.value.witnesses;
    assert.equal(zh?.format, 'plain-text');
    assert.equal(zh?.firstLineIsTitle, true);
    assert.equal(en?.format, 'archive-export');
    assert.equal(en?.mode, 'auto');
    assert.equal(en?.encoding, null);
  });

  it('rejects each malformed field with a message naming it', async () => {
    assert.match(await problem((m) => { m['format'] = 'parallax.work'; }), /IMPORT_WORK_MALFORMED: .*"format"/);
    assert.match(await problem((m) => { m['id'] = 'has space'; }), /IMPORT_WORK_MALFORMED: .*"id"/);
    assert.match(await problem((m) => { m.witnesses[1]!['id'] = 'zh'; }), /IMPORT_WORK_MALFORMED: .*two witnesses/);
    assert.match(await problem((m) => { m.witnesses[0]!['file'] = '../secret.txt'; }), /IMPORT_WORK_MALFORMED: .*inside the folder/);
    assert.match(await problem((m) => { m.witnesses[0]!['format'] = 'pdf'; }), /IMPORT_WORK_MALFORMED: .*"format"/);
    assert.match(await problem((m) => { m.witnesses[0]!['mode'] = 'paragraphs'; }), /IMPORT_WORK_MALFORMED: .*"mode"/);
    assert.match(await problem((m) => { delete m.witnesses[2]!['lang']; }), /IMPORT_WORK_MALFORMED: .*needs "lang"/);
    assert.match(await problem((m) => { m.witnesses[2]!['lang'] = 'english language'; }), /IMPORT_WORK_MALFORMED: .*BCP 47/);
    assert.match(await problem((m) => { m.witnesses[0]!['preparedForProject'] = 'yes'; }), /IMPORT_WORK_MALFORMED: .*true or false/);
    assert.match(await problem((m) => { m['meta'] = { date: 1962 }; }), /IMPORT_WORK_MALFORMED: .*"date"/);
    assert.match(await problem((m) => { m.witnesses = 'zh' as unknown as Manifest['witnesses']; }), /IMPORT_WORK_MALFORMED: .*list/);
  });

  it('reports a newer version with its own code', async () => {
    assert.match(await problem((m) => { m['version'] = 2; }), /^IMPORT_WORK_VERSION/);
  });

  it('keeps paths inside the folder', () => {
    assert.equal(isSafeRelativePath('texts/zh.txt'), true);
    for (const p of ['/etc/passwd', '../x', 'a/../../x', 'C:/x', 'a\\b', '']) assert.equal(isSafeRelativePath(p), false, p);
  });
});
