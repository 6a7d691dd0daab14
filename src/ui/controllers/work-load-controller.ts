/**
 * Loads one work from storage: the work with its current texts, each
 * translation's pairwise alignment (stored, or computed and not yet stored),
 * and the names. The latest load wins: switching works while one is loading
 * drops the older result.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { alignWitnesses, type Alignment } from '../../core/alignment/index.ts';
import { originalOf, translationsOf, type Work } from '../../core/model/work.ts';
import type { PxError } from '../../core/result.ts';
import type { AlignmentEdit } from '../../core/bundle/bundle-types.ts';
import { WORKSPACE_NAMES, type CurrentText, type Workspace } from '../../storage/index.ts';
import type { NameEntryLike } from '../px-row-annotations.ts';

export interface LoadedWork {
  readonly work: Work;
  readonly current: ReadonlyMap<string, CurrentText>;
  /** Translation id → alignment with the original. */
  readonly pairwise: ReadonlyMap<string, Alignment>;
  /** Translations whose alignment was computed now rather than read from storage. */
  readonly computed: readonly string[];
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
  private call = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.call++;
  }

  async load(storage: Workspace, workId: string): Promise<LoadState> {
    const call = ++this.call;
    this.state = { status: 'loading', workId };
    this.host.requestUpdate();
    const result = await loadWork(storage, workId);
    if (call !== this.call) return this.state;
    this.state = result;
    this.host.requestUpdate();
    return result;
  }

  /** After a revision changes: new current texts without reloading the rest. */
  async refreshTexts(storage: Workspace): Promise<void> {
    if (this.state.status !== 'ready') return;
    const call = this.call;
    const value = this.state.value;
    const current = await storage.currentTexts(value.work.id);
    if (call !== this.call || this.state.status !== 'ready') return;
    this.state = { status: 'ready', value: { ...value, current } };
    this.host.requestUpdate();
  }
}

async function loadWork(storage: Workspace, workId: string): Promise<LoadState> {
  const loaded = await storage.works.loadWork(workId);
  if (!loaded.ok) return { status: 'error', error: loaded.error };
  const work = loaded.value;
  const original = originalOf(work);
  const [current, stored, workNames, sharedNames] = await Promise.all([
    storage.currentTexts(workId),
    storage.alignments.listAlignments(workId),
    storage.names.listNames(workId),
    storage.names.listNames(WORKSPACE_NAMES),
  ]);
  const pairwise = new Map<string, Alignment>();
  const computed: string[] = [];
  const editHistory = new Map<string, readonly AlignmentEdit[]>();
  if (original) {
    for (const t of translationsOf(work)) {
      const record = stored.find((a) => a.witnessId === t.id);
      if (record) {
        editHistory.set(t.id, record.editHistory);
        pairwise.set(t.id, { rows: record.rows.map((r) => ({ source: [...r.source], target: [...r.target], score: r.score, status: r.status })) });
      } else {
        pairwise.set(t.id, alignWitnesses(original, t));
        computed.push(t.id);
      }
    }
  }
  // The work's own entries win over the workspace-wide ones with the same id.
  const names = new Map<string, NameEntryLike>();
  for (const n of [...sharedNames, ...workNames]) names.set(n.id, n);
  return { status: 'ready', value: { work, current, pairwise, computed, editHistory, names: [...names.values()] } };
}
