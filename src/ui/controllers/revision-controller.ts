/**
 * The work view's revisions: which cell is being edited and from which
 * revision (and draft), the stale-base conflict, the actions (save, propose,
 * approve, reject, revert), comments on open revisions, and the history of
 * the focused paragraph. Every write is signed with the editor's name; what
 * storage returns goes to the session as one change (nothing is re-read);
 * what happened goes to the notifier, the conflict to the editor, errors to
 * the reporter.
 */
import { Task } from '@lit/task';
import type { CurrentText, RevisionHistoryEntry } from '../../storage/index.ts';
import type { RevisionActionDetail } from '../px-compare-events.ts';
import type { EditConflict, EditingCell, EditStart } from '../px-edit-paragraph.ts';
import type { RevisionCommentDetail } from '../px-review-comments.ts';
import type { ConfirmQuestion } from '../px-confirm-dialog.ts';
import type { Draft } from './review-state.ts';
import { performRevisionAction } from './revision-actions.ts';
import type { WorkSession } from './work-session.ts';
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
  /** Asks the person a yes-or-no question (a modal); resolves true to go ahead. */
  readonly confirm: (q: ConfirmQuestion) => Promise<boolean>;
}

export class RevisionController {
  editing: EditingCell | null = null;
  conflict: EditConflict | null = null;
  /** Paragraphs whose editor holds changes not yet saved (the app asks before a reload). */
  readonly dirty = new Set<string>();
  /** Revision each open editor started from: a save against it detects a stale base. */
  private editBase = new Map<string, CurrentText>();
  /** The history shown: the latest request wins. */
  private readonly historyTask: Task<readonly [string, string], ParagraphHistory | null>;

  constructor(private readonly host: WorkViewHost, private readonly session: WorkSession, private readonly opts: RevisionControllerOptions) {
    this.historyTask = new Task(host, {
      autoRun: false,
      task: async ([paragraphId, witnessId]) => {
        const ws = this.host.storage;
        const work = this.session.work;
        if (!ws || !work) return null;
        const r = await ws.history.paragraphHistory(work.id, paragraphId);
        if (!r.ok) throw r.error;
        return { paragraphId, witnessId, entries: r.value };
      },
      onError: (e) => this.host.errors?.report(e),
    });
  }

  get history(): ParagraphHistory | null {
    return this.historyTask.value ?? null;
  }

  /** The current revision of the paragraph whose history is shown. */
  get historyCurrentId(): string {
    return this.session.currentRevision(this.history?.paragraphId ?? '')?.revisionId ?? '';
  }

  /** The editor's own open draft of a paragraph: reopening the cell resumes it. */
  draftOf(paragraphId: string): Draft | undefined {
    return this.session.ownDraft(paragraphId, this.host.editor?.name);
  }

  /** Opens the editor on a cell; each paragraph starts from the editor's own saved draft (with its note) when there is one. */
  startEdit(at: { row: number; witnessId: string }): void {
    const starts = new Map<string, EditStart>();
    for (const id of this.opts.cellParagraphs(at.row, at.witnessId)) {
      const c = this.session.currentRevision(id);
      if (c) this.editBase.set(id, c);
      const draft = this.draftOf(id);
      if (draft) starts.set(id, { text: draft.text, note: draft.note ?? '', fromDraft: true });
    }
    this.conflict = null;
    this.editing = { ...at, starts };
    this.host.requestUpdate();
  }

  /** An editor's changes appeared or went away. */
  markDirty(paragraphId: string, dirty: boolean): void {
    if (dirty) this.dirty.add(paragraphId);
    else this.dirty.delete(paragraphId);
  }

  closeEditor(): void {
    const at = this.editing;
    for (const id of this.opts.cellParagraphs(at?.row ?? -1, at?.witnessId ?? '')) this.dirty.delete(id);
    this.editing = null;
    this.conflict = null;
    this.host.requestUpdate();
    if (at) this.opts.focusRow(at.row);
  }

  async act(d: RevisionActionDetail): Promise<void> {
    const ws = this.host.storage;
    const work = this.session.work;
    if (!ws || !work) return;
    const name = await this.host.editor?.ensureName();
    if (!name) {
      this.host.notifier?.notify({ message: 'An editor name is needed to record who made the change; nothing was saved.' });
      return;
    }
    if (d.action === 'approve' && !(await this.approveOwnAllowed(d.revisionId, name))) return;
    const base = this.editBase.get(d.paragraphId) ?? this.session.currentRevision(d.paragraphId);
    const outcome = await performRevisionAction(ws, work.id, d, base, this.session.ownDraft(d.paragraphId, name));
    if (outcome.kind === 'conflict') {
      this.session.apply({ kind: 'revision', view: outcome.mine });
      this.conflict = outcome.conflict;
      this.editBase.set(d.paragraphId, { text: outcome.conflict.theirs, revisionId: outcome.theirsRevisionId });
      this.host.requestUpdate();
    } else if (outcome.kind === 'error') {
      this.host.errors?.report(outcome.error);
    } else {
      this.session.apply({ kind: 'revision', view: outcome.view });
      this.host.notifier?.notify({ message: outcome.message });
      if (outcome.closeEditor && this.editing) {
        this.editBase.delete(d.paragraphId);
        this.closeEditor();
      }
    }
    // The history panel follows the change through the session (see PxWorkView.followHistory).
  }

  /**
   * Approving one's own proposal takes a second thought: no one else has
   * checked it. Asked each time; storage records the approval as a self-approval.
   */
  private async approveOwnAllowed(revisionId: string | undefined, name: string): Promise<boolean> {
    const proposal = this.session.view?.proposals.find((p) => p.revisionId === revisionId);
    if (!proposal || proposal.author !== name) return true;
    const yes = await this.opts.confirm({
      title: 'Approve your own change?',
      message: `You (${name}) proposed this change, so no one else has reviewed it. Approving makes it the current text now, and the history records it as a self-approval.`,
      confirm: 'Approve my own change',
    });
    if (!yes) this.host.notifier?.notify({ message: 'Not approved: the proposal still waits for review.' });
    return yes;
  }

  /** Stores a comment on an open revision, signed with the editor name; the queue and history show it. */
  async comment(d: RevisionCommentDetail): Promise<void> {
    const ws = this.host.storage;
    if (!ws || !this.session.work) return d.settle(false);
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
    const before = this.session.view?.proposals.find((p) => p.revisionId === d.revisionId)?.comments ?? [];
    this.session.apply({ kind: 'comments', revisionId: d.revisionId, comments: [...before, r.value] });
    this.refreshHistory(d.paragraphId);
  }

  /** Loads the history of `paragraphId` (by default the focused cell's first paragraph). */
  loadHistory(paragraphId?: string, witnessId?: string): void {
    const focused = this.opts.focusedParagraph();
    const pid = paragraphId ?? focused.paragraphId;
    if (!pid) return;
    void this.historyTask.run([pid, witnessId ?? focused.witnessId]);
  }

  /** The shown history again, when `paragraphId` is the paragraph it shows. */
  refreshHistory(paragraphId: string): void {
    const h = this.history;
    if (h && h.paragraphId === paragraphId) this.loadHistory(h.paragraphId, h.witnessId);
  }
}
