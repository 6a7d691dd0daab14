/**
 * What the work view's controllers read from the element: the app services it
 * consumes through context. Controllers hold their own state and call
 * `requestUpdate()`; the element only renders it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { IdFactory } from '../../core/ids.ts';
import type { Clock, EditorIdentity, ErrorReporter, Notifier, PxStorage } from '../contexts.ts';

export interface WorkViewHost extends ReactiveControllerHost {
  readonly storage?: PxStorage | undefined;
  readonly editor?: EditorIdentity | undefined;
  readonly errors?: ErrorReporter | undefined;
  readonly notifier?: Notifier | undefined;
  readonly ids?: IdFactory | undefined;
  readonly clock?: Clock | undefined;
}
