import type { DomainEvents } from '../events.ts';
import type { QueueRouter } from './route.ts';

/** Routing runs whenever a waiting chat may now find an agent. */
export function routeOnEvents(events: DomainEvents, router: QueueRouter): void {
  events.on('queue.changed', () => router.kick());
  events.on('agent.status_changed', ({ status }) => {
    if (status === 'online') router.kick();
  });
  // A chat ended or moved to a colleague: its agent has room again.
  events.on('conversation.updated', (c) => {
    if (c.status === 'closed') router.kick();
  });
  events.on('conversation.assigned', ({ previousAgentId }) => {
    if (previousAgentId) router.kick();
  });
}
