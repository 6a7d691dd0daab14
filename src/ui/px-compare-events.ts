/**
 * The events the work view's elements dispatch (bubbling, composed) and the
 * container (`px-work-view`) handles. Rows and panels never call their host.
 */

export type RevisionAction = 'save' | 'propose' | 'approve' | 'reject' | 'revert';

export interface RevisionActionDetail {
  readonly action: RevisionAction;
  readonly witnessId: string;
  readonly paragraphId: string;
  /** The edited text, for save and propose. */
  readonly text?: string;
  /** The revision acted on, for approve, reject and revert. */
  readonly revisionId?: string;
  readonly note: string;
}

export type AlignOp = 'merge' | 'split' | 'move-up' | 'move-down' | 'insert-empty' | 'confirm' | 'undo' | 'redo';

export interface AlignOpDetail {
  readonly op: AlignOp;
  readonly row: number;
  /** The witness whose unit moves or splits; merge and confirm act on the whole row. */
  readonly witnessId: string;
  /** For split: the first part keeps this many original (source) and translation (target) units; by default one of each. */
  readonly at?: SplitPoint;
}

/** Where a row is cut: the first part keeps `source` original units and `target` translation units. */
export interface SplitPoint {
  readonly source: number;
  readonly target: number;
}

export interface SearchChangeDetail {
  readonly query: string;
  readonly regex: boolean;
}

/** The detail an event of `HTMLElementEventMap` carries. */
export type DetailOf<K extends keyof HTMLElementEventMap> = HTMLElementEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * Dispatches one of the declared events (bubbling, composed, cancelable): the
 * name must be in `HTMLElementEventMap` and the detail must be its type, so a
 * renamed event or a changed detail fails the type check, not a user.
 */
export const fire = <K extends keyof HTMLElementEventMap>(from: EventTarget, type: K, detail: DetailOf<K>): boolean =>
  from.dispatchEvent(new CustomEvent<DetailOf<K>>(type, { detail, bubbles: true, composed: true, cancelable: true }));

declare global {
  interface HTMLElementEventMap {
    /** Scroll to and focus a row (heat-map, findings, search, review queue). */
    'row-jump': CustomEvent<{ row: number }>;
    /** The focused row changed (keyboard or pointer). */
    'row-focus': CustomEvent<{ row: number; witnessId: string | null }>;
    /** Open the editor on a cell (Enter, or the Edit button). */
    'edit-request': CustomEvent<{ row: number; witnessId: string }>;
    /** Close the editor without saving (Escape, or Cancel). */
    'edit-cancel': CustomEvent<{ paragraphId: string }>;
    'revision-action': CustomEvent<RevisionActionDetail>;
    /** Open a paragraph's history panel. */
    'history-request': CustomEvent<{ paragraphId: string; witnessId: string }>;
    'align-op': CustomEvent<AlignOpDetail>;
    'search-change': CustomEvent<SearchChangeDetail>;
    'search-step': CustomEvent<{ delta: 1 | -1 }>;
    'witness-visibility': CustomEvent<{ witnessId: string; visible: boolean }>;
    'base-change': CustomEvent<{ witnessId: string }>;
    /** Open a row's sentence pairs (the row header's Sentences button). */
    'sentence-pairs-request': CustomEvent<{ row: number }>;
    /** The rows painted on screen changed; the container computes their diffs. */
    'rows-visible': CustomEvent<{ first: number; last: number }>;
  }
}
