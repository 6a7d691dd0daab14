/**
 * Fetches the corpus the build ships under `corpus/` (same origin; from the
 * service-worker cache when offline) and turns a work folder into a Work with
 * the core's `loadWorkFolder`.
 */
import type { Work } from '../core/model/work.ts';
import { err, ok, pxError, type PxError, type Result } from '../core/result.ts';
import { CORPUS_INDEX_FORMAT, type CorpusIndex, type CorpusWorkEntry } from './corpus-index.ts';

export type FetchLike = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

export function corpusUnavailable(what: string, why: string): PxError {
  return pxError('UI_CORPUS_UNAVAILABLE', `The bundled corpus could not be loaded: ${what} (${why})`,
    'check your connection and reload; after one complete visit the corpus is available offline');
}

async function fetchBytes(fetchFn: FetchLike, url: string, signal?: AbortSignal): Promise<Result<Uint8Array>> {
  try {
    const res = await fetchFn(url, signal ? { signal } : undefined);
    if (!res.ok) return err(corpusUnavailable(url, `HTTP ${res.status}`));
    return ok(new Uint8Array(await res.arrayBuffer()));
  } catch (e) {
    return err(corpusUnavailable(url, e instanceof Error ? e.message : String(e)));
  }
}

export class CorpusLoader {
  /** `base` ends with `/`: the folder holding `corpus/` (the app's base URL). */
  constructor(
    private readonly base: string,
    private readonly fetchFn: FetchLike = (u, i) => fetch(u, i),
  ) {}

  private url(path: string): string {
    return new URL(`corpus/${path.split('/').map(encodeURIComponent).join('/')}`, this.base).href;
  }

  async index(signal?: AbortSignal): Promise<Result<CorpusIndex>> {
    const bytes = await fetchBytes(this.fetchFn, this.url('index.json'), signal);
    if (!bytes.ok) return bytes;
    try {
      const parsed = JSON.parse(new TextDecoder().decode(bytes.value)) as Partial<CorpusIndex>;
      if (parsed.format !== CORPUS_INDEX_FORMAT || !Array.isArray(parsed.works)) {
        return err(corpusUnavailable('corpus/index.json', 'not a corpus index'));
      }
      return ok({ ...parsed, shared: parsed.shared ?? [] } as CorpusIndex);
    } catch (e) {
      return err(corpusUnavailable('corpus/index.json', e instanceof Error ? e.message : String(e)));
    }
  }

  /** Every file of one work folder, relative path → bytes. */
  async folder(entry: CorpusWorkEntry, signal?: AbortSignal): Promise<Result<Map<string, Uint8Array>>> {
    const files = await Promise.all(entry.files.map(async (f) => [f, await fetchBytes(this.fetchFn, this.url(`${entry.id}/${f}`), signal)] as const));
    const out = new Map<string, Uint8Array>();
    for (const [name, bytes] of files) {
      if (!bytes.ok) return bytes;
      out.set(name, bytes.value);
    }
    return ok(out);
  }

  /** One bundled work, parsed; its id is the folder name unless work.json says otherwise. */
  async work(entry: CorpusWorkEntry, signal?: AbortSignal): Promise<Result<Work>> {
    const folder = await this.folder(entry, signal);
    if (!folder.ok) return folder;
    // The importers (encoding detection, XML readers) load here, after the first paint.
    const { loadWorkFolder } = await import('../core/import/index.ts');
    return loadWorkFolder(folder.value);
  }

  /** A top-level file such as `names.json`, as text. */
  async sharedText(name: string, signal?: AbortSignal): Promise<Result<string>> {
    const bytes = await fetchBytes(this.fetchFn, this.url(name), signal);
    return bytes.ok ? ok(new TextDecoder().decode(bytes.value)) : bytes;
  }
}
