/**
 * Step-by-step schema upgrades: each `if (oldVersion < N)` block takes a
 * database of version N-1 to N and never changes once released. The tests
 * keep a frozen copy of every earlier version to prove old data survives.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ParallaxSchema } from './schema.ts';

type UpgradeTx = IDBPTransaction<ParallaxSchema, StoreNames<ParallaxSchema>[], 'versionchange'>;

export function upgradeSchema(db: IDBPDatabase<ParallaxSchema>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) createVersion1(db);
  if (oldVersion < 2) {
    createVersion2Indexes(tx);
    // Data steps run inside the upgrade transaction; a failure aborts the whole upgrade.
    void migrateVersion2Data(tx).catch(() => tx.abort());
  }
}

/** Version 1: the stores, keyed as today; events had no paragraphId and works no deletedAt. */
function createVersion1(db: IDBPDatabase<ParallaxSchema>): void {
  db.createObjectStore('works', { keyPath: 'id' });
  db.createObjectStore('witnesses', { keyPath: ['workId', 'id'] }).createIndex('byWork', 'workId');
  db.createObjectStore('paragraphs', { keyPath: ['workId', 'id'] }).createIndex('byWork', 'workId');
  const revisions = db.createObjectStore('revisions', { keyPath: 'id' });
  revisions.createIndex('byParagraph', ['workId', 'paragraphId', 'id']);
  db.createObjectStore('events', { keyPath: 'id' }).createIndex('byRevision', 'revisionId');
  db.createObjectStore('comments', { keyPath: 'id' }).createIndex('byRevision', 'revisionId');
  db.createObjectStore('alignments', { keyPath: ['workId', 'witnessId'] }).createIndex('byWork', 'workId');
  db.createObjectStore('names', { keyPath: ['workId', 'id'] }).createIndex('byWork', 'workId');
  db.createObjectStore('settings', { keyPath: 'key' });
}

/** Version 2: work-wide indexes for the activity timeline and per-paragraph events. */
function createVersion2Indexes(tx: UpgradeTx): void {
  const revisions = tx.objectStore('revisions');
  revisions.createIndex('byWork', ['workId', 'id']);
  // Sparse on purpose: revision zero has baseRevisionId null, which is not a
  // valid key, so the activity timeline pages through edits without skipping
  // thousands of imported paragraphs.
  revisions.createIndex('editsByWork', ['workId', 'id', 'baseRevisionId']);
  const events = tx.objectStore('events');
  events.createIndex('byWork', ['workId', 'id']);
  events.createIndex('byParagraph', ['workId', 'paragraphId', 'id']);
  tx.objectStore('comments').createIndex('byWork', ['workId', 'id']);
}

/** Version 2 data: events learn their paragraphId (from their revision); works get `deletedAt: null`. */
async function migrateVersion2Data(tx: UpgradeTx): Promise<void> {
  const revisions = tx.objectStore('revisions');
  let events = await tx.objectStore('events').openCursor();
  while (events) {
    if (typeof events.value.paragraphId !== 'string') {
      const revision = await revisions.get(events.value.revisionId);
      await events.update({ ...events.value, paragraphId: revision?.paragraphId ?? '' });
    }
    events = await events.continue();
  }
  let works = await tx.objectStore('works').openCursor();
  while (works) {
    if (works.value.deletedAt === undefined) await works.update({ ...works.value, deletedAt: null });
    works = await works.continue();
  }
}
