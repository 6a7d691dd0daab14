import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseBundle, workFromBundle } from '../../../src/core/bundle/index.ts';
import { sampleBundle, sampleWork, v1FixtureText } from './sample-bundle.ts';

describe('workFromBundle', () => {
  it('gives back the imported work from a fresh bundle', async () => {
    const work = await sampleWork();
    const r = workFromBundle(await sampleBundle(), work.id);
    assert.ok(r.ok);
    assert.deepEqual(r.value, { ...work, notes: work.notes ?? null });
  });

  it('carries the approved current text, not drafts or the text before approval', async () => {
    const parsed = parseBundle(await v1FixtureText());
    assert.ok(parsed.ok);
    const b = parsed.value;
    const approved = b.events.find((e) => e.to === 'approved');
    const edited = b.revisions.find((r) => r.id === approved?.revisionId);
    assert.ok(edited);
    const r = workFromBundle(b, edited.workId);
    assert.ok(r.ok);
    const paragraph = r.value.witnesses.find((w) => w.id === edited.witnessId)?.paragraphs.find((p) => p.id === edited.paragraphId);
    assert.equal(paragraph?.text, edited.text);
    const zero = b.revisions.find((x) => x.id === edited.baseRevisionId);
    assert.notEqual(paragraph?.text, zero?.text);
  });

  it('BUNDLE_WORK_NOT_FOUND for an id the bundle lacks', async () => {
    const r = workFromBundle(await sampleBundle(), 'no-such-work');
    assert.equal(!r.ok && r.error.code, 'BUNDLE_WORK_NOT_FOUND');
  });
});
