// The model's rules hold on every way in: bundles (what restore reads), TEI, work folders and
// single files, each generated from the sample and then broken in one way.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleOfWork, parseBundle, serializeBundle } from '../../src/core/bundle/index.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import { loadSampleWork } from '../core/edition/sample-work.ts';
import { assertRefused, cli, SAMPLE } from './run-cli.ts';

let tmp = '';
let bundleText = '';
before(async () => {
  tmp = mkdtempSync(path.join(tmpdir(), 'px-hostile-model-'));
  bundleText = serializeBundle(bundleOfWork(await loadSampleWork(), { author: 'Test', at: '2026-11-27T00:00:00.000Z', ids: createIdFactory() }));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

interface RawBundle {
  format: string;
  works: Array<{ id: string; deletedAt: string | null; meta: Record<string, unknown>; witnesses: Array<{ id: string; lang: string; role: string; paragraphs: Array<{ id: string; pageBreaks?: number[] }> }> }>;
  [key: string]: unknown;
}

function brokenBundle(name: string, edit: (b: RawBundle) => void): string {
  const b = JSON.parse(bundleText) as RawBundle;
  edit(b);
  const file = path.join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(b));
  return file;
}

/** Refused by the CLI with `code`, and by the reader the app's restore uses. */
function refusedEverywhere(file: string, code: string): void {
  assertRefused(cli(['import', file]), code);
  assertRefused(cli(['export', file, '--format', 'md', '--out', path.join(tmp, 'out.md')]), code);
  const parsed = parseBundle(readFileSync(file, 'utf8'));
  assert.equal(parsed.ok ? 'ok' : parsed.error.code, code, 'restore (parseBundle) refuses it too');
}

describe('hostile bundles: restore is refused, not half done', () => {
  it('two originals', () => refusedEverywhere(brokenBundle('two-originals', (b) => { b.works[0]!.witnesses[1]!.role = 'original'; }), 'IMPORT_WORK_ORIGINAL_COUNT'));
  it('a language that is markup', () => refusedEverywhere(brokenBundle('lang', (b) => { b.works[0]!.witnesses[0]!.lang = 'zh" onload="alert(1)'; }), 'IMPORT_BAD_LANGUAGE'));
  it('a witness id with markup or spaces', () => {
    const file = brokenBundle('wid', (b) => {
      const w = b.works[0]!.witnesses[2]!;
      const old = w.id;
      w.id = '"><script>alert(1)</script>';
      const text = JSON.stringify(b).split(`"witnessId":"${old}"`).join(`"witnessId":${JSON.stringify(w.id)}`);
      Object.assign(b, JSON.parse(text));
    });
    refusedEverywhere(file, 'MODEL_BAD_ID');
  });
  it('a page break past the end of its paragraph', () => refusedEverywhere(brokenBundle('breaks', (b) => { b.works[0]!.witnesses[1]!.paragraphs[1]!.pageBreaks = [999_999]; }), 'MODEL_PAGE_BREAK_OUTSIDE_TEXT'));
  it('a link that is javascript:', () => refusedEverywhere(brokenBundle('url', (b) => { b.works[0]!.meta['url'] = 'javascript:alert(document.domain)'; }), 'MODEL_BAD_FIELD'));
  it('a misspelt format is not plain text', () => {
    const file = brokenBundle('format', (b) => { b.format = 'parallax.bundel'; });
    assertRefused(cli(['import', file]), 'INPUT_FORMAT_MISMATCH');
    assertRefused(cli(['export', file, '--format', 'md', '--out', path.join(tmp, 'f.md')]), 'INPUT_FORMAT_MISMATCH');
  });
  it('a deleted work is not exported or imported as if live', () => {
    const file = brokenBundle('deleted', (b) => { b.works[0]!.deletedAt = '2026-11-28T00:00:00.000Z'; });
    const id = (JSON.parse(bundleText) as RawBundle).works[0]!.id;
    assertRefused(cli(['import', file, '--work', id]), 'MODEL_DELETED_WORK');
    assertRefused(cli(['import', file]), 'IMPORT_BUNDLE_NO_WORK');
    assertRefused(cli(['export', file, '--format', 'md', '--out', path.join(tmp, 'd.md')]), 'EXPORT_EMPTY_BUNDLE');
    assert.ok(parseBundle(readFileSync(file, 'utf8')).ok, 'a workspace restore keeps it, in the bin');
  });
  it('a bundle of several works needs --work to export', () => {
    const file = brokenBundle('several', (b) => {
      const copy = JSON.parse(JSON.stringify(b)) as RawBundle;
      const second = { ...copy.works[0]!, id: 'second-work' };
      b.works.push(second);
      for (const key of ['revisions', 'events', 'comments', 'alignments', 'names'] as const) {
        const records = (copy[key] as Array<Record<string, unknown>>).filter((r) => r['workId'] === copy.works[0]!.id).map((r) => ({ ...r, workId: 'second-work', ...('id' in r && key !== 'names' ? { id: `${String(r['id'])}-2` } : {}) }));
        (b[key] as unknown[]).push(...records);
      }
    });
    const r = cli(['export', file, '--format', 'md', '--out', path.join(tmp, 's.md')]);
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /^error\[(BUNDLE_SEVERAL_WORKS|BUNDLE_[A-Z_]+)\]: /);
  });
});

