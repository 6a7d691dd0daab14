import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBundle, serializeBundle, type Bundle } from '../../../src/core/bundle/index.ts';
import { sampleBundle, v1FixtureText } from './sample-bundle.ts';

describe('serializeBundle', () => {
  it('starts with format and version', async () => {
    const text = serializeBundle(await sampleBundle());
    assert.ok(text.startsWith('{"format":"parallax.bundle","version":2,'));
  });

  it('gives the same bytes whatever the record and key order', async () => {
    const b = await sampleBundle();
    const shuffled: Bundle = {
      names: [], alignments: [], comments: [], events: [],
      revisions: [...b.revisions].reverse(),
      works: b.works.map((w) => ({ witnesses: w.witnesses, deletedAt: w.deletedAt, createdAt: w.createdAt, author: w.author, notes: w.notes, meta: w.meta, id: w.id })),
      scope: b.scope, version: b.version, format: b.format,
    };
    assert.equal(serializeBundle(shuffled), serializeBundle(b));
  });

  it('round-trips the migrated v1 fixture byte-identically on a second pass', async () => {
    const first = parseBundle(await v1FixtureText());
    assert.ok(first.ok);
    const text = serializeBundle(first.value);
    const second = parseBundle(text);
    assert.ok(second.ok);
    assert.equal(serializeBundle(second.value), text);
  });
});
