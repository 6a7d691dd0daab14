import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { palettes, type Palette } from '../../src/ui/theme.ts';

/** WCAG 2.2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

type Key = keyof Palette;
/** Text on background pairs that the elements use, with the AA minimum for each. */
const TEXT_PAIRS: Array<[Key, Key]> = [
  ['text', 'bg'], ['text', 'surface'], ['text', 'surface2'],
  ['textMuted', 'bg'], ['textMuted', 'surface'], ['textMuted', 'surface2'],
  ['accent', 'bg'], ['accent', 'surface'], ['accent', 'surface2'], ['onAccent', 'accent'],
  ['danger', 'dangerBg'], ['danger', 'surface'], ['warning', 'warningBg'], ['success', 'successBg'], ['info', 'infoBg'],
  ['text', 'insertBg'], ['text', 'deleteBg'], ['text', 'markBg'], ['noticeText', 'noticeBg'],
];
const NON_TEXT_PAIRS: Array<[Key, Key]> = [['focus', 'bg'], ['focus', 'surface'], ['borderStrong', 'surface'], ['borderStrong', 'bg']];

describe('theme tokens', () => {
  for (const [scheme, p] of Object.entries(palettes) as Array<[string, Palette]>) {
    it(`${scheme}: every text pair reaches 4.5:1`, () => {
      for (const [fg, bg] of TEXT_PAIRS) {
        const r = contrast(p[fg] as string, p[bg] as string);
        assert.ok(r >= 4.5, `${scheme} ${fg} on ${bg}: ${r.toFixed(2)}:1`);
      }
    });
    it(`${scheme}: text on every heat-map step reaches 4.5:1`, () => {
      p.heat.forEach((h, i) => {
        const r = contrast(p.text, h);
        assert.ok(r >= 4.5, `${scheme} text on heat ${i}: ${r.toFixed(2)}:1`);
      });
    });
    it(`${scheme}: focus ring and control borders reach 3:1`, () => {
      for (const [fg, bg] of NON_TEXT_PAIRS) {
        const r = contrast(p[fg] as string, p[bg] as string);
        assert.ok(r >= 3, `${scheme} ${fg} on ${bg}: ${r.toFixed(2)}:1`);
      }
    });
  }
  it('the ratio function agrees with WCAG reference values', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(1), '21.0');
    assert.equal(contrast('#777777', '#ffffff').toFixed(2), '4.48');
  });
});
