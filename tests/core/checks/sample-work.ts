// The sample work as the app loads it (work folder + aligner) and the shared names list.
import { alignWork } from '../../../src/core/alignment/index.ts';
import type { WorkAlignment } from '../../../src/core/alignment/types.ts';
import { loadWorkFolder } from '../../../src/core/import/index.ts';
import type { Paragraph, Witness, Work } from '../../../src/core/model/work.ts';
import { parseNameList, type NameList } from '../../../src/core/names/name-list.ts';
import { readRepoBytes, readRepoText } from '../../support/files.ts';

const DIR = 'translations/wilson-121617/';

export async function loadSample(): Promise<{ work: Work; alignment: WorkAlignment; names: NameList }> {
  const files = new Map<string, Uint8Array>();
  for (const f of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']) files.set(f, await readRepoBytes(DIR + f));
  const work = loadWorkFolder(files);
  if (!work.ok) throw new Error(work.error.message);
  const names = parseNameList(await readRepoText('translations/names.json'));
  if (!names.ok) throw new Error(names.error.message);
  return { work: work.value, alignment: alignWork(work.value), names: names.value };
}

/** The work with one witness's paragraphs rewritten (same ids, so the alignment still holds). */
export function editWitness(work: Work, witnessId: string, edit: (p: Paragraph) => Paragraph): Work {
  return {
    ...work,
    witnesses: work.witnesses.map((w): Witness => (w.id === witnessId ? { ...w, paragraphs: w.paragraphs.map(edit) } : w)),
  };
}

export function replaceIn(paragraphId: string, from: string | RegExp, to: string): (p: Paragraph) => Paragraph {
  return (p) => {
    if (p.id !== paragraphId) return p;
    const text = p.text.replace(from, to);
    if (text === p.text) throw new Error(`test setup: ${String(from)} not found in ${paragraphId}`);
    return { ...p, text };
  };
}
