import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importFile, sniffKind, workIdFromName } from '../../../src/core/import/import-file.ts';
import { loadWorkFolder } from '../../../src/core/import/load-work-folder.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readRepoBytes, readSharedBytes } from '../../support/files.ts';
import { bundleOfWork, serializeBundle, type Bundle } from '../../../src/core/bundle/index.ts';
import { createIdFactory } from '../../../src/core/ids.ts';
import { prng } from '../../support/generate-work.ts';
import { encode, goldBodyParagraphs, readSampleFolder, SAMPLE } from './sample-folder.ts';

async function sampleWork(): Promise<Work> {
  const r = loadWorkFolder(await readSampleFolder());
  if (!r.ok) assert.fail(r.error.message);
  return r.value;
}

const AT = Date.parse('2026-04-01T09:00:00.000Z');
function bundleOf(work: Work): Bundle {
  return bundleOfWork(work, { author: 'Test', at: new Date(AT).toISOString(), ids: createIdFactory(() => AT) });
}

function imported(name: string, bytes: Uint8Array, opts = {}): Work {
  const r = importFile(name, bytes, opts);
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

function codeOf(name: string, bytes: Uint8Array, opts = {}): string {
  const r = importFile(name, bytes, opts);
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? '' : r.error.code;
}

describe('importFile sniffing', () => {
  it('imports the corpus archive export as a one-witness work with header meta', async () => {
    const work = imported('wilson-121617.en.txt', await readSharedBytes('corpus/wilson-121617.en.txt'));
    assert.equal(work.id, 'wilson-121617.en');
    assert.equal(work.meta.archiveRef, 'PRC FMA 118-01764-05');
    assert.equal(work.witnesses.length, 1);
    assert.equal(work.witnesses[0]?.role, 'original', 'a lone file is its work\'s original');
    assert.deepEqual(work.witnesses[0]?.paragraphs.filter((p) => p.kind !== 'heading').map((p) => p.text), (await goldBodyParagraphs()).en);
  });

  it('imports plain Chinese text with a guessed language and a detected title', async () => {
    const work = imported('zh-Hans.txt', await readRepoBytes(`${SAMPLE}/zh-Hans.txt`));
    const w = work.witnesses[0]!;
    assert.equal(w.lang, 'zh-Hans');
    assert.equal(w.id, 'zh-Hans');
    assert.equal(work.meta.title, '苏联大使面交张汉夫副部长的苏方文件（译文）');
    assert.deepEqual(w.paragraphs.slice(1).map((p) => p.text), (await goldBodyParagraphs()).zh);
  });

  it('imports the GB18030 copy identically to the UTF-8 file', async () => {
    const utf8 = imported('zh-Hans.txt', await readRepoBytes(`${SAMPLE}/zh-Hans.txt`));
    const gb = imported('zh-Hans.txt', await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt'));
    assert.deepEqual(gb, utf8);
  });

  it('uses the language it is given, and a forced mode', async () => {
    const w = imported('en-parallax.txt', await readRepoBytes(`${SAMPLE}/en-parallax.txt`), { lang: 'en-GB', mode: 'lines' }).witnesses[0]!;
    assert.equal(w.lang, 'en-GB');
    assert.equal(w.id, 'en-GB');
    assert.equal(w.paragraphs.length, 11);
  });

  it('returns a parallax.work JSON file after validating it', async () => {
    const folder = loadWorkFolder(await readSampleFolder());
    if (!folder.ok) assert.fail(folder.error.message);
    const work = imported('wilson.json', encode(JSON.stringify(folder.value, null, 2)));
    assert.deepEqual(work, folder.value);
    assert.equal(codeOf('bad.json', encode('{"format":"parallax.work","version":1,"id":"x","witnesses":[]}')), 'IMPORT_WORK_NO_WITNESSES');
    assert.equal(codeOf('bad.json', encode('{"format":"parallax.work", oops')), 'IMPORT_WORK_MALFORMED');
  });

  it('refuses a work folder manifest given as a file', async () => {
    assert.equal(codeOf('work.json', await readRepoBytes(`${SAMPLE}/work.json`)), 'IMPORT_WORK_MALFORMED');
  });

  it('takes the one work out of a Parallax bundle, with the current texts', async () => {
    const work = await sampleWork();
    const text = serializeBundle(bundleOf(work));
    assert.deepEqual(imported('backup.json', encode(text)), work);
  });

  it('needs --work for a bundle of several works, and reports an empty or broken bundle', async () => {
    const work = await sampleWork();
    const one = bundleOf(work);
    const other = bundleOf({ ...work, id: 'second-work' });
    const both = { ...one, scope: 'workspace' as const, works: [...one.works, ...other.works], revisions: [...one.revisions, ...other.revisions] };
    const bytes = encode(serializeBundle(both));
    assert.equal(codeOf('all.json', bytes), 'IMPORT_BUNDLE_SEVERAL_WORKS');
    assert.equal(imported('all.json', bytes, { workId: 'second-work' }).id, 'second-work');
    assert.equal(codeOf('empty.json', encode(serializeBundle({ ...one, works: [], revisions: [] }))), 'IMPORT_BUNDLE_NO_WORK');
    assert.match(codeOf('broken.json', encode('{"format":"parallax.bundle","version":2}')), /^BUNDLE_/);
  });

  it('refuses a bundle whose work breaks the model (two originals)', async () => {
    const work = await sampleWork();
    const twoOriginals = { ...work, witnesses: work.witnesses.map((w) => ({ ...w, role: 'original' as const })) };
    assert.equal(codeOf('two.json', encode(serializeBundle(bundleOf(twoOriginals)))), 'IMPORT_WORK_ORIGINAL_COUNT');
  });

  it('reports a bad language tag, and passes on decoding errors', () => {
    assert.equal(codeOf('a.txt', encode('Text.'), { lang: 'not a tag' }), 'IMPORT_BAD_LANGUAGE');
    assert.equal(codeOf('a.txt', new Uint8Array(0)), 'IMPORT_EMPTY');
    assert.equal(codeOf('a.bin', new Uint8Array([1, 0, 2, 0, 3])), 'IMPORT_BINARY');
    assert.equal(codeOf('huge.txt', { length: 300_000_000 } as unknown as Uint8Array), 'IMPORT_TOO_LARGE');
  });

  it('never throws: every prefix of the corpus and random bytes give a work or a coded error', async () => {
    const corpus = await readSharedBytes('corpus/wilson-121617.en.txt');
    const gb = await readRepoBytes('tests/fixtures/zh-Hans.gb18030.txt');
    const rand = prng(1962);
    const inputs: Uint8Array[] = [];
    for (let n = 0; n <= corpus.length; n += 97) inputs.push(corpus.subarray(0, n));
    for (let n = 1; n <= gb.length; n += 101) inputs.push(gb.subarray(0, n));
    for (let i = 0; i < 200; i++) inputs.push(Uint8Array.from({ length: 1 + Math.floor(rand() * 300) }, () => Math.floor(rand() * 256)));
    for (const bytes of inputs) {
      const r = importFile('fuzz.txt', bytes);
      if (r.ok) assert.ok(r.value.witnesses.length === 1 && r.value.witnesses[0]!.paragraphs.length > 0);
      else assert.match(r.error.code, /^IMPORT_[A-Z_]+$/);
    }
  });

  it('sniffs by content, not by file name', () => {
    assert.equal(sniffKind('{"format": "parallax.bundle", "version": 2}'), 'bundle');
    assert.equal(sniffKind('{"meta": {"a": 1}, "format": "parallax.work"}'), 'work');
    assert.equal(sniffKind('{ not json at all'), 'plain-text');
    assert.equal(sniffKind('{ "version": 1, "format": "parallax.work" }'), 'work');
    assert.equal(sniffKind('{"format":"parallax.work-folder"}'), 'work-folder-manifest');
    assert.equal(sniffKind('{"some": "json"}'), 'json', 'JSON of no Parallax kind is said to be JSON, to be refused');
    assert.equal(sniffKind('[1, 2]'), 'json');
    assert.equal(sniffKind('<?xml version="1.0"?>\n<!-- c -->\n<TEI xmlns="http://www.tei-c.org/ns/1.0">'), 'tei');
    assert.equal(sniffKind('<tmx version="1.4">'), 'xml');
    assert.equal(sniffKind('<!DOCTYPE html>\n<html lang="en">'), 'xml');
    assert.equal(sniffKind('<Untitled> a note in angle brackets'), 'plain-text', 'text that merely starts with < stays text');
    assert.equal(sniffKind('**Title**\n\nCitation:\n\nx'), 'archive-export');
    assert.equal(sniffKind('Citation: without a bold title'), 'plain-text');
  });

  it('makes URL- and XML-safe work ids from file names', () => {
    assert.equal(workIdFromName('/tmp/x/wilson-121617.en.txt'), 'wilson-121617.en');
    assert.equal(workIdFromName('2024 report (final).txt'), 'report-final');
    assert.equal(workIdFromName('苏联.txt'), 'imported-work');
  });
});
