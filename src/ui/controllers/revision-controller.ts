/**
 * The work view's revisions: which cell is being edited and from which
 * revision, the stale-base conflict, the actions (save, propose, approve,
 * reject, revert), comments on open revisions, and the history of the focused
 * paragraph. Every write is signed with the editor's name; what happened goes
 * to the notifier, the conflict to the editor, errors to the reporter.
 */
import type { ReactiveController } from 'lit';
import type { CurrentText, RevisionHistoryEntry } from '../../storage/index.ts';
import type { RevisionActionDetail } from '../px-compare-events.ts';
import type { EditConflict } from '../px-edit-paragraph.ts';
import type { RevisionCommentDetail } from '../px-review-comments.ts';
import { performRevisionAction } from './revision-actions.ts';
import type { WorkSessionController } from './work-session-controller.ts';
import type { WorkViewHost } from './work-view-host.ts';

export interface ParagraphHistory {
  readonly paragraphId: string;
  readonly witnessId: string;
  readonly entries: readonly RevisionHistoryEntry[];
}

export interface RevisionControllerOptions {
  /** The paragraphs of a grid cell. */
  readonly cellParagraphs: (row: number, witnessId: string) => readonly string[];
  /** The focused cell's first paragraph, for the history panel. */
  readonly focusedParagraph: () => { paragraphId: string | undefined; witnessId: string };
  /** Gives the grid row focus back when the editor closes. */
  readonly focusRow: (row: number) => void;
}

export class RevisionController implements ReactiveController {
  editing: { row: number; witnessId: string } | null = null;
  conflict: EditConflict | null = null;
  history: ParagraphHistory | null = null;
  /** Revision each open editor started from: a save against it detects a stale base. */
  private editBase = new Map<string, CurrentText>();

  constructor(private readonly host: WorkViewHost, private readonly session: WorkSessionController, private readonly opts: RevisionControllerOptions) {
    host.addController(this);
    session.onRefreshed = async (paragraphId, witnessId) => {
      const pid = paragraphId ?? this.history?.paragraphId;
      if (pid && this.history?.paragraphId === pid) await this.loadHistory(pid, witnessId ?? this.history.witnessId);
    };
  }

  hostConnected(): void {}

  /** The current revision of the paragraph whose history is shown. */
  get historyCurrentId(): string {
    return this.session.loaded?.current.get(this.history?.paragraphId ?? '')?.revisionId ?? '';
  }

  startEdit(at: { row: number; witnessId: string }): void {
    for (const id of this.opts.cellParagraphs(at.row, at.witnessId)) {
      const c = this.session.loaded?.current.get(id);
      if (c) this.editBase.set(id, c);
    }
    this.conflict = null;
    this.editing = at;
    this.host.requestUpdate();
  }

  closeEditor(): void {
    const at = this.editing;
    this.editing = null;
    this.conflict = null;
    this.host.requestUpdate();
    if (at) this.opts.focusRow(at.row);
  }

  async act(d: RevisionActionDetail): Promise<void> {
    const ws = this.host.storage;
    const work = this.session.loaded?.work;
    if (!ws || !work) return;
    const name = await this.host.editor?.ensureName();
    if (!name) {
      this.host.notifier?.notify({ message: 'An editor name is needed to record who made the change; nothing was saved.' });
      return;
    }
    const outcome = await performRevisionAction(ws, work.id, d, this.editBase.get(d.paragraphId) ?? this.session.loaded?.current.get(d.paragraphId));
    await this.session.refresh(d.paragraphId, d.witnessId);
    if (outcome.kind === 'conflict') {
      this.conflict = outcome.conflict;
      this.editBase.set(d.paragraphId, { text: outcome.conflict.theirs, revisionId: outcome.theirsRevisionId });
      this.host.requestUpdate();
    } else if (outcome.kind === 'error') {
      this.host.errors?.report(outcome.error);
    } else {
      this.host.notifier?.notify({ message: outcome.message });
      if (outcome.closeEditor && this.editing) {
        this.editBase.delete(d.paragraphId);
        this.closeEditor();
      }
    }
  }

  /** Stores a comment on an open revision, signed with the editor name; the queue and history show it. */
  async comment(d: RevisionCommentDetail): Promise<void> {
    const ws = this.host.storage;
    if (!ws || !this.session.loaded) return d.settle(false);
    const name = await this.host.editor?.ensureName();
    if (!name) {
      this.host.notifier?.notify({ message: 'An editor name is needed to sign the comment; it was not saved.' });
      return d.settle(false);
    }
    const r = await ws.comments.addComment(d.revisionId, d.text);
    d.settle(r.ok);
    if (!r.ok) {
      this.host.errors?.report(r.error);
      return;
    }
    await this.session.refresh(d.paragraphId);
  }

  /** Loads the history of `paragraphId` (by default the focused cell's first paragraph). */
  async loadHistory(paragraphId?: string, witnessId?: string): Promise<void> {
    const ws = this.host.storage;
    const work = this.session.loaded?.work;
    const focused = this.opts.focusedParagraph();
    const wid = witnessId ?? focused.witnessId;
    const pid = paragraphId ?? focused.paragraphId;
    if (!ws || !work || !pid) return;
    const r = await ws.history.paragraphHistory(work.id, pid);
    if (r.ok) {
      this.history = { paragraphId: pid, witnessId: wid, entries: r.value };
      this.host.requestUpdate();
    } else this.host.errors?.report(r.error);
  }
}
