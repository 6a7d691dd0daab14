import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { alignInBackground, checksInBackground } from '../../../src/ui/controllers/run-in-worker.ts';
import { runChecks } from '../../../src/core/checks/index.ts';
import { alignWitnesses } from '../../../src/core/alignment/index.ts';
import { originalOf } from '../../../src/core/model/work.ts';
import { parseNameList } from '../../../src/core/names/index.ts';
import { readRepoText } from '../../support/files.ts';
import { goldAlignment, loadSampleWork } from '../compare-fixtures.ts';

describe('whole-document jobs in a worker', () => {
  it('align and check the sample work exactly as on the main thread', async () => {
    const work = await loadSampleWork();
    const names = parseNameList(await readRepoText('translations/names.json'));
    assert.ok(names.ok);
    const grid = await goldAlignment(work);
    const signal = new AbortController().signal;
    const findings = await checksInBackground(work, grid, names.value, signal);
    assert.deepEqual(findings, runChecks(work, grid, names.value));
    assert.ok(findings.length > 0);
    const t = work.witnesses.find((w) => w.id === 'en-parallax')!;
    assert.deepEqual(await alignInBackground(originalOf(work)!, t, signal), alignWitnesses(originalOf(work)!, t));
  });

  it('stops when aborted', async () => {
    const work = await loadSampleWork();
    const ac = new AbortController();
    const p = alignInBackground(originalOf(work)!, work.witnesses[1]!, ac.signal);
    ac.abort(new Error('closed'));
    await assert.rejects(p, /closed/);
  });
});
