/**
 * The sample work (translations/wilson-121617) read through the import
 * area's loadWorkFolder, and aligned with alignWork, for the edition and
 * exporter tests. Reads files with tests/support/files.ts so it runs in Node
 * and Chromium.
 */
import { alignWork } from '../../../src/core/alignment/index.ts';
import type { WorkAlignment } from '../../../src/core/alignment/types.ts';
import { loadWorkFolder, MANIFEST_NAME, workFolderFiles } from '../../../src/core/import/index.ts';
import type { Work } from '../../../src/core/model/work.ts';
import { readRepoBytes } from '../../support/files.ts';

const DIR = 'translations/wilson-121617/';

export async function loadSampleWork(): Promise<Work> {
  const manifest = await readRepoBytes(DIR + MANIFEST_NAME);
  const names = workFolderFiles(manifest);
  if (!names.ok) throw new Error(names.error.message);
  const files = new Map<string, Uint8Array>([[MANIFEST_NAME, manifest]]);
  for (const name of names.value) files.set(name, await readRepoBytes(DIR + name));
  const work = loadWorkFolder(files);
  if (!work.ok) throw new Error(work.error.message);
  return work.value;
}

export async function loadSampleAlignment(work?: Work): Promise<WorkAlignment> {
  return alignWork(work ?? (await loadSampleWork()));
}
