// Mounts px-work-view under an element that provides the app's contexts with
// a real workspace (fresh IndexedDB per test) and recording fakes for the rest.
import { ContextProvider } from '@lit/context';
import { LitElement, html } from 'lit';
import { createIdFactory } from '../../src/core/ids.ts';
import type { Workspace } from '../../src/storage/index.ts';
import {
  clockContext, editorContext, errorReporterContext, idFactoryContext, notifierContext, shortcutsContext, storageContext, unsavedEditsContext,
  type Notice, type Shortcut,
} from '../../src/ui/contexts.ts';
import '../../src/ui/px-work-view.ts';
import type { PxWorkView } from '../../src/ui/px-work-view.ts';

export interface Recorded {
  readonly errors: unknown[];
  readonly notices: Notice[];
  readonly shortcuts: Map<string, readonly Shortcut[]>;
  readonly probes: Array<() => boolean>;
}

class PxTestHost extends LitElement {
  recorded: Recorded = { errors: [], notices: [], shortcuts: new Map(), probes: [] };
  private providers: unknown[] = [];

  provide(ws: Workspace, editor: string | null): void {
    const r = this.recorded;
    this.providers = [
      new ContextProvider(this, { context: storageContext, initialValue: ws }),
      new ContextProvider(this, { context: editorContext, initialValue: { name: editor, ensureName: async () => editor } }),
      new ContextProvider(this, { context: errorReporterContext, initialValue: { report: (e: unknown) => void r.errors.push(e) } }),
      new ContextProvider(this, { context: notifierContext, initialValue: { notify: (n: Notice) => void r.notices.push(n) } }),
      new ContextProvider(this, {
        context: shortcutsContext,
        initialValue: { register: (g: string, s: readonly Shortcut[]) => (r.shortcuts.set(g, s), () => void r.shortcuts.delete(g)) },
      }),
      new ContextProvider(this, {
        context: unsavedEditsContext,
        initialValue: { register: (p: () => boolean) => (r.probes.push(p), () => undefined), any: () => r.probes.some((p) => p()) },
      }),
      new ContextProvider(this, { context: idFactoryContext, initialValue: createIdFactory() }),
      new ContextProvider(this, { context: clockContext, initialValue: { now: () => Date.now() } }),
    ];
  }

  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('px-test-host', PxTestHost);

export async function mountWorkView(ws: Workspace, workId: string, opts: { editor?: string | null; width?: number } = {}): Promise<{ view: PxWorkView; recorded: Recorded; host: HTMLElement }> {
  const host = document.createElement('px-test-host') as PxTestHost;
  host.style.cssText = `display:block;width:${opts.width ?? 1280}px;height:800px;`;
  host.provide(ws, opts.editor === undefined ? 'Test Editor' : opts.editor);
  const view = document.createElement('px-work-view');
  view.style.height = '800px';
  view.workId = workId;
  host.append(view);
  document.body.append(host);
  return { view, recorded: host.recorded, host };
}

/** Answers the work view's "Approve your own change?" question: `approve` chooses the action, otherwise Cancel. */
export async function answerSelfApproval(view: PxWorkView, approve = true): Promise<void> {
  const dialog = view.shadowRoot?.querySelector('px-confirm-dialog');
  for (let i = 0; i < 250 && !dialog?.shadowRoot?.querySelector('dialog[open]'); i++) await new Promise((r) => setTimeout(r, 20));
  const open = dialog?.shadowRoot?.querySelector('dialog[open]');
  if (!open) throw new Error('the self-approval question was not asked');
  const button = [...open.querySelectorAll('button')].find((b) => (approve ? b.classList.contains('primary') : b.classList.contains('cancel')));
  button?.click();
}
