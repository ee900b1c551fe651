import { useEffect, useState } from 'preact/hooks';

/** Where in the knowledge base the admin is; it lives in the hash, after `#knowledge`. */
export type KbRoute =
  | { view: 'list' }
  | { view: 'new' }
  | { view: 'entry'; id: string }
  | { view: 'test' }
  | { view: 'transfer' }
  | { view: 'gaps' };

const BASE = '#knowledge';

export function routeOf(hash: string): KbRoute {
  const rest = hash.startsWith(`${BASE}/`) ? hash.slice(BASE.length + 1) : '';
  if (rest === 'new') return { view: 'new' };
  if (rest === 'test') return { view: 'test' };
  if (rest === 'transfer') return { view: 'transfer' };
  if (rest === 'gaps') return { view: 'gaps' };
  if (rest.startsWith('entry/') && rest.length > 'entry/'.length) {
    try {
      return { view: 'entry', id: decodeURIComponent(rest.slice('entry/'.length)) };
    } catch {
      // A hand-typed broken escape: the list is the best answer.
    }
  }
  return { view: 'list' };
}

export function hrefOf(route: KbRoute): string {
  if (route.view === 'list') return BASE;
  if (route.view === 'entry') return `${BASE}/entry/${encodeURIComponent(route.id)}`;
  return `${BASE}/${route.view}`;
}

export function go(route: KbRoute): void {
  location.hash = hrefOf(route);
}

/** A link, Back and a reload all keep the view, as for the console's own pages. */
export function useKbRoute(): KbRoute {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
