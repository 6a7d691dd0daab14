import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDB } from 'idb';
import { parseBundle } from '../../src/core/bundle/index.ts';
import { createIdFactory } from '../../src/core/ids.ts';
import { DB_VERSION, openWorkspace } from '../../src/storage/index.ts';
import * as v1 from './fixtures/schema-v1.ts';
import * as v2 from './fixtures/schema-v2.ts';
import type { WrittenV1 } from './fixtures/schema-v1.ts';
import type { IDBPDatabase } from 'idb';
import type { Work } from '../../src/core/model/work.ts';
import { freshName, sampleWork, unwrap } from './fresh-workspace.ts';

interface Frozen {
  readonly version: number;
  readonly upgrade: (db: IDBPDatabase, oldVersion: number, tx: Parameters<typeof v2.upgradeV2>[2]) => void;
  readonly write: (db: IDBPDatabase, work: Work, ids: () => string) => Promise<WrittenV1>;
}

/** Every earlier schema version, frozen as released. */
const FROZEN: readonly Frozen[] = [
  { version: v1.VERSION, upgrade: (db) => v1.upgradeV1(db), write: v1.writeV1Data },
  { version: v2.VERSION, upgrade: v2.upgradeV2, write: v2.writeV2Data },
];

describe('schema migrations', () => {
  it('has a frozen fixture for every earlier version', () => {
    const frozen = FROZEN.map((f) => f.version);
    assert.deepEqual(frozen, Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1));
  });

  for (const frozen of FROZEN) it(`opens a version-${frozen.version} database with every record intact and upgraded`, async () => {
    const name = freshName(`px-v${frozen.version}`);
    const work = await sampleWork();
    const old = await openDB(name, frozen.version, { upgrade: (db, oldVersion, _n, tx) => frozen.upgrade(db, oldVersion, tx) });
    const written = await frozen.write(old, work, createIdFactory(() => Date.parse('2026-03-01T10:00:00.000Z')));
    old.close();

    const ws = await openWorkspace({ name });
    assert.equal(ws.db.version, DB_VERSION);
    // The work with its current texts, the v1 edit included.
    const loaded = unwrap(await ws.works.loadWork(work.id));
    const expected = work.witnesses.map((w) => w.paragraphs.map((p) => (p.id === written.editedParagraphId ? written.editedText : p.text)));
    assert.deepEqual(loaded.witnesses.map((w) => w.paragraphs.map((p) => p.text)), expected);
    assert.deepEqual(loaded.meta, work.meta);
    // Works got `deletedAt: null`, so they list.
    assert.deepEqual((await ws.works.listWorks()).map((w) => [w.id, w.deletedAt]), [[work.id, null]]);
    // Events got their paragraphId; per-paragraph history and the timeline read them through the new indexes.
    const history = unwrap(await ws.history.paragraphHistory(work.id, written.editedParagraphId));
    assert.equal(history.length, 2);
    assert.deepEqual(history[1]?.events.map((e) => [e.id, e.paragraphId, e.to]), written.eventIds.map((id, i) => [id, written.editedParagraphId, i === 0 ? 'proposed' : 'approved']));
    assert.deepEqual(history[1]?.comments.map((c) => c.id), [written.commentId]);
    const timeline = await ws.history.timeline(work.id);
    assert.deepEqual(timeline.entries.map((e) => e.kind), ['transition', 'comment', 'transition', 'revision']);
    // Everything else as written.
    assert.equal((await ws.alignments.listAlignments(work.id)).length, 1);
    assert.deepEqual((await ws.names.listNames('')).map((n) => n.canonical), ['Moscow']);
    assert.equal(await ws.settings.editorName(), 'v1 editor');
    // And the upgraded data is a valid bundle.
    assert.ok(parseBundle(unwrap(await ws.backup.exportBundleText())).ok);
    ws.close();
  });
});
