import type { DomainEvents } from '../../services/events.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';

/**
 * 工单 notices go to every console tab of the agents named (the owner, a department's
 * contacts), whatever page they have open.
 */
export function broadcastTicketNotices(events: DomainEvents, nsp: AgentNamespace): void {
  events.on('ticket.changed', ({ notice, agentIds }) => {
    nsp.to(agentIds.map((id) => rooms.agent(id))).emit('ticket.changed', notice);
  });
}
