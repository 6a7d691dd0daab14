/** pouchdb-browser as a lazy chunk: the import() is the split point, so the initial bundle never carries it. */
import type { PouchConstructor } from './pouch-types.ts';

export async function loadBrowserPouch(): Promise<PouchConstructor> {
  const module = await import('pouchdb-browser');
  return module.default as unknown as PouchConstructor;
}
