/**
 * Registers the service worker (the only import of workbox-window). When a
 * new version has installed and waits, `onUpdateReady` receives `apply`:
 * calling it activates the new worker and reloads once it controls the page.
 * The caller decides when that is safe (never over unsaved edits).
 */
import { Workbox } from 'workbox-window';

export interface ServiceWorkerHooks {
  onUpdateReady(apply: () => void): void;
  /** Registration failed (private mode, blocked storage): the app still runs online. */
  onError?(e: unknown): void;
}

export async function registerServiceWorker(url: string, hooks: ServiceWorkerHooks): Promise<Workbox | null> {
  if (!('serviceWorker' in navigator)) return null;
  const wb = new Workbox(url);
  wb.addEventListener('waiting', () => {
    hooks.onUpdateReady(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      // To the *waiting* worker (messageSW would reach the active one); sw.ts answers SKIP_WAITING.
      wb.messageSkipWaiting();
    });
  });
  try {
    await wb.register();
    return wb;
  } catch (e) {
    hooks.onError?.(e);
    return null;
  }
}

/** True once a service worker controls this page (the e2e tests wait for it). */
export function isControlled(): boolean {
  return 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null;
}
