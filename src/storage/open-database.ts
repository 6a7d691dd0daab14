/**
 * Opens the workspace database. When another tab opens a newer version, this
 * connection closes itself at once (so that tab's upgrade never hangs) and
 * tells the app, which should ask the user to reload.
 */
import { deleteDB, openDB } from 'idb';
import { DB_VERSION, DEFAULT_DB_NAME, type ParallaxDb, type ParallaxSchema } from './schema.ts';
import { upgradeSchema } from './upgrade.ts';

export interface OpenOptions {
  readonly name?: string;
  /** This connection was closed for another tab's upgrade (or the browser ended it). */
  readonly onClosed?: (reason: 'versionchange' | 'terminated') => void;
  /** Our upgrade waits for old connections in other tabs to close. */
  readonly onBlocked?: () => void;
}

export async function openParallaxDb(opts: OpenOptions = {}): Promise<ParallaxDb> {
  const db: ParallaxDb = await openDB<ParallaxSchema>(opts.name ?? DEFAULT_DB_NAME, DB_VERSION, {
    upgrade: (database, oldVersion, _newVersion, tx) => upgradeSchema(database, oldVersion, tx),
    blocked: () => opts.onBlocked?.(),
    blocking: () => {
      db.close();
      opts.onClosed?.('versionchange');
    },
    terminated: () => opts.onClosed?.('terminated'),
  });
  return db;
}

export function deleteParallaxDb(name: string = DEFAULT_DB_NAME): Promise<void> {
  return deleteDB(name);
}
