/**
 * The open work as the view shows it: loads it (through `WorkLoadController`),
 * keeps the current approved texts, the review queue and the approvals up to
 * date after this tab's changes and other tabs' (the change channel), and says
 * when a load or a refresh has landed.
 */
import type { ReactiveController } from 'lit';
import type { Approval } from '../../core/edition/edition.ts';
import type { Paragraph } from '../../core/model/work.ts';
import { paragraphsById } from '../px-compare-model.ts';
import { approvalsOf } from './approvals-of.ts';
import type { ReviewQueueController } from './review-queue-controller.ts';
import type { WorkViewHost } from './work-view-host.ts';
import { WorkLoadController, type LoadedWork } from './work-load-controller.ts';

export class WorkSessionController implements ReactiveController {
  readonly loader: WorkLoadController;
  /** Paragraph id → paragraph as imported. */
  paragraphs = new Map<string, Paragraph>();
  /** Paragraph id → current approved text. */
  current = new Map<string, string>();
  /** Approvals recorded for this work, for the export's revision statement. */
  approvals: readonly Approval[] = [];
  /** A load finished: the host resets what depends on the work. */
  onOpened: (loaded: LoadedWork) => void = () => undefined;
  /** Texts and the queue were reloaded after a change (to `paragraphId` when known). */
  onRefreshed: (paragraphId?: string, witnessId?: string) => Promise<void> = async () => undefined;
  private releaseRemote: (() => void) | null = null;

  constructor(private readonly host: WorkViewHost, private readonly review: ReviewQueueController) {
    this.loader = new WorkLoadController(host);
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.releaseRemote?.();
    this.releaseRemote = null;
  }

  get loaded(): LoadedWork | null {
    return this.loader.state.status === 'ready' ? this.loader.state.value : null;
  }

  async open(workId: string): Promise<void> {
    const ws = this.host.storage;
    if (!ws) return;
    const state = await this.loader.load(ws, workId);
    if (state.status === 'error') {
      this.host.errors?.report(state.error);
      return;
    }
    if (state.status !== 'ready') return;
    const { work } = state.value;
    this.paragraphs = paragraphsById(work);
    this.syncCurrent();
    this.onOpened(state.value);
    void this.review.reload(ws, work.id);
    void this.loadApprovals();
    // Another tab's approvals, proposals and comments show here too (this tab's own writes are not echoed back).
    this.releaseRemote?.();
    this.releaseRemote = ws.onRemoteChange((m) => {
      if (('workId' in m && m.workId === work.id && (m.kind === 'paragraph' || m.kind === 'revision' || m.kind === 'comment')) || m.kind === 'workspace') void this.refresh();
    });
  }

  /** Reloads the texts, the queue and the approvals after a change. */
  async refresh(paragraphId?: string, witnessId?: string): Promise<void> {
    const ws = this.host.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    await this.loader.refreshTexts(ws);
    this.syncCurrent();
    await this.review.reload(ws, work.id);
    void this.loadApprovals();
    await this.onRefreshed(paragraphId, witnessId);
  }

  private syncCurrent(): void {
    this.current = new Map([...(this.loaded?.current ?? new Map()).entries()].map(([id, c]) => [id, c.text]));
    this.host.requestUpdate();
  }

  private async loadApprovals(): Promise<void> {
    const ws = this.host.storage;
    const work = this.loaded?.work;
    if (!ws || !work) return;
    const witnessOf = new Map(work.witnesses.flatMap((w) => w.paragraphs.map((p) => [p.id, w.id] as const)));
    try {
      this.approvals = await approvalsOf(ws, work.id, (id) => witnessOf.get(id));
      this.host.requestUpdate();
    } catch (e) {
      this.host.errors?.report(e);
    }
  }
}