describe('hostile TEI', () => {
  let tei = '';
  before(() => {
    const file = path.join(tmp, 'sample.tei.xml');
    assert.equal(cli(['export', SAMPLE, '--format', 'tei', '--out', file]).code, 0);
    tei = readFileSync(file, 'utf8');
  });
  const write = (name: string, text: string) => {
    const file = path.join(tmp, name);
    writeFileSync(file, text);
    return file;
  };

  it('a TEI file given to import is read as TEI, not as plain text', () => {
    const r = cli(['import', write('ok.tei.xml', tei), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const work = JSON.parse(r.stdout) as { witnesses: Array<{ id: string; paragraphs: unknown[] }> };
    assert.deepEqual(work.witnesses.map((w) => w.id), ['zh', 'en-7b', 'en-parallax']);
    assert.ok(!r.stdout.includes('<TEI'), 'no markup read as text');
  });

  it('duplicate xml:ids are refused, not re-exported invalid', () => {
    const ids = [...tei.matchAll(/<p xml:id="([^"]+)"/g)].map((m) => m[1]!);
    const broken = tei.replace(`xml:id="${ids[1]}"`, `xml:id="${ids[0]}"`);
    assertRefused(cli(['import', write('dup.tei.xml', broken)]), 'MODEL_DUPLICATE_ID');
    assertRefused(cli(['export', write('dup2.tei.xml', broken), '--format', 'tei', '--out', path.join(tmp, 'again.tei.xml')]), 'MODEL_DUPLICATE_ID');
  });

  it('a javascript: link is refused on the way in, and never written as <ref target>', () => {
    assert.match(tei, /<ref target="https:\/\//);
    const broken = tei.replace(/<ref target="[^"]*"/, '<ref target="javascript:alert(1)"');
    assertRefused(cli(['import', write('js.tei.xml', broken)]), 'MODEL_BAD_FIELD');
  });

  it('XML that is not TEI, and a .xml name over plain text', () => {
    assertRefused(cli(['import', write('memory.tmx', '<?xml version="1.0"?>\n<tmx version="1.4"><body/></tmx>\n')]), 'INPUT_FORMAT_MISMATCH');
    assertRefused(cli(['import', write('page.html', '<!DOCTYPE html>\n<html><body><p>x</p></body></html>\n')]), 'INPUT_FORMAT_MISMATCH');
    assertRefused(cli(['import', write('text.xml', 'Only a plain text.\n\nTwo paragraphs.\n')]), 'INPUT_FORMAT_MISMATCH');
  });
});

describe('hostile work folders', () => {
  const folder = (name: string, edit: (m: Record<string, unknown>) => void) => {
    const dir = path.join(tmp, name);
    cpSync(SAMPLE, dir, { recursive: true });
    const m = JSON.parse(readFileSync(path.join(dir, 'work.json'), 'utf8')) as Record<string, unknown>;
    edit(m);
    writeFileSync(path.join(dir, 'work.json'), JSON.stringify(m));
    return dir;
  };
  it('a version that is not a whole number', () => assertRefused(cli(['import', folder('v', (m) => { m['version'] = 0.0001; })]), 'IMPORT_WORK_MALFORMED'));
  it('a date that is not ISO 8601', () => assertRefused(cli(['import', folder('d', (m) => { m['meta'] = { date: '30/04/1962' }; })]), 'MODEL_BAD_FIELD'));
  it('a work id with markup', () => assertRefused(cli(['import', folder('id', (m) => { m['id'] = '<img src=x onerror=alert(1)>'; })]), 'IMPORT_WORK_MALFORMED'));
  it('a .json file that is JSON of no Parallax kind', () => {
    const file = path.join(tmp, 'package.json');
    writeFileSync(file, JSON.stringify({ name: 'x', version: '1.0.0' }));
    assertRefused(cli(['import', file]), 'INPUT_FORMAT_MISMATCH');
  });
});
