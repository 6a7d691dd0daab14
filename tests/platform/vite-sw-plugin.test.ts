import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fontSubsetsOf, subsetsUsedBy } from '../../src/platform/vite-sw-plugin.ts';

const css = readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-serif-sc/400.css'), 'utf8');
const zh = readFileSync(fileURLToPath(new URL('../../translations/wilson-121617/zh-Hans.txt', import.meta.url)), 'utf8');

describe('service worker plugin: font subsets', () => {
  it('reads every subset of the fontsource stylesheet, numbered and named', () => {
    const subsets = fontSubsetsOf(css);
    const blocks = css.split('@font-face').length - 1;
    assert.equal(subsets.length, blocks);
    assert.ok(subsets.some((s) => s.index === 'latin'));
    assert.ok(subsets.some((s) => s.index === 'latin-ext'));
    assert.ok(subsets.some((s) => /^\d+$/.test(s.index)));
  });

  it('picks the subsets holding each character of the Chinese sample, and only those', () => {
    const subsets = fontSubsetsOf(css);
    const used = subsetsUsedBy(zh, subsets);
    // Every character is covered by some chosen subset.
    for (const ch of new Set(zh.replace(/\s/g, ''))) {
      const cp = ch.codePointAt(0) ?? 0;
      const covering = subsets.filter((s) => s.ranges.some(([a, b]) => cp >= a && cp <= b));
      if (covering.length > 0) assert.ok(covering.some((s) => used.has(s.index)), `U+${cp.toString(16)} ${ch}`);
    }
    // And far fewer than all of them.
    assert.ok(used.size < subsets.length / 2, `${used.size} of ${subsets.length}`);
    // ASCII sits in the latin subset (and in a numbered one whose range overlaps it): a couple, not dozens.
    const ascii = subsetsUsedBy('plain ASCII', subsets);
    assert.ok(ascii.has('latin'));
    assert.ok(ascii.size <= 3, [...ascii].join());
    assert.equal(subsetsUsedBy('', subsets).size, 0);
  });

  it('reads the traditional-Chinese font the same way, for zh-Hant text', () => {
    const tc = fontSubsetsOf(readFileSync(createRequire(import.meta.url).resolve('@fontsource/noto-serif-tc/400.css'), 'utf8'));
    assert.ok(tc.length > 50 && tc.some((s) => s.index === 'latin'));
    const used = subsetsUsedBy('蘇聯大使面交張漢夫副部長的蘇方文件（譯文）巴克圖霍爾果斯', tc);
    assert.ok(used.size > 0 && used.size < tc.length / 4, `${used.size} of ${tc.length}`);
  });
});
