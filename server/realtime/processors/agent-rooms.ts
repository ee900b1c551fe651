import type { DomainEvents } from '../../services/events.ts';
import type { AgentRow } from '../../store/types.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';

/** The queue rooms a console tab of this account listens to (admins watch every queue). */
const queueRooms = (agent: AgentRow) =>
  agent.role === 'admin' ? [rooms.allQueues] : agent.departments.map(rooms.queue);

/**
 * An admin changed an account's role or departments: its open console tabs move to the new
 * queues now, not at the next sign-in, and reload the queue.
 */
export function moveEditedAgentTabs(events: DomainEvents, nsp: AgentNamespace): void {
  events.on('agent.updated', ({ before, after }) => {
    const tabs = nsp.in(rooms.agent(after.id));
    tabs.socketsLeave(queueRooms(before));
    tabs.socketsJoin(queueRooms(after));
    tabs.emit('queue.changed');
  });
}
