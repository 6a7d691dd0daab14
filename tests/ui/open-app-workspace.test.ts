import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PxError } from '../../src/core/result.ts';
import { deleteParallaxDb } from '../../src/storage/index.ts';
import { addBundledWork } from '../../src/ui/bundled-works.ts';
import { openAppWorkspace } from '../../src/ui/open-app-workspace.ts';
import { shellErrors } from '../../src/ui/shell-errors.ts';
import { freshName } from '../storage/fresh-workspace.ts';
import { repoCorpus, until } from './shell-fixtures.ts';

function rawOpen(name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, version);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

describe('openAppWorkspace', () => {
  it('opens the workspace without reporting anything', async () => {
    const errors: PxError[] = [];
    const name = freshName();
    const ws = await openAppWorkspace((e) => errors.push(e), name);
    assert.ok(ws);
    assert.deepEqual(errors, []);
    ws.close();
    await deleteParallaxDb(name);
  });

  it('reports UI_DB_CLOSED when another tab upgrades the database', async () => {
    const errors: PxError[] = [];
    const name = freshName();
    const ws = await openAppWorkspace((e) => errors.push(e), name);
    assert.ok(ws);
    const newer = await rawOpen(name, 1000);
    await until(() => errors.length > 0, 'the report');
    assert.deepEqual(errors.map((e) => e.code), ['UI_DB_CLOSED']);
    newer.close();
    await deleteParallaxDb(name);
  });

  it('words UI_DB_BLOCKED for an old tab that holds the database', () => {
    // A real block needs an old tab with the previous schema open; the storage
    // tests cover upgrades, so only the message the wiring reports is checked here.
    const e = shellErrors.dbBlocked();
    assert.equal(e.code, 'UI_DB_BLOCKED');
    assert.match(e.hint, /other Parallax tabs/);
  });

  it('reports UI_DB_UNAVAILABLE when the browser refuses to open it', async () => {
    const errors: PxError[] = [];
    const name = freshName();
    // A database newer than this app knows cannot be opened at an older version.
    (await rawOpen(name, 1000)).close();
    const ws = await openAppWorkspace((e) => errors.push(e), name);
    assert.equal(ws, null);
    assert.deepEqual(errors.map((e) => e.code), ['UI_DB_UNAVAILABLE']);
    await deleteParallaxDb(name);
  });
});

describe('addBundledWork', () => {
  it('answers UI_NOT_BUNDLED for a work the build does not ship', async () => {
    const name = freshName();
    const ws = await openAppWorkspace(() => {}, name);
    assert.ok(ws);
    const r = await addBundledWork(ws, repoCorpus(), 'not-a-bundled-work');
    assert.equal(r.ok ? '' : r.error.code, 'UI_NOT_BUNDLED');
    const added = await addBundledWork(ws, repoCorpus(), 'wilson-121617');
    assert.equal(added.ok ? added.value : added.error.code, 'wilson-121617');
    ws.close();
    await deleteParallaxDb(name);
  });
});
