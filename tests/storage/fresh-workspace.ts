// A workspace on a fresh database per test, a stepping clock, and the sample work.
import { loadWorkFolder } from '../../src/core/import/index.ts';
import type { Work } from '../../src/core/model/work.ts';
import { openWorkspace, type Workspace, type WorkspaceOptions } from '../../src/storage/index.ts';
import { readRepoBytes } from '../support/files.ts';

let counter = 0;
export function freshName(prefix = 'px-test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** A clock that advances one second per call, from a fixed start, so records have distinct, known times. */
export function steppingClock(start = '2026-04-01T09:00:00.000Z', stepMs = 1000): { now: () => Date; set(iso: string): void } {
  let t = Date.parse(start);
  return {
    now: () => {
      const d = new Date(t);
      t += stepMs;
      return d;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

export async function freshWorkspace(opts: WorkspaceOptions & { editor?: string | null } = {}): Promise<Workspace> {
  const ws = await openWorkspace({ name: freshName(), ...opts });
  if (opts.editor !== null) {
    const set = await ws.settings.setEditorName(opts.editor ?? 'Test Editor');
    if (!set.ok) throw new Error(set.error.message);
  }
  return ws;
}

const FOLDER = 'translations/wilson-121617/';
let sample: Work | undefined;

/** The sample work (archive export, Chinese rendering, second English translation) through the real importer. */
export async function sampleWork(): Promise<Work> {
  if (sample) return sample;
  const files = new Map<string, Uint8Array>();
  for (const f of ['work.json', 'zh-Hans.txt', 'wilson-121617.en.txt', 'en-parallax.txt']) files.set(f, await readRepoBytes(FOLDER + f));
  const loaded = loadWorkFolder(files);
  if (!loaded.ok) throw new Error(loaded.error.message);
  sample = loaded.value;
  return sample;
}

export function unwrap<T, E extends { message: string; code: string }>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}
