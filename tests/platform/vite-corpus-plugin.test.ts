import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFilesOf, corpusIndexOf } from '../../src/platform/vite-corpus-plugin.ts';

const translations = fileURLToPath(new URL('../../translations', import.meta.url));

describe('corpus plugin', () => {
  it('indexes the sample work folder with its work.json and texts, leaving out the test gold files', () => {
    const index = corpusIndexOf(translations);
    assert.equal(index.format, 'parallax.corpus-index');
    const sample = index.works.find((w) => w.id === 'wilson-121617');
    assert.ok(sample);
    for (const f of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt', 'NOTICE.md']) assert.ok(sample.files.includes(f), f);
    assert.ok(!sample.files.some((f) => f.endsWith('-gold.json')));
    assert.equal(index.shared.includes('names.json'), existsSync(path.join(translations, 'names.json')));
  });

  it('maps every indexed file to corpus/<work>/<file> and shared files to corpus/<file>', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'px-corpus-'));
    mkdirSync(path.join(dir, 'w1', 'sub'), { recursive: true });
    writeFileSync(path.join(dir, 'w1', 'work.json'), '{}');
    writeFileSync(path.join(dir, 'w1', 'sub', 'a.txt'), 'a');
    writeFileSync(path.join(dir, 'w1', '.hidden'), 'x');
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'names.json'), '{}');
    writeFileSync(path.join(dir, 'README.md'), '# not shipped');
    const index = corpusIndexOf(dir);
    assert.deepEqual(index.works, [{ id: 'w1', files: ['sub/a.txt', 'work.json'] }]);
    assert.deepEqual(index.shared, ['names.json']);
    assert.deepEqual([...corpusFilesOf(dir, index).keys()].sort(), ['corpus/names.json', 'corpus/w1/sub/a.txt', 'corpus/w1/work.json']);
  });

  it('gives an empty index for a missing folder', () => {
    assert.deepEqual(corpusIndexOf('/nonexistent/translations').works, []);
  });
});
