/**
 * After `vite build`: compiles `src/platform/sw.ts` to `dist/sw.js` and
 * injects the precache manifest with workbox-build's `injectManifest`. The
 * precache holds the app shell, every JS chunk (so export and print work
 * offline), the bundled corpus and the CJK font subsets the corpus and the
 * UI actually use, in the simplified (SC) font and the traditional (TC) one,
 * for the corpus's Chinese as written and converted to traditional script;
 * other subsets are cached the first time a text needs them.
 *
 * Runs in Node (Vite's config), never in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'vite';
import { injectManifest } from 'workbox-build';
import { loadToTraditional } from '../core/script/convert-script.ts';
import { corpusFilesOf } from './vite-corpus-plugin.ts';

export interface SwPluginOptions {
  readonly root: string;
  readonly translationsDir: string;
  /** The CJK fontsource stylesheets the app imports (their unicode-range per subset): Noto Serif SC, Noto Serif TC. */
  readonly fontCss: readonly string[];
  /** Source folders whose text the UI itself shows (labels may hold CJK). */
  readonly uiDirs: readonly string[];
}

/** A precached file may be large (the print engine); the limit only guards against accidents. */
const MAX_PRECACHE_BYTES = 8 * 1024 * 1024;

/** Roman and italic Latin subsets of the print font for English. */
const LATIN_PRINT_FONT = /^noto-serif-(latin|latin-ext)-400-(normal|italic)-.*\.woff2$/;

interface Subset {
  readonly index: string;
  readonly ranges: ReadonlyArray<readonly [number, number]>;
}

/** The subsets of a fontsource stylesheet: `noto-serif-sc-[N|latin|…]-400-normal` (or -tc-) with their unicode-range. */
export function fontSubsetsOf(css: string): Subset[] {
  const out: Subset[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const index = /noto-serif-(?:sc|tc)-([a-z0-9-]+?)-\d+-normal\.woff2/.exec(block)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
    if (!index || !range) continue;
    const ranges = range.split(',').map((r): [number, number] => {
      const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-');
      return [parseInt(a, 16), parseInt(b ?? a, 16)];
    });
    out.push({ index, ranges });
  }
  return out;
}

/** The subsets holding at least one code point of `text`. */
export function subsetsUsedBy(text: string, subsets: readonly Subset[]): Set<string> {
  const points = new Set<number>();
  for (const ch of text) {
    // ASCII counts too: inside Chinese text the CJK font comes first and draws it.
    points.add(ch.codePointAt(0) ?? 0);
  }
  const used = new Set<string>();
  for (const s of subsets) {
    for (const cp of points) {
      if (s.ranges.some(([a, b]) => cp >= a && cp <= b)) {
        used.add(s.index);
        break;
      }
    }
  }
  return used;
}

function textOf(files: Iterable<string>): string {
  let text = '';
  for (const f of files) text += readFileSync(f, 'utf8');
  return text;
}

function sourcesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.ts$/.test(String(f))).map((f) => path.join(dir, String(f)));
}

export function serviceWorkerPlugin(opts: SwPluginOptions): Plugin {
  let outDir = 'dist';
  return {
    name: 'parallax-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await build({
        configFile: false,
        root: opts.root,
        logLevel: 'warn',
        // Library mode leaves workbox's dev-only branches in; a worker has no `process`.
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          copyPublicDir: false,
          lib: { entry: path.join(opts.root, 'src/platform/sw.ts'), formats: ['iife'], name: 'pxsw', fileName: () => 'sw.js' },
        },
      });
      const corpusText = textOf(corpusFilesOf(opts.translationsDir).values());
      const uiText = textOf(opts.uiDirs.flatMap(sourcesUnder));
      // The TC font draws zh-Hant text only: the corpus's Chinese in traditional script (a
      // Big5 twin of it, say) renders offline; the SC font draws the corpus and the UI as written.
      const textFor = { sc: corpusText + uiText, tc: (await loadToTraditional('tw'))(corpusText) };
      const fontFiles: string[] = [];
      for (const css of opts.fontCss) {
        const family = /noto-serif-tc/.test(css) ? 'tc' : 'sc';
        const used = subsetsUsedBy(textFor[family], fontSubsetsOf(readFileSync(css, 'utf8')));
        // Exact file names (small subsets are inlined into the CSS and have no file).
        fontFiles.push(...readdirSync(path.join(outDir, 'assets')).filter((f) => {
          const n = new RegExp(`^noto-serif-${family}-([a-z0-9-]+?)-400-normal-.*\\.woff2$`).exec(f)?.[1];
          return n !== undefined && used.has(n);
        }).map((f) => `assets/${f}`));
      }
      // The print font for English (Noto Serif): without it offline, English prints in the
      // CJK font, whose apostrophes and quotes are full width.
      const latinFiles = readdirSync(path.join(outDir, 'assets'))
        .filter((f) => LATIN_PRINT_FONT.test(f))
        .map((f) => `assets/${f}`);
      const { count, size, warnings } = await injectManifest({
        swSrc: path.join(outDir, 'sw.js'),
        swDest: path.join(outDir, 'sw.js'),
        globDirectory: outDir,
        globPatterns: ['index.html', 'manifest.webmanifest', 'icons/*', 'assets/**/*.{js,css}', 'corpus/**/*', ...fontFiles, ...latinFiles],
        globIgnores: ['**/*.map'],
        maximumFileSizeToCacheInBytes: MAX_PRECACHE_BYTES,
        // Vite's file names carry a content hash already.
        dontCacheBustURLsMatching: /^assets\//,
      });
      for (const w of warnings) this.warn(w);
      this.info?.(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB), ${fontFiles.length} CJK font subsets`);
    },
  };
}
