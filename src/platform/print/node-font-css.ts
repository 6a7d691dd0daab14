/**
 * The app's own CJK font (@fontsource/noto-serif-sc) as @font-face rules with
 * the woff2 subsets a text needs inlined as data: URLs, so a PDF made
 * headless never depends on the machine's fonts. Node only (CLI).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fontFaceCss, neededFontSubsets, parseFontSubsets } from '../../core/export/font-subsets.ts';
import { FONT_FAMILY } from '../../core/export/print-css.ts';
import { err, ok, pxError, type Result } from '../../core/result.ts';

const PACKAGE = '@fontsource/noto-serif-sc';
/** Characters the stylesheet itself prints: page numbers, footnote numbers, the dash of an empty cell, shown controls. */
const GENERATED_TEXT = ' 0123456789.Page of\u2014\u27E6\u27E7U+ABCDEF';

function packageDir(): string | null {
  try {
    return path.dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/package.json`));
  } catch {
    return null;
  }
}

/** `fontDir` overrides where the package is (tests use it to check the missing-font error). */
export async function embeddedFontCss(text: string, fontDir?: string): Promise<Result<string>> {
  const dir = fontDir ?? packageDir();
  const missing = (what: string) => err(pxError('EXPORT_FONT_MISSING', `The print font ${PACKAGE} is missing (${what})`, `reinstall it: flock /tmp/npm.lock npm install ${PACKAGE}`));
  if (!dir) return missing('package not installed');
  let css: string;
  try {
    css = await readFile(path.join(dir, '400.css'), 'utf8');
  } catch {
    return missing('400.css not found');
  }
  // Latin text, punctuation and digits come from the same family, so every script shares one design.
  const subsets = neededFontSubsets(parseFontSubsets(css), text + GENERATED_TEXT);
  const faces: Array<{ subset: (typeof subsets)[number]; url: string }> = [];
  for (const subset of subsets) {
    try {
      const bytes = await readFile(path.join(dir, 'files', subset.file));
      faces.push({ subset, url: `data:font/woff2;base64,${bytes.toString('base64')}` });
    } catch {
      return missing(`${subset.file} not found`);
    }
  }
  return ok(fontFaceCss(FONT_FAMILY, faces));
}
