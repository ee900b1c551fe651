import { useEffect, useState } from 'preact/hooks';

/** The list, the builder (new, or a saved survey) or a survey's results. */
export type SurveysView =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'edit'; id: string }
  | { kind: 'results'; id: string };

const BASE = '#surveys';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** `#surveys`, `#surveys/new`, `#surveys/<id>`, `#surveys/<id>/results`; anything else is the list. */
export function viewOf(hash: string): SurveysView {
  const rest = hash.startsWith(`${BASE}/`) ? hash.slice(BASE.length + 1) : '';
  if (rest === 'new') return { kind: 'new' };
  const [id = '', part, extra] = rest.split('/');
  if (!ID.test(id) || extra !== undefined) return { kind: 'list' };
  if (part === undefined) return { kind: 'edit', id };
  return part === 'results' ? { kind: 'results', id } : { kind: 'list' };
}

export function hrefOf(view: SurveysView): string {
  switch (view.kind) {
    case 'list':
      return BASE;
    case 'new':
      return `${BASE}/new`;
    case 'edit':
      return `${BASE}/${view.id}`;
    case 'results':
      return `${BASE}/${view.id}/results`;
  }
}

/** Reload, a bookmark and Back keep the view. */
export function useSurveysView(): SurveysView {
  const [view, setView] = useState(() => viewOf(location.hash));
  useEffect(() => {
    const onChange = () => setView(viewOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}
