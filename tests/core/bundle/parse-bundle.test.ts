import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUNDLE_VERSION, MAX_RECORDS, MAX_STRING_CHARS, parseBundle, serializeBundle } from '../../../src/core/bundle/index.ts';
import { mutable, sampleBundle, v1FixtureText, type Mutable } from './sample-bundle.ts';

function codeOf(text: string): string {
  const r = parseBundle(text);
  return r.ok ? 'ok' : r.error.code;
}
async function broken(change: (b: Mutable) => void): Promise<string> {
  const b = mutable(await sampleBundle());
  change(b);
  return codeOf(JSON.stringify(b));
}

describe('parseBundle', () => {
  it('reads back what serializeBundle wrote, equal', async () => {
    const b = await sampleBundle();
    const r = parseBundle(serializeBundle(b));
    assert.ok(r.ok, !r.ok ? r.error.message : '');
    assert.deepEqual(r.value, b);
  });

  it('reads a version-1 file through the migration', async () => {
    const r = parseBundle(await v1FixtureText());
    assert.ok(r.ok, !r.ok ? `${r.error.code} ${r.error.message}` : '');
    assert.equal(r.value.version, BUNDLE_VERSION);
    assert.equal(r.value.events.length, 2);
    const bundle = r.value;
    for (const e of bundle.events) {
      const paragraphOfRevision: string | undefined = bundle.revisions.find((x) => x.id === e.revisionId)?.paragraphId;
      assert.equal(e.paragraphId, paragraphOfRevision);
    }
  });

  it('BUNDLE_NOT_JSON for text that is not JSON or cut short', async () => {
    assert.equal(codeOf('not json'), 'BUNDLE_NOT_JSON');
    const text = serializeBundle(await sampleBundle());
    assert.equal(codeOf(text.slice(0, text.length / 2)), 'BUNDLE_NOT_JSON');
  });

  it('BUNDLE_WRONG_FORMAT for other JSON, including a Parallax work file', () => {
    assert.equal(codeOf('[1,2]'), 'BUNDLE_WRONG_FORMAT');
    assert.equal(codeOf('{"format":"parallax.work","version":1}'), 'BUNDLE_WRONG_FORMAT');
    assert.equal(codeOf('"parallax.bundle"'), 'BUNDLE_WRONG_FORMAT');
  });

  it('BUNDLE_BAD_VERSION and BUNDLE_TOO_NEW', () => {
    assert.equal(codeOf('{"format":"parallax.bundle","version":"2"}'), 'BUNDLE_BAD_VERSION');
    assert.equal(codeOf('{"format":"parallax.bundle","version":0}'), 'BUNDLE_BAD_VERSION');
    assert.equal(codeOf('{"format":"parallax.bundle","version":1.5}'), 'BUNDLE_BAD_VERSION');
    const r = parseBundle(`{"format":"parallax.bundle","version":${BUNDLE_VERSION + 1}}`);
    assert.equal(!r.ok && r.error.code, 'BUNDLE_TOO_NEW');
    assert.ok(!r.ok && r.error.message.includes(String(BUNDLE_VERSION + 1)));
  });

  it('BUNDLE_MISSING_FIELD names the path of the missing field', async () => {
    const b = mutable(await sampleBundle());
    delete b.revisions[5]?.['text'];
    const r = parseBundle(JSON.stringify(b));
    assert.equal(!r.ok && r.error.code, 'BUNDLE_MISSING_FIELD');
    assert.ok(!r.ok && r.error.message.includes('bundle.revisions[5].text'));
    assert.equal(await broken((x) => Reflect.deleteProperty(x, 'events')), 'BUNDLE_MISSING_FIELD');
  });

  it('BUNDLE_BAD_FIELD for wrong types and values', async () => {
    assert.equal(await broken((x) => { x.revisions[0]!['text'] = 42; }), 'BUNDLE_BAD_FIELD');
    assert.equal(await broken((x) => { x.revisions[0]!['origin'] = 'magic'; }), 'BUNDLE_BAD_FIELD');
    assert.equal(await broken((x) => { x.revisions[0]!['createdAt'] = '1 May 2026'; }), 'BUNDLE_BAD_FIELD');
    assert.equal(await broken((x) => { x['scope'] = 'everything'; }), 'BUNDLE_BAD_FIELD');
  });

  it('BUNDLE_DANGLING_REFERENCE for references that do not resolve', async () => {
    assert.equal(await broken((x) => { x.works[0]!.witnesses[1]!.paragraphs[0]!['revisionId'] = 'NOPE'; }), 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(await broken((x) => { x.revisions[0]!['paragraphId'] = 'zh-p999'; }), 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(await broken((x) => { x.revisions[1]!['baseRevisionId'] = 'NOPE'; }), 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(await broken((x) => { x.comments.push({ id: 'C1', workId: x.works[0]!['id'], paragraphId: 'zh-p1', revisionId: 'NOPE', author: 'a', at: '2026-04-01T00:00:00.000Z', text: 'x' }); }), 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(await broken((x) => { x.names.push({ workId: 'other-work', id: 'n', kind: 'person', canonical: 'X', variants: [], author: 'a', updatedAt: '2026-04-01T00:00:00.000Z' }); }), 'BUNDLE_DANGLING_REFERENCE');
    assert.equal(await broken((x) => { x.alignments.push({ workId: x.works[0]!['id'], witnessId: 'fr', rows: [], editHistory: [], author: 'a', updatedAt: '2026-04-01T00:00:00.000Z' }); }), 'BUNDLE_DANGLING_REFERENCE');
  });

  it('BUNDLE_DUPLICATE_ID for a repeated id', async () => {
    assert.equal(await broken((x) => { x.revisions.push({ ...x.revisions[0]! }); }), 'BUNDLE_DUPLICATE_ID');
    assert.equal(await broken((x) => { x.works[0]!.witnesses[2]!['id'] = x.works[0]!.witnesses[1]!['id']; }), 'BUNDLE_DUPLICATE_ID');
  });

  it('BUNDLE_INCONSISTENT when a current text is not approved or a record contradicts its revision', async () => {
    const b = mutable(await sampleBundle());
    const p = b.works[0]!.witnesses[1]!.paragraphs[0]!;
    const zero = b.revisions.find((r) => r['id'] === p['revisionId'])!;
    b.revisions.push({ ...zero, id: 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ', baseRevisionId: zero['id'], origin: 'edit', text: 'unapproved' });
    p['revisionId'] = 'ZZZZZZZZZZZZZZZZZZZZZZZZZZ';
    assert.equal(codeOf(JSON.stringify(b)), 'BUNDLE_INCONSISTENT');
    assert.equal(await broken((x) => { x.revisions[0]!['witnessId'] = 'en-7b'; }), 'BUNDLE_INCONSISTENT');
  });

  it('BUNDLE_TOO_LARGE for a hostile string', async () => {
    assert.equal(await broken((x) => { x.revisions[0]!['text'] = 'x'.repeat(MAX_STRING_CHARS + 1); }), 'BUNDLE_TOO_LARGE');
  });

  it('BUNDLE_TOO_LARGE for a hostile number of records, before reading them', () => {
    const text = `{"format":"parallax.bundle","version":${BUNDLE_VERSION},"scope":"work","works":[${'0,'.repeat(MAX_RECORDS)}0]}`;
    const r = parseBundle(text);
    assert.equal(!r.ok && r.error.code, 'BUNDLE_TOO_LARGE');
  });
});
