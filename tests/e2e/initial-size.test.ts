/**
 * The first load stays small: the entry chunk and its static imports, gzipped,
 * within the 100 KB target (print engine, exporters, alignment, pinyin and the
 * work view load only when used). Reads the built dist/ (npm test builds it).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialChunks } from '../bench/render.bench.ts';
import { distDir } from './support/browser.ts';

const LIMIT_BYTES = 100 * 1024;

describe('initial JavaScript', () => {
  it('is at most 100 KB gzipped, and lazy code stays out of it', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Parameters<typeof initialChunks>[0];
    const files = initialChunks(manifest);
    assert.ok(files.length > 0, 'the manifest names an entry');
    const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(path.join(distDir, f))).length, 0);
    assert.ok(bytes <= LIMIT_BYTES, `initial JS is ${(bytes / 1024).toFixed(1)} KB gzipped (${files.join(', ')})`);
    // The work view (compare, edit, review) and the service-worker glue are separate chunks.
    assert.ok(!files.some((f) => /px-work-view|register-sw/.test(f)), files.join(', '));
  });
});
