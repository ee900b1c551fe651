import type { DomainEvents } from '../../services/events.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';

/** Every console tab of an agent shows the same status, whichever tab (or the server) changed it. */
export function broadcastToAgents(events: DomainEvents, nsp: AgentNamespace): void {
  events.on('agent.status_changed', ({ agentId, status }) => {
    nsp.to(rooms.agent(agentId)).emit('status.changed', { status });
  });
}
