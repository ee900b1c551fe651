import type { Ticket, TicketDetail } from '../../../protocol/index.ts';
import { dueState, presentTicket, presentTicketEvent } from '../../presenters/tickets.ts';
import type { TicketRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { getDeskSettings } from '../desk/settings.ts';

/** Names by agent id, each looked up once however many rows name them. */
async function agentNames(
  deps: Pick<ServiceDeps, 'store'>,
  ids: Iterable<string | null>,
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (id === null) continue;
    const agent = await deps.store.agents.get(id);
    if (agent) names.set(id, agent.name);
  }
  return names;
}

/** Tickets as consoles see them, with the deadline state on the server's clock now. */
export async function presentTickets(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  rows: TicketRow[],
): Promise<Ticket[]> {
  const { dueSoonHours } = (await getDeskSettings(deps)).tickets;
  const now = deps.clock.now();
  const names = await agentNames(
    deps,
    rows.map((r) => r.ownerId),
  );
  return rows.map((r) =>
    presentTicket(
      r,
      r.ownerId === null ? null : (names.get(r.ownerId) ?? null),
      dueState(r, now, dueSoonHours),
    ),
  );
}

export async function presentOne(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  row: TicketRow,
): Promise<Ticket> {
  const [ticket] = await presentTickets(deps, [row]);
  if (!ticket) throw new Error('presenting one ticket gave none');
  return ticket;
}

/** The ticket with its whole timeline, oldest first. */
export async function presentDetail(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  row: TicketRow,
): Promise<TicketDetail> {
  const events = await deps.store.tickets.events(row.id);
  const names = await agentNames(
    deps,
    events.map((e) => e.actorAgentId),
  );
  return {
    ticket: await presentOne(deps, row),
    timeline: events.map((e) =>
      presentTicketEvent(e, e.actorAgentId === null ? null : (names.get(e.actorAgentId) ?? null)),
    ),
  };
}
