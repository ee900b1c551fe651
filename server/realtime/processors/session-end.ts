import type { DomainEvents } from '../../services/events.ts';
import type { AgentNamespace } from '../agent/types.ts';
import { rooms } from '../rooms.ts';

/**
 * Signing out ends that sign-in's live console tabs, not the agent's other browsers. The tab
 * sees a server disconnect, reconnects, is refused as unauthorized and shows the login form.
 */
export function endSignedOutTabs(events: DomainEvents, nsp: AgentNamespace): void {
  events.on('session.ended', ({ sessionId }) => {
    nsp.in(rooms.session(sessionId)).disconnectSockets();
  });
}
