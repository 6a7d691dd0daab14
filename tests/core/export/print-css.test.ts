import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildEdition } from '../../../src/core/edition/build-edition.ts';
import { printCss } from '../../../src/core/export/print-css.ts';
import { toEpub } from '../../../src/core/export/to-epub.ts';
import { loadSampleAlignment, loadSampleWork } from '../edition/sample-work.ts';

/** The first family of the rule `selector { … font-family: … }` in a stylesheet. */
function firstFamily(css: string, selector: string): string | undefined {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[\\s}])${escaped}\\s*\\{[^}]*font-family:\\s*'([^']+)'`).exec(css)?.[1];
}

describe('print fonts', () => {
  it('print (PDF and HTML): Noto Serif first for the page and English, Noto Serif SC first for Chinese', () => {
    for (const layout of ['synoptic', 'facing', 'translation'] as const) {
      const css = printCss(layout, 'a4');
      assert.equal(firstFamily(css, 'html'), 'Noto Serif');
      assert.equal(firstFamily(css, ':lang(en)'), 'Noto Serif');
      assert.equal(firstFamily(css, ':lang(zh)'), 'Noto Serif SC');
      assert.match(css, /:lang\(en\) \{[^}]*hyphens: auto/);
    }
  });

  it('EPUB uses the same order', async () => {
    const work = await loadSampleWork();
    const e = buildEdition(work, await loadSampleAlignment(work));
    assert.ok(e.ok);
    // The EPUB is a stored (uncompressed) ZIP: its stylesheet is readable in the bytes.
    const text = new TextDecoder().decode(toEpub(e.value, { now: new Date('2026-01-01T00:00:00Z') }));
    const css = text.slice(text.indexOf('body { font-family'));
    assert.equal(firstFamily(css, 'body'), 'Noto Serif');
    assert.equal(firstFamily(css, ':lang(zh)'), 'Noto Serif SC');
    assert.equal(firstFamily(css, ':lang(en)'), 'Noto Serif');
  });
});
