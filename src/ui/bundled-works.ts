/**
 * The works the build ships: on first run every one is imported into
 * IndexedDB (so a newcomer sees the sample at once); later the library can
 * add one the person removed. A setting remembers that the first run
 * happened, so removing the sample does not bring it back on reload.
 */
// name-list.ts directly: the names barrel would pull pinyin and diff code into the first load.
import { parseNameList } from '../core/names/name-list.ts';
import { err, ok, type PxError, type Result } from '../core/result.ts';
import type { CorpusWorkEntry } from '../platform/corpus-index.ts';
import type { CorpusLoader } from '../platform/corpus-loader.ts';
import { WORKSPACE_NAMES } from '../storage/index.ts';
import type { PxStorage } from './contexts.ts';
import { shellErrors } from './shell-errors.ts';

export const SEEDED_KEY = 'bundledCorpusImported';
export const NAMES_SEEDED_KEY = 'bundledNamesImported';
const NAMES_FILE = 'names.json';

/**
 * Stores a names list the corpus ships (`names.json` at the top, for every
 * work; or in a work folder, for that work) unless that scope already has
 * names, which the person may have edited.
 */
async function seedNames(storage: PxStorage, corpus: CorpusLoader, path: string, scope: string): Promise<PxError | null> {
  if ((await storage.names.listNames(scope)).length > 0) return null;
  const text = await corpus.sharedText(path);
  if (!text.ok) return text.error;
  const list = parseNameList(text.value);
  if (!list.ok) return list.error;
  const saved = await storage.names.saveNames(scope, list.value.entries);
  return saved.ok ? null : saved.error;
}

async function importEntry(storage: PxStorage, corpus: CorpusLoader, entry: CorpusWorkEntry): Promise<Result<string>> {
  const work = await corpus.work(entry);
  if (!work.ok) return work;
  const stored = await storage.works.importWork(work.value);
  if (!stored.ok) return stored;
  if (entry.files.includes(NAMES_FILE)) {
    const e = await seedNames(storage, corpus, `${entry.id}/${NAMES_FILE}`, stored.value.id);
    if (e) return err(e);
  }
  return ok(stored.value.id);
}

/**
 * Stores the names lists the corpus ships, once (signed as imported data
 * when no editor name is set yet). Returns the errors.
 */
export async function seedBundledNames(storage: PxStorage, corpus: CorpusLoader): Promise<PxError[]> {
  if ((await storage.settings.get(NAMES_SEEDED_KEY)) === true) return [];
  const index = await corpus.index();
  if (!index.ok) return [index.error];
  const present = new Set((await storage.works.listWorks()).map((w) => w.id));
  const errors: PxError[] = [];
  if (index.value.shared.includes(NAMES_FILE)) {
    const e = await seedNames(storage, corpus, NAMES_FILE, WORKSPACE_NAMES);
    if (e) errors.push(e);
  }
  for (const entry of index.value.works) {
    if (!entry.files.includes(NAMES_FILE) || !present.has(entry.id)) continue;
    const e = await seedNames(storage, corpus, `${entry.id}/${NAMES_FILE}`, entry.id);
    if (e) errors.push(e);
  }
  if (errors.length === 0) {
    const marked = await storage.settings.set(NAMES_SEEDED_KEY, true);
    if (!marked.ok) errors.push(marked.error);
  }
  return errors;
}

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
    const stored = await importEntry(storage, corpus, entry);
    if (stored.ok) imported.push(stored.value);
    else errors.push(stored.error);
  }
  // Only a complete first run counts: after a failure the next start tries again.
  if (errors.length === 0) {
    const marked = await storage.settings.set(SEEDED_KEY, true);
    if (!marked.ok) errors.push(marked.error);
  }
  errors.push(...(await seedBundledNames(storage, corpus)));
  return { bundledIds, imported, errors };
}

/** Fetches and stores one bundled work; resolves with its id. */
export async function addBundledWork(storage: PxStorage, corpus: CorpusLoader, id: string): Promise<Result<string>> {
  const index = await corpus.index();
  if (!index.ok) return index;
  const entry = index.value.works.find((w) => w.id === id);
  if (!entry) return err(shellErrors.notBundled(id));
  return importEntry(storage, corpus, entry);
}
