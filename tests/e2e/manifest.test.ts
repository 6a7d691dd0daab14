/**
 * Installable: the built app links a web app manifest whose icons exist with
 * the sizes it claims, and whose start URL and scope stay inside the app.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './support/browser.ts';

interface ManifestIcon {
  readonly src: string;
  readonly sizes: string;
  readonly type: string;
  readonly purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): string {
  const b = readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is a PNG`);
  return `${b.readUInt32BE(16)}x${b.readUInt32BE(20)}`;
}

describe('web app manifest', () => {
  it('is linked from index.html and names existing icons of the stated sizes', () => {
    const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
    assert.match(html, /<link rel="manifest" href="\.\/manifest\.webmanifest"/);
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      name: string; short_name: string; start_url: string; scope: string; display: string; icons: ManifestIcon[];
    };
    assert.ok(manifest.name && manifest.short_name);
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.scope, './');
    const sizes = new Set<string>();
    for (const icon of manifest.icons) {
      const file = path.join(distDir, icon.src);
      assert.ok(existsSync(file), icon.src);
      if (icon.type === 'image/png') {
        assert.equal(pngSize(file), icon.sizes, icon.src);
        sizes.add(icon.sizes);
      }
    }
    // What browsers need to offer installation: 192 and 512 px, and a maskable icon.
    assert.ok(sizes.has('192x192') && sizes.has('512x512'));
    assert.ok(manifest.icons.some((i) => i.purpose === 'maskable'));
  });

  it('precaches the manifest and icons with the app', () => {
    const sw = readFileSync(path.join(distDir, 'sw.js'), 'utf8');
    for (const url of ['index.html', 'manifest.webmanifest', 'icons/icon-192.png', 'corpus/index.json', 'corpus/wilson-121617/work.json']) {
      assert.ok(sw.includes(`"${url}"`), `${url} is precached`);
    }
  });
});
