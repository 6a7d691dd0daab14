import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CorpusLoader } from '../../src/platform/corpus-loader.ts';
import { corpusIndexOf } from '../../src/platform/vite-corpus-plugin.ts';

const translations = fileURLToPath(new URL('../../translations/', import.meta.url));
const BASE = 'http://app.test/parallax/';

/** Serves the corpus the way the build lays it out, from the repo's translations/. */
function servedCorpus(requests: string[] = []) {
  return async (url: string): Promise<Response> => {
    requests.push(url);
    const rel = decodeURIComponent(url.replace(`${BASE}corpus/`, ''));
    if (rel === 'index.json') return new Response(JSON.stringify(corpusIndexOf(translations)));
    try {
      return new Response(await readFile(translations + rel));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

describe('corpus loader', () => {
  it('fetches the index and loads the sample work with its three witnesses, relative to the base URL', async () => {
    const requests: string[] = [];
    const loader = new CorpusLoader(BASE, servedCorpus(requests));
    const index = await loader.index();
    assert.ok(index.ok);
    const entry = index.value.works.find((w) => w.id === 'wilson-121617');
    assert.ok(entry);
    const work = await loader.work(entry);
    assert.ok(work.ok, work.ok ? '' : work.error.message);
    assert.equal(work.value.id, 'wilson-121617');
    assert.deepEqual(work.value.witnesses.map((w) => w.id).sort(), ['en-7b', 'en-parallax', 'zh']);
    assert.deepEqual(work.value.witnesses.filter((w) => w.preparedForProject).map((w) => w.id).sort(), ['en-parallax', 'zh']);
    assert.ok(requests.every((u) => u.startsWith(`${BASE}corpus/`)), 'same origin, under corpus/');
  });

  it('reports a missing file, a failed fetch and a wrong index as UI_CORPUS_UNAVAILABLE', async () => {
    const missing = new CorpusLoader(BASE, servedCorpus());
    const gone = await missing.work({ id: 'wilson-121617', files: ['work.json', 'nope.txt'] });
    assert.equal(gone.ok ? '' : gone.error.code, 'UI_CORPUS_UNAVAILABLE');
    assert.match(gone.ok ? '' : gone.error.message, /nope\.txt.*404/);

    const offline = new CorpusLoader(BASE, async () => {
      throw new TypeError('Failed to fetch');
    });
    const r = await offline.index();
    assert.equal(r.ok ? '' : r.error.code, 'UI_CORPUS_UNAVAILABLE');

    const wrong = new CorpusLoader(BASE, async () => new Response('{"format":"something-else"}'));
    const w = await wrong.index();
    assert.equal(w.ok ? '' : w.error.code, 'UI_CORPUS_UNAVAILABLE');
    const garbage = new CorpusLoader(BASE, async () => new Response('<html>'));
    assert.equal((await garbage.index()).ok, false);
  });

  it('passes the importer’s own error through for a folder without work.json', async () => {
    const loader = new CorpusLoader(BASE, servedCorpus());
    const r = await loader.work({ id: 'wilson-121617', files: ['zh-Hans.txt'] });
    assert.equal(r.ok ? '' : r.error.code, 'IMPORT_WORK_NO_MANIFEST');
  });
});
