/**
 * `corpus/index.json`: what the build ships from `translations/`. Written by
 * the Vite corpus plugin, read by the corpus loader in the browser.
 */
export const CORPUS_INDEX_FORMAT = 'parallax.corpus-index';
export const CORPUS_INDEX_VERSION = 1;

export interface CorpusWorkEntry {
  /** The folder name, which is also the work id. */
  readonly id: string;
  /** Paths relative to the work folder, `/`-separated. */
  readonly files: readonly string[];
}

export interface CorpusIndex {
  readonly format: typeof CORPUS_INDEX_FORMAT;
  readonly version: typeof CORPUS_INDEX_VERSION;
  readonly works: readonly CorpusWorkEntry[];
  /** Top-level files (`names.json`), relative to `corpus/`. */
  readonly shared: readonly string[];
}
