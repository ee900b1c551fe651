import type { ServiceDeps } from '../deps.ts';
import type { DomainEvents } from '../events.ts';
import { requeueChatsOf } from './requeue.ts';
import type { QueueRouter } from './route.ts';

/**
 * Routing runs whenever a waiting chat may now find an agent; an agent who went offline
 * hands their chats back to the queue first.
 */
export function routeOnEvents(events: DomainEvents, router: QueueRouter, deps: ServiceDeps): void {
  events.on('queue.changed', () => router.kick());
  events.on('agent.status_changed', async ({ agentId, status }) => {
    if (status === 'online') router.kick();
    if (status === 'offline') await requeueChatsOf(deps, agentId);
  });
  // A chat ended or moved to a colleague: its agent has room again.
  events.on('conversation.updated', (c) => {
    if (c.status === 'closed') router.kick();
  });
  events.on('conversation.assigned', ({ previousAgentId }) => {
    if (previousAgentId) router.kick();
  });
  // New departments or a higher limit may let an online agent take a waiting chat.
  events.on('agent.updated', () => router.kick());
}
