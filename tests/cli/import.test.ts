// Spawns the real CLI (`node src/cli/bin.mjs import …`) and checks stdout, stderr and exit codes.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const corpus = path.join(root, '../shared/corpus/wilson-121617.en.txt');
const sample = path.join(root, 'translations/wilson-121617');
let tmp = '';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['src/cli/bin.mjs', 'import', ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonWork {
  format: string; version: number;
  meta: Record<string, string | null>;
  witnesses: Array<{ id: string; lang: string; role: string; label: string; paragraphs: Array<{ id: string; kind: string; text: string; pageBreaks?: number[] }> }>;
}

function json(...args: string[]): JsonWork {
  const r = cli(...args, '--json');
  assert.equal(r.stderr, '');
  assert.equal(r.code, 0);
  return JSON.parse(r.stdout) as JsonWork;
}

function fails(code: string, ...args: string[]) {
  const r = cli(...args);
  assert.equal(r.code, code.startsWith('CLI_') ? 2 : 1, `exit code for ${code}`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line on stderr: ${r.stderr}`);
  assert.match(lines[0] ?? '', new RegExp(`^error\\[${code}\\]: .+ — .+$`));
}

/** A copy of the sample folder in a temp dir, with work.json edited. */
function folderCopy(name: string, edit?: (m: { witnesses: Array<Record<string, unknown>> }) => void): string {
  const dir = path.join(tmp, name);
  cpSync(sample, dir, { recursive: true });
  if (edit) {
    const m = JSON.parse(readFileSync(path.join(dir, 'work.json'), 'utf8'));
    edit(m);
    writeFileSync(path.join(dir, 'work.json'), JSON.stringify(m));
  }
  return dir;
}

const goldSentences = JSON.parse(readFileSync(path.join(sample, 'sentence-gold.json'), 'utf8')) as { sentences: { en: string[][] } };

before(() => { tmp = mkdtempSync(path.join(tmpdir(), 'px-import-')); });
after(() => { rmSync(tmp, { recursive: true, force: true }); });

describe('parallax import <archive export> --json', () => {
  it('prints the header meta and the ten body paragraphs, the page break joined, then the omission', () => {
    const work = json(corpus);
    assert.equal(work.format, 'parallax.work');
    assert.equal(work.version, 1);
    assert.equal(work.meta['date'], '1962-04-30');
    assert.equal(work.meta['archiveRef'], 'PRC FMA 118-01764-05');
    assert.equal(work.meta['pages'], '39-42');
    assert.equal(work.meta['translator'], '7Brands');
    assert.equal(work.meta['url'], 'https://wilson-center-digital-archive.dvincitest.com/document/121617');
    assert.equal(work.meta['originalLanguage'], 'Chinese');
    for (const key of ['title', 'summary', 'credits', 'citation']) assert.equal(typeof work.meta[key], 'string', key);
    const paragraphs = work.witnesses[0]!.paragraphs;
    // Explicit: two headings (the Appendix line and the repeated title) come first.
    assert.deepEqual(paragraphs.slice(0, 2).map((p) => p.kind), ['heading', 'heading']);
    assert.equal(paragraphs[0]!.text, 'Appendix');
    const body = paragraphs.slice(2);
    assert.deepEqual(body.map((p) => p.kind), [...Array(10).fill('text'), 'omission']);
    assert.deepEqual(body.map((p) => p.text), goldSentences.sentences.en.map((s) => s.join(' ')));
    const broken = body.filter((p) => p.pageBreaks);
    assert.equal(broken.length, 1);
    assert.equal(broken[0]!.text.slice(broken[0]!.pageBreaks![0]!).split(' ').slice(0, 3).join(' '), 'taken steps to');
    assert.equal(body[10]!.text, '[...]');
  });

  it('prints a short human summary without --json', () => {
    const r = cli(corpus);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^The Soviet Document which/);
    assert.match(r.stdout, /date: 1962-04-30 +archive ref: PRC FMA 118-01764-05, pp\. 39-42/);
    assert.match(r.stdout, /10 paragraphs \(2 heading\(s\), 1 omission\(s\), 1 page break\(s\) joined\)/);
  });
});

describe('parallax import <work folder>', () => {
  it('gives three witnesses', () => {
    const work = json('translations/wilson-121617');
    assert.deepEqual(work.witnesses.map((w) => [w.id, w.role, w.lang]), [
      ['zh', 'original', 'zh-Hans'], ['en-7b', 'translation', 'en'], ['en-parallax', 'translation', 'en'],
    ]);
    assert.equal(work.meta['archiveRef'], 'PRC FMA 118-01764-05');
    const r = cli('translations/wilson-121617/');
    assert.equal(r.code, 0);
    assert.equal(r.stdout.match(/^ {4}\S+ \[/gm)?.length, 3);
    assert.match(r.stdout, /prepared for this project/);
  });

  it('imports the GB18030 copy of the Chinese text identically to the UTF-8 one', () => {
    const dir = folderCopy('gb', (m) => { delete m.witnesses[0]!['encoding']; });
    cpSync(path.join(root, 'tests/fixtures/zh-Hans.gb18030.txt'), path.join(dir, 'zh-Hans.txt'));
    assert.deepEqual(json(dir), json('translations/wilson-121617'));
    const single = path.join(tmp, 'single-gb');
    mkdirSync(single);
    cpSync(path.join(root, 'tests/fixtures/zh-Hans.gb18030.txt'), path.join(single, 'zh-Hans.txt'));
    assert.deepEqual(json(path.join(single, 'zh-Hans.txt')), json(path.join(sample, 'zh-Hans.txt')));
  });

  it('imports UTF-16 LE and BE copies (with BOM) identically', () => {
    const source = readFileSync(path.join(sample, 'zh-Hans.txt'), 'utf8');
    const expected = json(path.join(sample, 'zh-Hans.txt'));
    for (const enc of ['utf16-le', 'utf16-be']) {
      const dir = path.join(tmp, enc);
      mkdirSync(dir);
      writeFileSync(path.join(dir, 'zh-Hans.txt'), iconv.encode(source, enc, { addBOM: true }));
      assert.deepEqual(json(path.join(dir, 'zh-Hans.txt')), expected, enc);
    }
  });

  it('has a committed GB18030 fixture equal to what iconv-lite makes', () => {
    const made = iconv.encode(readFileSync(path.join(sample, 'zh-Hans.txt'), 'utf8'), 'gb18030');
    assert.deepEqual(new Uint8Array(readFileSync(path.join(root, 'tests/fixtures/zh-Hans.gb18030.txt'))), new Uint8Array(made));
  });
});

describe('parallax import errors', () => {
  it('INPUT_NOT_FOUND', () => fails('INPUT_NOT_FOUND', path.join(tmp, 'nope.txt')));
  it('IMPORT_EMPTY', () => {
    writeFileSync(path.join(tmp, 'empty.txt'), '');
    fails('IMPORT_EMPTY', path.join(tmp, 'empty.txt'));
  });
  it('IMPORT_BINARY', () => {
    writeFileSync(path.join(tmp, 'image.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    fails('IMPORT_BINARY', path.join(tmp, 'image.png'));
  });
  it('IMPORT_UNDECODABLE', () => {
    writeFileSync(path.join(tmp, 'latin1.txt'), iconv.encode('Café crème, naïve façade déjà vu', 'latin1'));
    fails('IMPORT_UNDECODABLE', path.join(tmp, 'latin1.txt'), '--encoding', 'utf-8');
    fails('IMPORT_ENCODING_UNSURE', path.join(tmp, 'latin1.txt'));
  });
  it('IMPORT_UNKNOWN_ENCODING', () => fails('IMPORT_UNKNOWN_ENCODING', corpus, '--encoding', 'klingon-8'));
  it('IMPORT_TOO_LARGE, by byte length', () => {
    const huge = path.join(tmp, 'huge.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 200_000_001); // sparse: no disk used
    fails('IMPORT_TOO_LARGE', huge);
    rmSync(huge);
  });
  it('IMPORT_NO_PARAGRAPHS', () => {
    const text = readFileSync(corpus, 'utf8');
    writeFileSync(path.join(tmp, 'header-only.txt'), text.slice(0, text.indexOf('Appendix')));
    fails('IMPORT_NO_PARAGRAPHS', path.join(tmp, 'header-only.txt'));
  });
  it('IMPORT_BAD_LANGUAGE', () => fails('IMPORT_BAD_LANGUAGE', corpus, '--lang', 'not a tag'));
  it('IMPORT_BUNDLE_NO_WORK, and a broken bundle keeps its BUNDLE_ code', () => {
    writeFileSync(path.join(tmp, 'empty-bundle.json'), JSON.stringify({ format: 'parallax.bundle', version: 2, scope: 'work', works: [], revisions: [], events: [], comments: [], alignments: [], names: [] }));
    fails('IMPORT_BUNDLE_NO_WORK', path.join(tmp, 'empty-bundle.json'));
    writeFileSync(path.join(tmp, 'broken-bundle.json'), '{"format":"parallax.bundle","version":2}');
    const r = cli(path.join(tmp, 'broken-bundle.json'));
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error\[BUNDLE_[A-Z_]+\]: /);
  });
  it('INPUT_NOT_REGULAR_FILE', () => {
    // A work.json that is a directory cannot be read, whoever runs the test (root reads any file).
    const dir = path.join(tmp, 'unreadable');
    mkdirSync(path.join(dir, 'work.json'), { recursive: true });
    fails('INPUT_NOT_REGULAR_FILE', dir);
  });
  it('IMPORT_WORK_NO_MANIFEST', () => {
    mkdirSync(path.join(tmp, 'bare'));
    fails('IMPORT_WORK_NO_MANIFEST', path.join(tmp, 'bare'));
  });
  it('IMPORT_WORK_MALFORMED', () => {
    const dir = folderCopy('malformed');
    writeFileSync(path.join(dir, 'work.json'), '{"format": "parallax.work-folder",');
    fails('IMPORT_WORK_MALFORMED', dir);
  });
  it('IMPORT_WORK_NO_WITNESSES', () => fails('IMPORT_WORK_NO_WITNESSES', folderCopy('nowit', (m) => { m.witnesses = []; })));
  it('IMPORT_WORK_ORIGINAL_COUNT', () => fails('IMPORT_WORK_ORIGINAL_COUNT', folderCopy('two', (m) => { m.witnesses[1]!['role'] = 'original'; })));
  it('IMPORT_WORK_MISSING_FILE', () => fails('IMPORT_WORK_MISSING_FILE', folderCopy('missing', (m) => { m.witnesses[2]!['file'] = 'gone.txt'; })));
  it('IMPORT_WORK_VERSION', () => fails('IMPORT_WORK_VERSION', folderCopy('v9', (m) => { (m as Record<string, unknown>)['version'] = 9; })));
  it('CLI_UNKNOWN_OPTION and usage', () => {
    fails('CLI_UNKNOWN_OPTION', corpus, '--frobnicate');
    fails('CLI_USAGE');
  });
});
