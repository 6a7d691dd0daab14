/**
 * Loads one work from storage: the work with its current texts, the names,
 * and each translation's pairwise alignment with the original. Stored
 * alignments come at once; missing ones are computed in a worker after the
 * grid has painted (the original shows meanwhile) and saved, so the next
 * opening is instant. The latest load wins: switching works drops the older.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Alignment } from '../../core/alignment/index.ts';
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import { originalOf, translationsOf, type Work } from '../../core/model/work.ts';
import type { PxError } from '../../core/result.ts';
import { WORKSPACE_NAMES, type CurrentText, type Workspace } from '../../storage/index.ts';
import type { NameEntryLike } from '../px-row-annotations.ts';
import { alignInBackground } from './run-in-worker.ts';

export interface LoadedWork {
  readonly work: Work;
  readonly current: ReadonlyMap<string, CurrentText>;
  /** Translation id → alignment with the original (only those aligned so far). */
  readonly pairwise: ReadonlyMap<string, Alignment>;
  /** Translations still being aligned. */
  readonly aligning: ReadonlySet<string>;
  /** Translation id → the manual alignment edits recorded so far. */
  readonly editHistory: ReadonlyMap<string, readonly AlignmentEdit[]>;
  readonly names: readonly NameEntryLike[];
}

export type LoadState =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly workId: string }
  | { readonly status: 'ready'; readonly value: LoadedWork }
  | { readonly status: 'error'; readonly error: PxError };

export class WorkLoadController implements ReactiveController {
  state: LoadState = { status: 'idle' };
  /** Called each time a translation's alignment arrives (the host rebuilds the grid). */
  onAligned: (value: LoadedWork) => void = () => undefined;
  private call = 0;
  private abort: AbortController | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.call++;
    this.abort?.abort();
  }

  async load(storage: Workspace, workId: string): Promise<LoadState> {
    const call = ++this.call;
    this.abort?.abort();
    const ac = new AbortController();
    this.abort = ac;
    this.state = { status: 'loading', workId };
    this.host.requestUpdate();
    const result = await loadStored(storage, workId);
    if (call !== this.call) return this.state;
    this.state = result;
    this.host.requestUpdate();
    if (result.status === 'ready' && result.value.aligning.size > 0) void this.alignMissing(storage, result.value, call, ac.signal);
    return result;
  }

  /** After a revision changes: new current texts without reloading the rest. */
  async refreshTexts(storage: Workspace): Promise<void> {
    if (this.state.status !== 'ready') return;
    const call = this.call;
    const current = await storage.currentTexts(this.state.value.work.id);
    if (call !== this.call || this.state.status !== 'ready') return;
    this.state = { status: 'ready', value: { ...this.state.value, current } };
    this.host.requestUpdate();
  }

  private async alignMissing(storage: Workspace, value: LoadedWork, call: number, signal: AbortSignal): Promise<void> {
    const original = originalOf(value.work);
    if (!original) return;
    for (const t of translationsOf(value.work).filter((w) => value.aligning.has(w.id))) {
      let alignment: Alignment;
      try {
        alignment = await alignInBackground(original, t, signal);
      } catch {
        return; // Aborted: another work was opened.
      }
      if (call !== this.call || this.state.status !== 'ready') return;
      const now = this.state.value;
      const aligning = new Set(now.aligning);
      aligning.delete(t.id);
      const next: LoadedWork = { ...now, pairwise: new Map(now.pairwise).set(t.id, alignment), aligning };
      this.state = { status: 'ready', value: next };
      this.onAligned(next);
      this.host.requestUpdate();
      // Kept so the next opening needs no aligning; without an editor name storage declines, and it is computed again next time.
      await storage.alignments.saveAlignment(value.work.id, t.id, alignment, []);
    }
  }
}

async function loadStored(storage: Workspace, workId: string): Promise<LoadState> {
  // All reads at once: for a 5,000-paragraph work they are most of the time to first paint.
  const [loaded, current, stored, workNames, sharedNames] = await Promise.all([
    storage.works.loadWork(workId),
    storage.currentTexts(workId),
    storage.alignments.listAlignments(workId),
    storage.names.listNames(workId),
    storage.names.listNames(WORKSPACE_NAMES),
  ]);
  if (!loaded.ok) return { status: 'error', error: loaded.error };
  const work = loaded.value;
  const pairwise = new Map<string, Alignment>();
  const aligning = new Set<string>();
  const editHistory = new Map<string, readonly AlignmentEdit[]>();
  if (originalOf(work)) {
    for (const t of translationsOf(work)) {
      const record = stored.find((a) => a.witnessId === t.id);
      if (record) {
        editHistory.set(t.id, record.editHistory);
        pairwise.set(t.id, { rows: record.rows.map((r) => ({ source: [...r.source], target: [...r.target], score: r.score, status: r.status })) });
      } else {
        aligning.add(t.id);
      }
    }
  }
  // The work's own entries win over the workspace-wide ones with the same id.
  const names = new Map<string, NameEntryLike>();
  for (const n of [...sharedNames, ...workNames]) names.set(n.id, n);
  return { status: 'ready', value: { work, current, pairwise, aligning, editHistory, names: [...names.values()] } };
}
