/**
 * The app's own print fonts as @font-face rules with the woff2 subsets a
 * text needs inlined as data: URLs, so a PDF made headless never depends on
 * the machine's fonts. Two families: Noto Serif for Latin script (the CJK
 * font's Latin punctuation is full width: "translator’ s"), Noto Serif SC
 * for Chinese. Node only (CLI).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontFaceCss, neededFontSubsets, parseFontSubsets } from '../../core/export/font-subsets.ts';
import { CJK_FONT_FAMILY, LATIN_FONT_FAMILY } from '../../core/export/print-css.ts';
import { err, ok, pxError, type Result } from '../../core/result.ts';

interface PrintFont {
  readonly package: string;
  readonly family: string;
  /** Stylesheet → font-style of its faces. */
  readonly sheets: ReadonlyArray<readonly [file: string, style: 'normal' | 'italic']>;
}

/** Latin first: the order the print CSS asks for them does not matter here, only which subsets are inlined. */
export const PRINT_FONTS: readonly PrintFont[] = [
  // Italic is used by the dateline and the project notice; without it Chromium slants the roman.
  { package: '@fontsource/noto-serif', family: LATIN_FONT_FAMILY, sheets: [['400.css', 'normal'], ['400-italic.css', 'italic']] },
  { package: '@fontsource/noto-serif-sc', family: CJK_FONT_FAMILY, sheets: [['400.css', 'normal']] },
];

/** Characters the stylesheet itself prints: page numbers, footnote numbers, the dash of an empty cell, shown controls. */
const GENERATED_TEXT = ' 0123456789.Page of\u2014\u27E6\u27E7U+ABCDEF';

function packageDir(pkg: string): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  } catch {
    return null;
  }
}

async function fontCss(font: PrintFont, text: string, dir: string | null): Promise<Result<string>> {
  const missing = (what: string) => err(pxError('EXPORT_FONT_MISSING', `The print font ${font.package} is missing (${what})`, `reinstall it: flock /tmp/npm.lock npm install ${font.package}`));
  if (!dir) return missing('package not installed');
  const rules: string[] = [];
  for (const [sheet, style] of font.sheets) {
    let css: string;
    try {
      css = await readFile(path.join(dir, sheet), 'utf8');
    } catch {
      return missing(`${sheet} not found`);
    }
    const faces: Array<{ subset: ReturnType<typeof parseFontSubsets>[number]; url: string }> = [];
    for (const subset of neededFontSubsets(parseFontSubsets(css), text + GENERATED_TEXT)) {
      try {
        const bytes = await readFile(path.join(dir, 'files', subset.file));
        faces.push({ subset, url: `data:font/woff2;base64,${bytes.toString('base64')}` });
      } catch {
        return missing(`${subset.file} not found`);
      }
    }
    rules.push(fontFaceCss(font.family, faces, style));
  }
  return ok(rules.join('\n'));
}

/** `fontDir` overrides where the packages are (tests use it to check the missing-font error). */
export async function embeddedFontCss(text: string, fontDir?: string): Promise<Result<string>> {
  const out: string[] = [];
  for (const font of PRINT_FONTS) {
    const css = await fontCss(font, text, fontDir ? path.join(fontDir, font.package) : packageDir(font.package));
    if (!css.ok) return css;
    out.push(css.value);
  }
  return ok(out.join('\n'));
}
