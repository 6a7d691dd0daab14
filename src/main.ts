/**
 * Composition root: theme and fonts, the app element, the workspace database,
 * the bundled corpus, the service worker. Nothing else imports storage's
 * opener or workbox-window.
 */
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-tc/400.css';
import { CorpusLoader } from './platform/corpus-loader.ts';
import { openAppWorkspace } from './ui/open-app-workspace.ts';
import { applyDocumentTheme } from './ui/theme.ts';
import './ui/px-app.ts';

const APP_VERSION = '0.1.0';

async function start(): Promise<void> {
  applyDocumentTheme(document);
  const app = document.querySelector('px-app') ?? document.body.appendChild(document.createElement('px-app'));
  app.replaceChildren();
  app.appVersion = APP_VERSION;
  app.corpus = new CorpusLoader(document.baseURI);
  const storage = await openAppWorkspace((e) => app.showError(e));
  if (storage) app.storage = storage;
  if (import.meta.env.PROD) await registerWorker(app);
}

async function registerWorker(app: HTMLElementTagNameMap['px-app']): Promise<void> {
  // Loaded after the first paint: the shell never waits for workbox-window.
  const { registerServiceWorker } = await import('./platform/register-sw.ts');
  const wb = await registerServiceWorker(new URL('sw.js', document.baseURI).href, {
    onUpdateReady: (apply) => (app.applyUpdate = apply),
    onError: (e) => console.warn('service worker not registered', e),
  });
  if (!wb) return;
  const markReady = () => (app.offlineReady = navigator.serviceWorker.controller !== null);
  markReady();
  navigator.serviceWorker.addEventListener('controllerchange', markReady);
}

void start();
