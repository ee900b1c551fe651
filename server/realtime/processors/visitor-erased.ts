import type { DomainEvents } from '../../services/events.ts';
import { rooms } from '../rooms.ts';
import type { VisitorNamespace } from '../visitor/types.ts';

/**
 * An erased visitor's open tabs are disconnected: their token unlocks nothing any more, so a
 * reconnect is refused and nothing more is written for a visitor who no longer exists.
 */
export function endErasedVisitorTabs(events: DomainEvents, nsp: VisitorNamespace): void {
  events.on('visitor.erased', ({ visitorId }) => {
    nsp.in(rooms.visitor(visitorId)).disconnectSockets(true);
  });
}
