/**
 * A team member's client in Node: PouchDB (memory adapter) as its replica,
 * the shared work sync of src/sync, and the fold of its replica as its view.
 * Writes go through the same documents the app writes.
 */
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import type { Bundle } from '../../../src/core/bundle/bundle-types.ts';
import { bundleOfDocs } from '../../../src/core/team/bundle-of-docs.ts';
import type { TeamDoc } from '../../../src/core/team/team-docs.ts';
import type { PouchConstructor } from '../../../src/sync/pouch-types.ts';
import type { SyncStatus } from '../../../src/sync/sync-status.ts';
import type { TeamServer } from '../../../src/sync/team-http.ts';
import { startWorkSync, type WorkSync } from '../../../src/sync/work-sync.ts';

PouchDB.plugin(memoryAdapter);
export const NodePouch = PouchDB as unknown as PouchConstructor;

export interface NodeClient {
  readonly name: string;
  readonly sync: WorkSync;
  readonly statuses: SyncStatus[];
  /** Applied batches, as the app's store would receive them. */
  readonly applied: { docs: number };
  write(docs: readonly TeamDoc[]): Promise<void>;
  view(): Promise<Bundle>;
}

let counter = 0;

export async function nodeClient(server: TeamServer, workId: string): Promise<NodeClient> {
  const name = server.credentials?.name ?? 'anonymous';
  const statuses: SyncStatus[] = [];
  const applied = { docs: 0 };
  counter += 1;
  const sync = await startWorkSync({
    PouchDB: NodePouch, workId, server, localName: `client-${counter}-${name}-${workId}`, localAdapter: 'memory',
    apply: async (r) => {
      applied.docs += r.revisions.length + r.events.length + r.comments.length + r.alignments.length + (r.work ? 1 : 0);
    },
    onStatus: (s) => statuses.push(s),
  });
  return {
    name, sync, statuses, applied,
    write: (docs) => sync.mirror(docs),
    async view() {
      const folded = bundleOfDocs(await sync.docs(), workId);
      if (!folded.ok) throw new Error(folded.error.message);
      return folded.value.bundle;
    },
  };
}

/** Polls until `check` holds (or fails the test after `ms`). */
export async function eventually(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<number> {
  const start = Date.now();
  while (Date.now() - start < ms) {
    // A view that cannot fold yet (the work document has not arrived) is simply "not yet".
    if (await Promise.resolve().then(check).catch(() => false)) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`not within ${ms} ms: ${what}`);
}
