import type { z } from 'zod';
import {
  OPEN_TICKET_STATUSES,
  type OverdueTickets,
  type TicketDetail,
  type TicketList,
} from '../../../protocol/index.ts';
import type { ticketListQuerySchema } from '../../../protocol/schemas/tickets.ts';
import type { TicketFilter } from '../../store/types.ts';
import { currentAgent } from '../agent/access.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';
import { visibility, visibleTicket } from './access.ts';
import { presentDetail, presentTickets } from './present.ts';
import { hoursAfter } from './hours.ts';

/** More than a desk has overdue at once; the list is for supervisors to work through. */
const OVERDUE_LIMIT = 1000;

/**
 * The tickets the agent may see (admins: all; agents: their own, their departments' and the
 * departments they are a contact of), filtered, a page at a time. With `due`, only open
 * tickets, soonest due first; otherwise newest first.
 */
export async function listTickets(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  query: z.output<typeof ticketListQuerySchema>,
): Promise<TicketList> {
  const agent = await currentAgent(deps, agentId);
  const now = deps.clock.now();
  let statuses =
    query.status === undefined
      ? undefined
      : query.status === 'open'
        ? OPEN_TICKET_STATUSES
        : [query.status];
  const filter: TicketFilter = {
    visibleTo: visibility(agent),
    type: query.type,
    departmentId: query.departmentId,
    ownerId: query.ownerId,
    unowned: query.unowned === 'true',
    ref: query.ref,
    order: query.due ? 'due' : 'newest',
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  if (query.due) {
    statuses = (statuses ?? OPEN_TICKET_STATUSES).filter((s) => OPEN_TICKET_STATUSES.includes(s));
    if (query.due === 'overdue') filter.dueBy = now.toISOString();
    else {
      const { dueSoonHours } = (await getDeskSettings(deps)).tickets;
      filter.dueAfter = now.toISOString();
      filter.dueBy = hoursAfter(now, dueSoonHours);
    }
  }
  const { rows, total } = await deps.store.tickets.list({ ...filter, statuses });
  return {
    tickets: await presentTickets(deps, rows),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** For supervisors (admins): every open ticket past its due time, the longest overdue first. */
export async function overdueTickets(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
): Promise<OverdueTickets> {
  const at = deps.clock.now().toISOString();
  const { rows } = await deps.store.tickets.list({
    visibleTo: null,
    statuses: OPEN_TICKET_STATUSES,
    dueBy: at,
    order: 'due',
    limit: OVERDUE_LIMIT,
    offset: 0,
  });
  return { at, tickets: await presentTickets(deps, rows) };
}

/** One ticket with its whole timeline. */
export async function getTicket(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  agentId: string,
  ticketId: string,
): Promise<TicketDetail> {
  const agent = await currentAgent(deps, agentId);
  const { ticket } = await visibleTicket(deps, agent, ticketId);
  return presentDetail(deps, ticket);
}
