import { useEffect, useState } from 'preact/hooks';
import { TICKET_STATUSES, TICKET_TYPES } from '../../protocol/tickets.ts';

export const STATUS_FILTERS = ['open', ...TICKET_STATUSES] as const;
/** mine: owned by the signed-in agent; none: nobody owns it (the department's to take). */
export const OWNER_FILTERS = ['mine', 'none'] as const;
export const DUE_FILTERS = ['overdue', 'soon'] as const;
export const PAGE_SIZE = 20;

/** The list's filters as the agent set them; '' is "any". */
export interface TicketFilters {
  status: (typeof STATUS_FILTERS)[number] | '';
  type: (typeof TICKET_TYPES)[number] | '';
  departmentId: string;
  owner: (typeof OWNER_FILTERS)[number] | '';
  due: (typeof DUE_FILTERS)[number] | '';
}

export const NO_FILTERS: TicketFilters = {
  status: '',
  type: '',
  departmentId: '',
  owner: '',
  due: '',
};

/** The list at a page, maybe with one ticket open over it or the new-ticket form. */
export interface TicketsRoute {
  filters: TicketFilters;
  page: number;
  view: { kind: 'list' } | { kind: 'ticket'; id: string } | { kind: 'new' };
}

const BASE = '#tickets';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | '' =>
  options.find((o) => o === value) ?? '';

/** Hand-typed or stale values are dropped rather than sent for the server to refuse. */
export function filtersOf(params: URLSearchParams): TicketFilters {
  const department = params.get('departmentId')?.trim() ?? '';
  return {
    status: oneOf(STATUS_FILTERS, params.get('status')),
    type: oneOf(TICKET_TYPES, params.get('type')),
    departmentId: ID.test(department) ? department : '',
    owner: oneOf(OWNER_FILTERS, params.get('owner')),
    due: oneOf(DUE_FILTERS, params.get('due')),
  };
}

/** `#tickets/?status=open&page=2` is the list; `#tickets/t/<id>?…` a ticket; `#tickets/new?…`. */
export function routeOf(hash: string): TicketsRoute {
  const rest = hash.startsWith(`${BASE}/`) ? hash.slice(BASE.length + 1) : '';
  const mark = rest.indexOf('?');
  const path = mark < 0 ? rest : rest.slice(0, mark);
  const params = new URLSearchParams(mark < 0 ? '' : rest.slice(mark + 1));
  const page = Number(params.get('page'));
  const id = path.startsWith('t/') ? path.slice(2) : '';
  const view: TicketsRoute['view'] =
    path === 'new' ? { kind: 'new' } : ID.test(id) ? { kind: 'ticket', id } : { kind: 'list' };
  return {
    filters: filtersOf(params),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    view,
  };
}

/** Only what is set goes in the query string, so links stay short and readable. */
export function hrefOf(route: TicketsRoute): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(route.filters)) if (value) params.set(key, value);
  if (route.page > 1) params.set('page', String(route.page));
  const query = params.toString();
  const search = query ? `?${query}` : '';
  if (route.view.kind === 'ticket') return `${BASE}/t/${route.view.id}${search}`;
  if (route.view.kind === 'new') return `${BASE}/new${search}`;
  return search ? `${BASE}/${search}` : BASE;
}

/** One ticket, opened over the unfiltered list (from a notice, a left message, a chat). */
export function ticketHref(id: string): string {
  return hrefOf({ filters: NO_FILTERS, page: 1, view: { kind: 'ticket', id } });
}

export function hasFilters(filters: TicketFilters): boolean {
  return Object.values(filters).some(Boolean);
}

/** The REST query of GET /api/tickets; "mine" needs to know who is asking. */
export function apiParams(route: TicketsRoute, agentId: string): URLSearchParams {
  const f = route.filters;
  const params = new URLSearchParams({ page: String(route.page), pageSize: String(PAGE_SIZE) });
  if (f.status) params.set('status', f.status);
  if (f.type) params.set('type', f.type);
  if (f.departmentId) params.set('departmentId', f.departmentId);
  if (f.owner === 'mine') params.set('ownerId', agentId);
  if (f.owner === 'none') params.set('unowned', 'true');
  if (f.due) params.set('due', f.due);
  return params;
}

/** Reload, a bookmark and Back keep the list and the open ticket. */
export function useTicketsRoute(): TicketsRoute {
  const [route, setRoute] = useState(() => routeOf(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(routeOf(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
