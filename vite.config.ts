import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { createRequire } from 'node:module';
import { corpusPlugin } from './src/platform/vite-corpus-plugin.ts';
import { serviceWorkerPlugin } from './src/platform/vite-sw-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const translationsDir = path.join(root, 'translations');
const require = createRequire(import.meta.url);
const fontCss = ['@fontsource/noto-serif-sc/400.css', '@fontsource/noto-serif-tc/400.css'].map((css) => require.resolve(css));

/**
 * Chromium and every browser we support read woff2; dropping the woff
 * fallback from fontsource's CSS halves the font files in `dist/`.
 */
function woff2OnlyPlugin(): Plugin {
  return {
    name: 'parallax-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes('@fontsource') || !id.split('?')[0]?.endsWith('.css')) return null;
      return { code: code.replace(/,\s*url\([^)]*\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}

// The app is plain Lit + TypeScript; Lit's legacy decorators
// (experimentalDecorators in tsconfig.json) are lowered by Vite's transform.
export default defineConfig({
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  plugins: [
    woff2OnlyPlugin(),
    corpusPlugin(translationsDir),
    serviceWorkerPlugin({ root, translationsDir, fontCss, uiDirs: [path.join(root, 'src/ui')] }),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The bench reads the entry chunk's static imports from it (initial JS size).
    manifest: true,
    chunkSizeWarningLimit: 2000,
  },
});
