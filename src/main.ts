/**
 * Composition root: theme and fonts, the app element, the workspace database,
 * the bundled corpus, the service worker. Nothing else imports storage's
 * opener or workbox-window.
 */
import '@fontsource/noto-serif-sc/400.css';
import { CorpusLoader } from './platform/corpus-loader.ts';
import { pxError } from './core/result.ts';
import { openWorkspace } from './storage/index.ts';
import { applyDocumentTheme } from './ui/theme.ts';
import './ui/px-app.ts';

const APP_VERSION = '0.1.0';

async function start(): Promise<void> {
  applyDocumentTheme(document);
  const app = document.querySelector('px-app') ?? document.body.appendChild(document.createElement('px-app'));
  app.replaceChildren();
  app.appVersion = APP_VERSION;
  app.corpus = new CorpusLoader(document.baseURI);
  try {
    app.storage = await openWorkspace({
      onClosed: () =>
        app.showError(pxError('STORE_CLOSED', 'A newer version of Parallax opened in another tab and upgraded the database.', 'Reload this page to keep working.')),
      onBlocked: () =>
        app.showError(pxError('STORE_BLOCKED', 'An older Parallax tab keeps the database open, so this one cannot upgrade it.', 'Close or reload the other Parallax tabs.')),
    });
  } catch (e) {
    app.showError(pxError('STORE_UNAVAILABLE', `The browser refused to open the database (${e instanceof Error ? e.message : String(e)}).`,
      'Private browsing or blocked site data can cause this: allow site data for this page and reload.'));
  }
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
