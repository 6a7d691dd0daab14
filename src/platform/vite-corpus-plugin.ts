/**
 * Ships `translations/` with the app as static files: served under `/corpus/`
 * by the dev server and emitted as `corpus/` in the build, with
 * `corpus/index.json` listing each work folder and its files (the app fetches
 * the index, then the files, and imports them with `loadWorkFolder`).
 *
 * Runs in Node (Vite's config), never in the browser.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { CORPUS_INDEX_FORMAT, CORPUS_INDEX_VERSION, type CorpusIndex } from './corpus-index.ts';

/** Files in a work folder the app never needs: test gold data. */
const SKIPPED_FILE = /(^|\/)[^/]*-gold\.json$|(^|\/)\./;
/** Top-level corpus files every work may use. */
const SHARED_FILES = ['names.json'];

function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => String(f).split(path.sep).join('/'))
    .filter((f) => statSync(path.join(dir, f)).isFile() && !SKIPPED_FILE.test(f))
    .sort();
}

/** The index of a `translations/` folder: one entry per sub-folder, in name order. */
export function corpusIndexOf(translationsDir: string): CorpusIndex {
  if (!existsSync(translationsDir)) return { format: CORPUS_INDEX_FORMAT, version: CORPUS_INDEX_VERSION, works: [], shared: [] };
  const works = readdirSync(translationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort()
    .map((id) => ({ id, files: filesUnder(path.join(translationsDir, id)) }))
    .filter((w) => w.files.length > 0);
  const shared = SHARED_FILES.filter((f) => existsSync(path.join(translationsDir, f)));
  return { format: CORPUS_INDEX_FORMAT, version: CORPUS_INDEX_VERSION, works, shared };
}

/** Every file the index names, as `corpus/…` output path → absolute source path. */
export function corpusFilesOf(translationsDir: string, index: CorpusIndex = corpusIndexOf(translationsDir)): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of index.works) {
    for (const f of w.files) out.set(`corpus/${w.id}/${f}`, path.join(translationsDir, w.id, f));
  }
  for (const f of index.shared) out.set(`corpus/${f}`, path.join(translationsDir, f));
  return out;
}

const TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function corpusPlugin(translationsDir: string): Plugin {
  return {
    name: 'parallax-corpus',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? '').split('?')[0] ?? '';
        const at = url.indexOf('/corpus/');
        if (at < 0) return next();
        const rel = decodeURIComponent(url.slice(at + 1));
        // Computed per request so a file added to translations/ shows up without a restart.
        const index = corpusIndexOf(translationsDir);
        if (rel === 'corpus/index.json') {
          res.setHeader('Content-Type', TYPES['.json'] ?? '');
          res.end(JSON.stringify(index, null, 2));
          return undefined;
        }
        const file = corpusFilesOf(translationsDir, index).get(rel);
        if (!file) return next();
        res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
        return undefined;
      });
    },
    generateBundle() {
      const index = corpusIndexOf(translationsDir);
      this.emitFile({ type: 'asset', fileName: 'corpus/index.json', source: JSON.stringify(index, null, 2) });
      for (const [fileName, file] of corpusFilesOf(translationsDir, index)) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(file) });
      }
    },
  };
}
