/**
 * The services the app element (`px-app`) provides to every element below it
 * through `@lit/context`. Elements consume them with
 * `@consume({ context: xContext, subscribe: true })`; tests provide fakes with
 * `new ContextProvider(host, { context: xContext, initialValue: fake })`.
 *
 * Keys are `Symbol.for(...)` so two copies of this module (a test bundle and
 * the app) still agree on the same context.
 */
import { createContext } from '@lit/context';
import type { IdFactory } from '../core/ids.ts';
import type { PxError } from '../core/result.ts';
import type { Workspace } from '../storage/index.ts';

/** The opened database: the storage barrel's `Workspace` (repositories, `currentTexts`, persistence). */
export type PxStorage = Workspace;

export const storageContext = createContext<PxStorage>(Symbol.for('px.storage'));

/**
 * Shows an error to the person, in exactly one place (`px-notifier`). Accepts
 * a coded `PxError` (shown with its code, message and hint) or anything
 * thrown (shown as `UI_UNEXPECTED`, the original logged to the console).
 */
export interface ErrorReporter {
  report(e: PxError | unknown): void;
}
export const errorReporterContext = createContext<ErrorReporter>(Symbol.for('px.error-reporter'));

/** Non-error messages (e.g. "Approved", "Work removed — Undo") go through the same notifier. */
export interface Notice {
  readonly message: string;
  /** An optional action button; the notice disappears when it is clicked. */
  readonly action?: { readonly label: string; readonly run: () => void };
  /** How long the notice stays, in ms; default 6,000. */
  readonly durationMs?: number;
}
export interface Notifier {
  notify(notice: Notice): void;
}
export const notifierContext = createContext<Notifier>(Symbol.for('px.notifier'));

/**
 * The editor's name, recorded as author of every revision and transition.
 * `name` is null until the person has given it; `ensureName()` asks once
 * (a dialog owned by the app), stores it as a setting and resolves with it,
 * or with null when the person cancels. The app provides a new object each
 * time the name changes, so subscribed consumers re-render.
 */
export interface EditorIdentity {
  readonly name: string | null;
  ensureName(): Promise<string | null>;
}
export const editorContext = createContext<EditorIdentity>(Symbol.for('px.editor'));

/** Wall-clock time in ms since the epoch; tests provide a fixed or stepping clock. */
export interface Clock {
  now(): number;
}
export const clockContext = createContext<Clock>(Symbol.for('px.clock'));

/** Makes ULIDs (`createIdFactory()` from `src/core/ids.ts`). */
export const idFactoryContext = createContext<IdFactory>(Symbol.for('px.id-factory'));

/**
 * Whoever holds edits that are not yet saved registers a probe here. The
 * update banner never reloads the page while any probe answers true, and the
 * app warns on `beforeunload`. `register` returns the function that removes it.
 */
export interface UnsavedEdits {
  register(hasUnsaved: () => boolean): () => void;
  any(): boolean;
}
export const unsavedEditsContext = createContext<UnsavedEdits>(Symbol.for('px.unsaved-edits'));

/**
 * Keyboard shortcuts listed by the `?` dialog. Each view registers the keys it
 * handles (it handles them itself); `register` returns the function that
 * removes the group, call it in `disconnectedCallback`.
 */
export interface Shortcut {
  /** As shown, e.g. `j`, `Ctrl+Enter`, `Alt+↑`. */
  readonly keys: string;
  readonly description: string;
}
export interface ShortcutRegistry {
  register(group: string, shortcuts: readonly Shortcut[]): () => void;
}
export const shortcutsContext = createContext<ShortcutRegistry>(Symbol.for('px.shortcuts'));
