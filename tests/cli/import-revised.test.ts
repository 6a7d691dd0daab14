// `parallax import <revised> --into … --witness … --out …` through the real CLI (spawned), on the sample work.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseBundle } from '../../src/core/bundle/index.ts';
import { revisionState } from '../../src/core/workflow/revision-state.ts';
import { buildReviewedDocx } from '../support/build-docx.ts';
import { cli, SAMPLE, tempDir } from '../export/run-tool.ts';

const dir = tempDir();
const file = (name: string) => path.join(dir, name);

function bundleAt(p: string) {
  const b = parseBundle(readFileSync(p, 'utf8'));
  assert.ok(b.ok, b.ok ? '' : b.error.message);
  return b.value;
}

describe('parallax import --into: a returned XLIFF', () => {
  it('writes a bundle with exactly the changed targets as proposals; the summary says so', async () => {
    assert.equal((await cli(['export', SAMPLE, '--format', 'xliff12', '--out', file('w.xlf')])).code, 0);
    const xml = readFileSync(file('w.xlf'), 'utf8').replace('seriously perplexed', 'deeply perplexed').replace('It is not hard to understand', 'It is easy to see');
    writeFileSync(file('w.xlf'), xml);
    const r = await cli(['import', file('w.xlf'), '--into', SAMPLE, '--witness', 'en-7b', '--out', file('b.json'), '--author', 'Ann Editor']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    assert.match(r.out, /^2 proposals, 10 unchanged, 0 unmatched\n {2}proposal en-7b-p4\n {2}proposal en-7b-p6\n/);
    const b = bundleAt(file('b.json'));
    const proposed = b.revisions.filter((x) => x.origin === 'edit');
    assert.deepEqual(proposed.map((x) => [x.paragraphId, x.author]), [['en-7b-p4', 'Ann Editor'], ['en-7b-p6', 'Ann Editor']]);
    assert.ok(proposed.every((x) => revisionState(x, b.events) === 'proposed'));
    assert.ok(b.events.every((e) => e.to === 'proposed'), 'nothing approved');
  });

  it('into that bundle again: proposals pile up on the same base, --json gives the set', async () => {
    const r = await cli(['import', file('w.xlf'), '--into', file('b.json'), '--witness', 'en-7b', '--out', file('b2.json'), '--author', 'Bo', '--json']);
    assert.equal(r.code, 0, r.err);
    const set = JSON.parse(r.out) as { format: string; proposals: Array<{ paragraphId: string }>; unchanged: number };
    assert.equal(set.format, 'xliff-1.2');
    assert.deepEqual(set.proposals.map((p) => p.paragraphId), ['en-7b-p4', 'en-7b-p6']);
    assert.equal(bundleAt(file('b2.json')).revisions.filter((x) => x.origin === 'edit').length, 4);
  });
});

describe('parallax import --into: a revised text and a reviewer’s Word file', () => {
  it('a plain text with one edited paragraph and one added gives one proposal and one unmatched', async () => {
    const paragraphs = readFileSync(path.join(SAMPLE, 'en-parallax.txt'), 'utf8').split(/\n\s*\n/);
    paragraphs[3] = `${paragraphs[3]?.trim()} (Revised.)`;
    paragraphs.splice(5, 0, 'An entirely new paragraph, written by the reviewer, shares nothing.');
    writeFileSync(file('revised.txt'), paragraphs.join('\n\n'));
    const r = await cli(['import', file('revised.txt'), '--into', SAMPLE, '--witness', 'en-parallax', '--out', file('t.json'), '--author', 'Ann']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^1 proposal, \d+ unchanged, 1 unmatched\n {2}proposal en-parallax-p4\n {2}added after en-parallax-p5: An entirely new paragraph/);
  });

  it('a DOCX with tracked changes: a warning line on stderr, the accepted text as proposals', async () => {
    writeFileSync(file('r.docx'), await buildReviewedDocx());
    const r = await cli(['import', file('r.docx'), '--into', SAMPLE, '--witness', 'en-7b', '--out', file('d.json'), '--author', 'Ann']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /^warning\[IMPORT_DOCX_TRACKED_CHANGES\]: r\.docx has tracked changes \(1 insertion\(s\), 1 deletion\(s\)\); their accepted text was imported — .+\n$/);
  });
});

describe('parallax import --into refuses', () => {
  it('a missing --witness or --out (usage, exit 2), an unknown witness, another work’s file', async () => {
    const usage = await cli(['import', file('w.xlf'), '--into', SAMPLE]);
    assert.equal(usage.code, 2);
    assert.match(usage.err, /^error\[CLI_USAGE\]/);
    const unknown = await cli(['import', file('w.xlf'), '--into', SAMPLE, '--witness', 'fr', '--out', file('x.json')]);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /^error\[REVISE_UNKNOWN_WITNESS\]: Work "wilson-121617" has no witness "fr" — use one of: zh, en-7b, en-parallax\n$/);
    writeFileSync(file('other.xlf'), readFileSync(file('w.xlf'), 'utf8').replace('original="wilson-121617"', 'original="another-work"'));
    const other = await cli(['import', file('other.xlf'), '--into', SAMPLE, '--witness', 'en-7b', '--out', file('x.json')]);
    assert.match(other.err, /^error\[REVISE_WRONG_WORK\]/);
    writeFileSync(file('bad.xlf'), '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><xliff/>');
    const hostile = await cli(['import', file('bad.xlf'), '--into', SAMPLE, '--witness', 'en-7b', '--out', file('x.json')]);
    assert.match(hostile.err, /^error\[IMPORT_XLIFF_DOCTYPE\]/);
  });
});

describe('parallax import of a Word or TEI file (no --into)', () => {
  it('shows the work it holds', async () => {
    const r = await cli(['import', file('r.docx'), '--lang', 'en', '--json']);
    assert.equal(r.code, 0, r.err);
    const work = JSON.parse(r.out) as { witnesses: Array<{ paragraphs: unknown[] }> };
    assert.equal(work.witnesses[0]?.paragraphs.length, 7);
    const tei = await cli(['import', path.join(SAMPLE, '../../tests/fixtures/interchange/foreign-edition.tei.xml')]);
    assert.equal(tei.code, 0, tei.err);
    assert.match(tei.out, /trans \[en, translation\] Project translation: 2 paragraphs/);
  });
});
