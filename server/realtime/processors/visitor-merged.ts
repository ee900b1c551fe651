import type { DomainEvents } from '../../services/events.ts';
import { rooms } from '../rooms.ts';
import type { VisitorNamespace } from '../visitor/types.ts';

/**
 * A browser merged into a verified customer: its tabs still act as the visitor it was, so they
 * are told to go (after the identify ack, which is already on its way) and come back as the
 * customer, whose history they then see.
 */
export function reconnectMergedVisitorTabs(events: DomainEvents, nsp: VisitorNamespace): void {
  events.on('visitor.merged', ({ visitorId }) => {
    setImmediate(() => nsp.in(rooms.visitor(visitorId)).disconnectSockets());
  });
}
