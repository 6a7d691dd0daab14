/**
 * The service worker: serves the app shell, every chunk, the bundled corpus
 * and the CJK font subsets it uses from the precache, so after one visit the
 * app loads, edits, approves and exports with the network cut.
 *
 * Built by `vite-sw-plugin.ts` (iife, `dist/sw.js`); `self.__WB_MANIFEST` is
 * replaced by workbox-build's injectManifest with the list of precached URLs.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

// The project's lib is DOM (not WebWorker, whose declarations clash with it),
// so the few service-worker members used here are declared locally.
declare const self: {
  readonly __WB_MANIFEST: Array<PrecacheEntry | string>;
  readonly location: Location;
  skipWaiting(): Promise<void>;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
};

/** What workbox-window's `messageSkipWaiting()` (register-sw.ts) sends when the person chose "Reload". */
export const SKIP_WAITING = 'SKIP_WAITING';

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Any page inside the app's scope (a link with a query string, a stale
// bookmark) gets the app shell offline; the hash then picks the view.
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

// CJK subsets the bundled corpus does not use: cached on first use, so an
// imported Chinese text renders offline the next time too.
registerRoute(
  ({ request, url }) => request.destination === 'font' && url.origin === self.location.origin,
  new CacheFirst({ cacheName: 'parallax-fonts' }),
);

self.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown } | null;
  if (data && data.type === SKIP_WAITING) void self.skipWaiting();
});

// The first install takes control of the open page at once, so it works
// offline without a second visit; later versions wait for the person.
clientsClaim();
