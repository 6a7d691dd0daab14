/**
 * Step-by-step schema upgrades: each `if (oldVersion < N)` block takes a
 * database of version N-1 to N and never changes once released. Structural
 * steps run at once; data steps run after them, in order, inside the same
 * upgrade transaction (a failure aborts the whole upgrade, leaving the old
 * database as it was). The tests keep a frozen copy of every earlier version
 * (tests/storage/fixtures/schema-vN.ts) to prove old data survives.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { chunksOf } from './paragraph-chunks.ts';
import type { ParagraphRecord, ParallaxSchema } from './schema.ts';

type UpgradeTx = IDBPTransaction<ParallaxSchema, StoreNames<ParallaxSchema>[], 'versionchange'>;
/** Earlier versions had stores the current schema no longer types; their steps use the untyped view. */
type UntypedDb = IDBPDatabase;
type UntypedTx = IDBPTransaction<unknown, string[], 'versionchange'>;

export function upgradeSchema(db: IDBPDatabase<ParallaxSchema>, oldVersion: number, tx: UpgradeTx): void {
  const untypedDb = db as unknown as UntypedDb;
  const untypedTx = tx as unknown as UntypedTx;
  const dataSteps: Array<() => Promise<void>> = [];
  if (oldVersion < 1) createVersion1(untypedDb);
  if (oldVersion < 2) {
    createVersion2Indexes(tx);
    dataSteps.push(() => migrateVersion2Data(tx));
  }
  if (oldVersion < 3) {
    createVersion3Stores(db);
    dataSteps.push(() => migrateVersion3Data(untypedDb, untypedTx, tx));
  }
  void runInOrder(dataSteps).catch(() => tx.abort());
}

async function runInOrder(steps: ReadonlyArray<() => Promise<void>>): Promise<void> {
  for (const step of steps) await step();
}

/** Version 1: the stores; events had no paragraphId, works no deletedAt, paragraphs one record each. */
function createVersion1(db: UntypedDb): void {
  db.createObjectStore('works', { keyPath: 'id' });
  db.createObjectStore('witnesses', { keyPath: ['workId', 'id'] }).createIndex('byWork', 'workId');
  db.createObjectStore('paragraphs', { keyPath: ['workId', 'id'] }).createIndex('byWork', 'workId');
  db.createObjectStore('revisions', { keyPath: 'id' }).createIndex('byParagraph', ['workId', 'paragraphId', 'id']);
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

/** Version 3: paragraphs move into chunks (see paragraph-chunks.ts for why). */
function createVersion3Stores(db: IDBPDatabase<ParallaxSchema>): void {
  db.createObjectStore('paragraphChunks', { keyPath: ['workId', 'witnessId', 'chunk'] })
    .createIndex('byParagraph', 'paragraphKeys', { multiEntry: true });
}

async function migrateVersion3Data(db: UntypedDb, untypedTx: UntypedTx, tx: UpgradeTx): Promise<void> {
  const paragraphs = (await untypedTx.objectStore('paragraphs').getAll()) as ParagraphRecord[];
  const chunks = tx.objectStore('paragraphChunks');
  await Promise.all(chunksOf(paragraphs).map((c) => chunks.put(c)));
  db.deleteObjectStore('paragraphs');
}
