import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateWork } from '../../../src/core/import/validate-work.ts';
import { loadWorkFolder } from '../../../src/core/import/load-work-folder.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readSampleFolder } from './sample-folder.ts';

async function sampleJson(): Promise<Record<string, unknown> & { witnesses: Array<Record<string, unknown> & { paragraphs: Array<Record<string, unknown>> }> }> {
  const r = loadWorkFolder(await readSampleFolder());
  if (!r.ok) assert.fail(r.error.message);
  return JSON.parse(JSON.stringify(r.value));
}

function codeOf(value: unknown): string {
  const r = validateWork(value);
  assert.equal(r.ok, false, 'expected an error');
  return r.ok ? '' : r.error.code;
}

describe('validateWork', () => {
  it('round-trips the sample work through JSON unchanged', async () => {
    const json = await sampleJson();
    const r = validateWork(json);
    if (!r.ok) assert.fail(r.error.message);
    assert.deepEqual(r.value, json as unknown as Work);
  });

  it('fills missing optional fields and drops unknown ones', async () => {
    const json = await sampleJson();
    const w = json.witnesses[0]!;
    delete w['translator'];
    delete w['preparedForProject'];
    delete json['meta'];
    w['colour'] = 'blue';
    Reflect.deleteProperty(w.paragraphs[1]!, 'kind');
    const r = validateWork(json);
    if (!r.ok) assert.fail(r.error.message);
    assert.equal(r.value.witnesses[0]?.translator, null);
    assert.equal(r.value.witnesses[0]?.preparedForProject, false);
    assert.equal(r.value.meta.title, null);
    assert.equal('colour' in (r.value.witnesses[0] ?? {}), false);
    assert.equal(r.value.witnesses[0]?.paragraphs[1]?.kind, 'text');
  });

  it('reports each kind of damage', async () => {
    assert.equal(codeOf([]), 'IMPORT_WORK_MALFORMED');
    let j = await sampleJson(); j['version'] = 9;
    assert.equal(codeOf(j), 'IMPORT_WORK_VERSION');
    j = await sampleJson(); Reflect.deleteProperty(j, 'witnesses');
    assert.equal(codeOf(j), 'IMPORT_WORK_NO_WITNESSES');
    j = await sampleJson(); j.witnesses[2]!['role'] = 'original';
    assert.equal(codeOf(j), 'IMPORT_WORK_ORIGINAL_COUNT');
    j = await sampleJson(); j.witnesses[1]!.paragraphs[3]!['text'] = 42;
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!.paragraphs[3]!['id'] = j.witnesses[1]!.paragraphs[2]!['id'];
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!.paragraphs[3]!['kind'] = 'footnote';
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!.paragraphs[6]!['pageBreaks'] = [100000];
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!['id'] = '7b';
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!['lang'] = '';
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[1]!['paragraphs'] = 'none' as unknown as Array<Record<string, unknown>>;
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
    j = await sampleJson(); j.witnesses[2]!['id'] = 'zh';
    assert.equal(codeOf(j), 'IMPORT_WORK_MALFORMED');
  });
});
