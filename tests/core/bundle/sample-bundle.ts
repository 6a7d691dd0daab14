// Bundles for tests, built from the sample corpus through the real importer (no browser needed).
import { loadWorkFolder } from '../../../src/core/import/index.ts';
import { bundleOfWork, type Bundle } from '../../../src/core/bundle/index.ts';
import { createIdFactory } from '../../../src/core/ids.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';

const FOLDER = 'translations/wilson-121617/';

export async function sampleWork(): Promise<Work> {
  const files = new Map<string, Uint8Array>();
  for (const f of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']) files.set(f, await readRepoBytes(FOLDER + f));
  const loaded = loadWorkFolder(files);
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

export async function sampleBundle(): Promise<Bundle> {
  const t = Date.parse('2026-04-01T09:00:00.000Z');
  return bundleOfWork(await sampleWork(), { author: 'Ann Archivist', at: new Date(t).toISOString(), ids: createIdFactory(() => t) });
}

/** A version-1 bundle as the first release wrote it (events without paragraphId); see fixtures/make-bundle-v1.ts.txt. */
export function v1FixtureText(): Promise<string> {
  return readRepoText('tests/core/bundle/fixtures/bundle-v1.json');
}

/** Deep, mutable copy of a bundle as plain JSON, for tests that break it on purpose. */
export type Mutable = Record<string, unknown> & { works: Array<Record<string, unknown> & { witnesses: Array<Record<string, unknown> & { paragraphs: Array<Record<string, unknown>> }> }>; revisions: Array<Record<string, unknown>>; events: Array<Record<string, unknown>>; comments: Array<Record<string, unknown>>; alignments: Array<Record<string, unknown>>; names: Array<Record<string, unknown>> };
export function mutable(b: Bundle): Mutable {
  return JSON.parse(JSON.stringify(b)) as Mutable;
}
