// For the shell's component tests: the services px-app provides, as
// recording fakes around a real workspace, and the corpus served from the repo.
import { ContextProvider } from '@lit/context';
import type { PxError } from '../../src/core/result.ts';
import { CorpusLoader } from '../../src/platform/corpus-loader.ts';
import {
  editorContext, errorReporterContext, notifierContext, shortcutsContext, storageContext,
  type EditorIdentity, type Notice, type PxStorage,
} from '../../src/ui/contexts.ts';
import { Shortcuts } from '../../src/ui/shortcut-registry.ts';

export const SAMPLE_ID = 'wilson-121617';
const SAMPLE_FILES = ['NOTICE.md', 'en-parallax.txt', 'wilson-121617.en.txt', 'work.json', 'zh-Hans.txt'];

/** The corpus as the build ships it, fetched from the test server's copy of translations/. */
export function repoCorpus(): CorpusLoader {
  return new CorpusLoader('http://corpus.test/', async (url) => {
    const rel = url.replace('http://corpus.test/corpus/', '');
    if (rel === 'index.json') {
      return new Response(JSON.stringify({ format: 'parallax.corpus-index', version: 1, works: [{ id: SAMPLE_ID, files: SAMPLE_FILES }], shared: ['names.json'] }));
    }
    return fetch(`/translations/${rel}`);
  });
}

export interface RecordedServices {
  readonly errors: PxError[];
  readonly thrown: unknown[];
  readonly notices: Notice[];
  readonly shortcuts: Shortcuts;
}

/** Wraps `el` in a div that provides storage and recording fakes of the other services. */
export function provideServices(el: HTMLElement, storage: PxStorage, editor: EditorIdentity = { name: 'Test Editor', ensureName: async () => 'Test Editor' }): { host: HTMLElement; services: RecordedServices } {
  const host = document.createElement('div');
  const services: RecordedServices = { errors: [], thrown: [], notices: [], shortcuts: new Shortcuts() };
  new ContextProvider(host, { context: storageContext, initialValue: storage });
  new ContextProvider(host, {
    context: errorReporterContext,
    initialValue: {
      report: (e: PxError | unknown) => {
        const o = e as Partial<PxError>;
        if (typeof o?.code === 'string') services.errors.push(e as PxError);
        else services.thrown.push(e);
      },
    },
  });
  new ContextProvider(host, { context: notifierContext, initialValue: { notify: (n: Notice) => void services.notices.push(n) } });
  new ContextProvider(host, { context: shortcutsContext, initialValue: services.shortcuts });
  new ContextProvider(host, { context: editorContext, initialValue: editor });
  host.append(el);
  document.body.append(host);
  return { host, services };
}

/** Polls until `probe` is truthy (rendering and IndexedDB are asynchronous). */
export async function until<T>(probe: () => T | null | undefined | false, what: string, timeoutMs = 5000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const v = probe();
    if (v) return v;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
