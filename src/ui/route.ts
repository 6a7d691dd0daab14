/**
 * The app's places, read from the URL hash so a reload (or a shared link)
 * returns to the same work: `#/`, `#/work/<id>`, `#/settings`.
 */
export type Route = { readonly view: 'library' } | { readonly view: 'settings' } | { readonly view: 'work'; readonly id: string };

export function routeOf(hash: string): Route {
  const path = hash.replace(/^#/, '');
  const work = /^\/work\/([^/?#]+)/.exec(path);
  if (work?.[1]) {
    try {
      return { view: 'work', id: decodeURIComponent(work[1]) };
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
      return `#/work/${encodeURIComponent(route.id)}`;
  }
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
