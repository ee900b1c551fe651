import type { Logger } from '../../logger.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import type { DomainEvents } from '../../services/events.ts';
import { departmentQueue } from '../../services/queue/queue-status.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';
import type { VisitorNamespace } from '../visitor/types.ts';

/**
 * When a department's queue changes, every waiting visitor hears their new place and every
 * console watching that queue is told to refresh it. Changes within one tick are sent once
 * per department: a burst of handoffs does not recount the line for each of them.
 */
export function broadcastQueues(
  events: DomainEvents,
  visitors: VisitorNamespace,
  agents: AgentNamespace,
  deps: Pick<ServiceDeps, 'store'>,
  logger: Logger,
): void {
  const dirty = new Set<string>();
  let scheduled = false;

  const flush = async () => {
    scheduled = false;
    const departments = [...dirty];
    dirty.clear();
    for (const departmentId of departments) {
      for (const status of await departmentQueue(deps, departmentId)) {
        visitors.to(rooms.conversation(status.conversationId)).emit('queue.updated', status);
      }
      agents.to([rooms.queue(departmentId), rooms.allQueues]).emit('queue.changed');
    }
  };

  events.on('queue.changed', ({ departmentId }) => {
    dirty.add(departmentId);
    if (scheduled) return;
    scheduled = true;
    setImmediate(() => {
      flush().catch((err: unknown) => logger.error({ err }, 'could not announce the queue'));
    });
  });
}
