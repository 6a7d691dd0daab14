/**
 * The works the build ships: on first run every one is imported into
 * IndexedDB (so a newcomer sees the sample at once); later the library can
 * add one the person removed. A setting remembers that the first run
 * happened, so removing the sample does not bring it back on reload.
 */
import { err, ok, pxError, type PxError, type Result } from '../core/result.ts';
import type { CorpusLoader } from '../platform/corpus-loader.ts';
import type { PxStorage } from './contexts.ts';

export const SEEDED_KEY = 'bundledCorpusImported';

export interface SeedOutcome {
  readonly bundledIds: string[];
  readonly imported: string[];
  readonly errors: PxError[];
}

async function knownIds(storage: PxStorage): Promise<Set<string>> {
  const [live, removed] = await Promise.all([storage.works.listWorks(), storage.works.listRemovedWorks()]);
  return new Set([...live, ...removed].map((w) => w.id));
}

export async function seedBundledWorks(storage: PxStorage, corpus: CorpusLoader): Promise<SeedOutcome> {
  const index = await corpus.index();
  if (!index.ok) return { bundledIds: [], imported: [], errors: [index.error] };
  const bundledIds = index.value.works.map((w) => w.id);
  if ((await storage.settings.get(SEEDED_KEY)) === true) return { bundledIds, imported: [], errors: [] };
  const known = await knownIds(storage);
  const imported: string[] = [];
  const errors: PxError[] = [];
  for (const entry of index.value.works) {
    if (known.has(entry.id)) continue;
    const work = await corpus.work(entry);
    if (!work.ok) {
      errors.push(work.error);
      continue;
    }
    const stored = await storage.works.importWork(work.value);
    if (stored.ok) imported.push(stored.value.id);
    else errors.push(stored.error);
  }
  // Only a complete first run counts: after a failure the next start tries again.
  if (errors.length === 0) {
    const marked = await storage.settings.set(SEEDED_KEY, true);
    if (!marked.ok) errors.push(marked.error);
  }
  return { bundledIds, imported, errors };
}

/** Fetches and stores one bundled work; resolves with its id. */
export async function addBundledWork(storage: PxStorage, corpus: CorpusLoader, id: string): Promise<Result<string>> {
  const index = await corpus.index();
  if (!index.ok) return index;
  const entry = index.value.works.find((w) => w.id === id);
  if (!entry) return err(pxError('UI_NOT_BUNDLED', `“${id}” is not one of the works bundled with this version`, 'reload the page to see the current list'));
  const work = await corpus.work(entry);
  if (!work.ok) return work;
  const stored = await storage.works.importWork(work.value);
  return stored.ok ? ok(stored.value.id) : stored;
}
