import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_VERSION, MIGRATIONS, migrateBundle } from '../../../src/core/bundle/index.ts';
import { v1FixtureText } from './sample-bundle.ts';

describe('bundle migrations', () => {
  it('has one numbered step for every older version', () => {
    for (let v = 1; v < BUNDLE_VERSION; v++) assert.equal(typeof MIGRATIONS[v], 'function', `migration ${v}→${v + 1}`);
  });

  it('1→2 gives every event the paragraph of its revision and changes nothing else', async () => {
    const raw = JSON.parse(await v1FixtureText()) as Record<string, unknown> & { events: Array<Record<string, unknown>>; revisions: Array<Record<string, unknown>> };
    assert.ok(raw.events.every((e) => !('paragraphId' in e)));
    const out = migrateBundle(raw, 1, 2) as typeof raw;
    assert.equal(out['version'], 2);
    for (const e of out.events) assert.equal(e['paragraphId'], raw.revisions.find((r) => r['id'] === e['revisionId'])?.['paragraphId']);
    assert.deepEqual(out.revisions, raw.revisions);
    assert.deepEqual(out.events.map(({ paragraphId: _p, ...rest }) => rest), raw.events);
  });
});
