// The sample work as the app imports it, and its gold paragraph alignment as a
// WorkAlignment, for the work view's component tests.
import { loadWorkFolder } from '../../src/core/import/index.ts';
import type { Work } from '../../src/core/model/work.ts';
import type { WorkAlignment } from '../../src/core/alignment/types.ts';
import { readRepoBytes, readRepoText } from '../support/files.ts';

const FOLDER = 'translations/wilson-121617/';

export async function loadSampleWork(): Promise<Work> {
  const manifest = await readRepoBytes(FOLDER + 'work.json');
  const names = (JSON.parse(new TextDecoder().decode(manifest)) as { witnesses: Array<{ file: string }> }).witnesses.map((w) => w.file);
  const files = new Map<string, Uint8Array>([['work.json', manifest]]);
  for (const n of names) files.set(n, await readRepoBytes(FOLDER + n));
  const r = loadWorkFolder(files);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

interface Gold {
  readonly files: Record<string, string>;
  readonly rows: ReadonlyArray<Record<string, number[]>>;
}

/** Gold rows index body paragraphs (headings excluded) of each file; this maps them to paragraph ids. */
export async function goldAlignment(work: Work): Promise<WorkAlignment> {
  const gold = JSON.parse(await readRepoText(FOLDER + 'paragraph-gold.json')) as Gold;
  const manifest = JSON.parse(await readRepoText(FOLDER + 'work.json')) as { witnesses: Array<{ id: string; file: string }> };
  const witnessOfKey = new Map(Object.entries(gold.files).map(([key, file]) => [key, manifest.witnesses.find((w) => w.file === file)?.id ?? '']));
  const body = new Map(work.witnesses.map((w) => [w.id, w.paragraphs.filter((p) => p.kind !== 'heading').map((p) => p.id)]));
  return {
    witnessIds: work.witnesses.map((w) => w.id),
    rows: gold.rows.map((row) => {
      const cells: Record<string, string[]> = {};
      for (const [key, idx] of Object.entries(row)) {
        const wid = witnessOfKey.get(key) ?? key;
        cells[wid] = idx.map((i) => body.get(wid)?.[i] ?? '');
      }
      return { cells, score: 0.9, flagged: false };
    }),
  };
}

/** A 1:1 alignment of a generated work (its witnesses have equal paragraph counts). */
export function oneToOneAlignment(work: Work): WorkAlignment {
  const n = work.witnesses[0]?.paragraphs.length ?? 0;
  return {
    witnessIds: work.witnesses.map((w) => w.id),
    rows: Array.from({ length: n }, (_, i) => ({
      cells: Object.fromEntries(work.witnesses.map((w) => [w.id, [w.paragraphs[i]?.id ?? '']])),
      score: i % 97 === 3 ? 0.3 : 0.9,
      flagged: i % 97 === 3,
    })),
  };
}

export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

export async function frames(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** Waits until `probe` returns something truthy, or fails after `ms`. */
export async function until<T>(probe: () => T | null | undefined | false, what: string, ms = 5000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Like `until`, for a probe that has to await (storage reads). */
export async function untilAsync<T>(probe: () => Promise<T | null | undefined | false>, what: string, ms = 5000): Promise<T> {
  const t0 = performance.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (performance.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
