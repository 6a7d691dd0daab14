/**
 * The app's places, read from the URL hash so a reload (or a shared link)
 * returns to the same work: `#/`, `#/work/<id>`, `#/settings`. A passage has
 * a stable link too, `#/work/<id>/p/<paragraph-id>`: it opens the work at
 * the row holding that paragraph (paragraph ids are stable across imports).
 */
export type Route =
  | { readonly view: 'library' }
  | { readonly view: 'settings' }
  | { readonly view: 'work'; readonly id: string; readonly paragraphId?: string };

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const work = /^\/work\/([^/?#]+)(?:\/p\/([^/?#]+))?/.exec(path);
  if (work?.[1]) {
    try {
      const id = decodeURIComponent(work[1]);
      return work[2] ? { view: 'work', id, paragraphId: decodeURIComponent(work[2]) } : { view: 'work', id };
    } catch {
      return { view: 'library' };
    }
  }
  if (path === '/settings') return { view: 'settings' };
  return { view: 'library' };
}

export function hashOf(route: Route): string {
  switch (route.view) {
    case 'library':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'work':
      return `#/work/${encodeURIComponent(route.id)}${route.paragraphId ? `/p/${encodeURIComponent(route.paragraphId)}` : ''}`;
  }
}

/** The absolute stable link of a passage, from the app's own address (never another origin's). */
export function passageLink(appUrl: string, workId: string, paragraphId: string): string {
  const base = appUrl.replace(/#.*$/, '');
  return `${base}${hashOf({ view: 'work', id: workId, paragraphId })}`;
}

/** The document title; a work's own title, when known, reads better than its id. */
export function titleOf(route: Route, workTitle?: string): string {
  switch (route.view) {
    case 'library':
      return 'Library — Parallax';
    case 'settings':
      return 'Settings — Parallax';
    case 'work':
      return `${workTitle ?? route.id} — Parallax`;
  }
}
