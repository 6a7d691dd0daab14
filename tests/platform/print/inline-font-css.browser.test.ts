// Browser only: the downloaded HTML edition carries the font subsets it uses.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inlineFontCss } from '../../../src/platform/print/inline-font-css.ts';
import { readRepoText } from '../../support/files.ts';

const SC_CSS = '/node_modules/@fontsource/noto-serif-sc/400.css';
const LATIN_CSS = '/node_modules/@fontsource/noto-serif/400.css';

async function sheet(path: string): Promise<{ css: string; base: string }> {
  const base = new URL(path, location.href).href;
  return { css: await (await fetch(base)).text(), base };
}

describe('inlineFontCss', () => {
  it('keeps only the subsets the sample work’s Chinese uses, with the font inside', async () => {
    const { css, base } = await sheet(SC_CSS);
    const zh = await readRepoText('translations/wilson-121617/zh-Hans.txt');
    const all = css.match(/@font-face/g)?.length ?? 0;
    const r = await inlineFontCss(css, zh, base);
    const kept = r.css.match(/@font-face/g)?.length ?? 0;
    assert.equal(r.unreachable, 0);
    assert.ok(kept > 0 && kept < all / 2, `${kept} of ${all} subsets`);
    assert.equal(r.css.match(/src:url\(data:font\/woff2;base64,/g)?.length, kept, 'every kept rule carries its font');
    assert.ok(!/files\//.test(r.css), 'no served URL left');
    assert.ok(r.css.includes("font-family: 'Noto Serif SC'"));
    // The inlined font really draws the text: the browser loads it and reports it loaded.
    const style = document.createElement('style');
    style.textContent = r.css.replaceAll("'Noto Serif SC'", "'Px Inline Test'");
    document.head.append(style);
    await document.fonts.load("16px 'Px Inline Test'", '巴克图');
    assert.ok(document.fonts.check("16px 'Px Inline Test'", '巴克图'));
    style.remove();
  });

  it('English text needs only the Latin subset of Noto Serif', async () => {
    const { css, base } = await sheet(LATIN_CSS);
    const r = await inlineFontCss(css, 'The translator’s gloss “Horgos”.', base);
    assert.equal(r.css.match(/@font-face/g)?.length, 1);
    assert.match(r.css, /font-family: 'Noto Serif'/);
  });

  it('a font that cannot be fetched (offline, not cached) keeps its absolute served URL and is counted', async () => {
    const { css, base } = await sheet(LATIN_CSS);
    const r = await inlineFontCss(css, 'Ba-ke-tu', base, { fetchFont: () => Promise.reject(new Error('offline')) });
    assert.equal(r.unreachable, 1);
    assert.ok(r.css.includes(new URL('./files/noto-serif-latin-400-normal.woff2', base).href));
  });
});
