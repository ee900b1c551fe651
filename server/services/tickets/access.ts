import type { AgentRow, TicketRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { ServiceError } from '../errors.ts';
import type { Party } from './lifecycle.ts';

/** Every way the agent stands to the ticket; none means they may not even see it. */
export async function partiesOf(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  ticket: TicketRow,
): Promise<Set<Party>> {
  const parties = new Set<Party>();
  if (agent.role === 'admin') parties.add('admin');
  if (ticket.ownerId === agent.id) parties.add('owner');
  if (agent.departments.includes(ticket.departmentId)) parties.add('member');
  const contacts = await deps.store.tickets.contacts();
  if (contacts.get(ticket.departmentId)?.includes(agent.id)) parties.add('contact');
  return parties;
}

/**
 * A ticket the agent may see, and how they stand to it. Unknown and not visible read alike,
 * so references and ids cannot be probed.
 */
export async function visibleTicket(
  deps: Pick<ServiceDeps, 'store'>,
  agent: AgentRow,
  ticketId: string,
): Promise<{ ticket: TicketRow; parties: Set<Party> }> {
  const ticket = await deps.store.tickets.get(ticketId);
  const parties = ticket ? await partiesOf(deps, agent, ticket) : new Set<Party>();
  if (!ticket || parties.size === 0) throw new ServiceError('not_found', 'No such ticket.');
  return { ticket, parties };
}

/** The list filter that shows an agent what `visibleTicket` would let them open. */
export function visibility(agent: AgentRow): { agentId: string; departments: string[] } | null {
  return agent.role === 'admin' ? null : { agentId: agent.id, departments: agent.departments };
}
