import { useEffect, useState } from 'preact/hooks';
import { CLOSE_TYPES } from '../../protocol/conversation.ts';
import type { TranscriptQuery } from '../../protocol/schemas/transcripts.ts';

export const TYPE_FILTERS = [...CLOSE_TYPES, 'unclassified'] as const;
export const HANDLED_BY = ['bot', 'person'] as const;
export const RATINGS = ['5', '4', '3', '2', '1'] as const;
export const PAGE_SIZE = 20;

/** The search and filters as the agent set them; '' is "any". */
export interface Filters {
  q: string;
  from: string;
  to: string;
  departmentId: string;
  agentId: string;
  type: (typeof TYPE_FILTERS)[number] | '';
  tag: string;
  rating: (typeof RATINGS)[number] | '';
  pageUrl: string;
  handledBy: (typeof HANDLED_BY)[number] | '';
}

export const NO_FILTERS: Filters = {
  q: '',
  from: '',
  to: '',
  departmentId: '',
  agentId: '',
  type: '',
  tag: '',
  rating: '',
  pageUrl: '',
  handledBy: '',
};

/** Where the agent is: the filtered list at a page, maybe with one conversation open over it. */
export interface TranscriptsRoute {
  filters: Filters;
  page: number;
  open: string | null;
}

const BASE = '#transcripts';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' =>
  options.find((o) => o === value) ?? '';

/** Hand-typed or stale values are dropped rather than sent for the server to refuse. */
export function filtersOf(params: URLSearchParams): Filters {
  const text = (key: keyof Filters) => params.get(key)?.trim() ?? '';
  const day = (key: 'from' | 'to') => (DAY.test(text(key)) ? text(key) : '');
  return {
    q: text('q'),
    from: day('from'),
    to: day('to'),
    departmentId: text('departmentId'),
    agentId: text('agentId'),
    type: oneOf(TYPE_FILTERS, params.get('type')),
    tag: text('tag'),
    rating: oneOf(RATINGS, params.get('rating')),
    pageUrl: text('pageUrl'),
    handledBy: oneOf(HANDLED_BY, params.get('handledBy')),
  };
}

/** `#transcripts/?q=…&page=2` is the list; `#transcripts/c/<id>?…` opens one over it. */
export function routeOf(hash: string): TranscriptsRoute {
  const rest = hash.startsWith(`${BASE}/`) ? hash.slice(BASE.length + 1) : '';
  const mark = rest.indexOf('?');
  const path = mark < 0 ? rest : rest.slice(0, mark);
  const search = mark < 0 ? '' : rest.slice(mark + 1);
  const params = new URLSearchParams(search);
  const page = Number(params.get('page'));
  let open: string | null = null;
  if (path.startsWith('c/') && path.length > 2) {
    try {
      open = decodeURIComponent(path.slice(2));
    } catch {
      // A broken escape typed by hand: the list is the best answer.
    }
  }
  return {
    filters: filtersOf(params),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    open,
  };
}

/** Only what is set goes in the query string, so links stay short and readable. */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

export function hrefOf(route: TranscriptsRoute): string {
  const params = filterParams(route.filters);
  if (route.page > 1) params.set('page', String(route.page));
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (route.open) return `${BASE}/c/${encodeURIComponent(route.open)}${search}`;
  return search ? `${BASE}/${search}` : BASE;
}

export function hasFilters(filters: Filters): boolean {
  return filterParams(filters).toString() !== '';
}

/** The REST query: the same fields, with the page and its size. */
export function apiQuery(route: TranscriptsRoute): TranscriptQuery {
  const f = route.filters;
  return {
    page: route.page,
    pageSize: PAGE_SIZE,
    ...(f.q && { q: f.q }),
    ...(f.from && { from: f.from }),
    ...(f.to && { to: f.to }),
    ...(f.departmentId && { departmentId: f.departmentId }),
    ...(f.agentId && { agentId: f.agentId }),
    ...(f.type && { type: f.type }),
    ...(f.tag && { tag: f.tag }),
    ...(f.rating && { rating: Number(f.rating) }),
    ...(f.pageUrl && { pageUrl: f.pageUrl }),
    ...(f.handledBy && { handledBy: f.handledBy }),
  };
}

/** Reload, a bookmark and Back keep the search, as the console's other pages keep their place. */
export function useTranscriptsRoute(): TranscriptsRoute {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
