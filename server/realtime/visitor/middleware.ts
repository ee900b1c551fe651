import { visitorAuthSchema } from '../../../protocol/schemas/visitor.ts';
import type { Logger } from '../../logger.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { authenticateVisitor } from '../../services/visitor/authenticate.ts';
import { currentConversation } from '../../services/visitor/current-conversation.ts';
import { recordVisitorClient } from '../../services/visitor/record-client.ts';
import { handshake } from '../handshake.ts';
import { rooms } from '../rooms.ts';
import type { VisitorSocket } from './types.ts';

/** Drops any socket whose handshake does not carry a valid visitor token. */
export function authenticate(deps: ServiceDeps, logger: Logger) {
  return handshake(logger, 'visitor authentication', async (socket: VisitorSocket) => {
    const auth = visitorAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return new Error('unauthorized');
    const actor = await authenticateVisitor(deps, auth.data.token, auth.data.lang);
    if (!actor) return new Error('unauthorized');
    socket.data = actor;
    await recordVisitorClient(deps, actor.visitorId, socket.handshake.headers['user-agent']);
    return undefined;
  });
}

/**
 * Joins the visitor's own room first, then their conversation's: a conversation another
 * tab starts meanwhile is announced to the visitor room, so this socket cannot miss it.
 */
export function joinRooms(deps: ServiceDeps, logger: Logger) {
  return handshake(logger, 'joining visitor rooms', async (socket: VisitorSocket) => {
    socket.join(rooms.visitor(socket.data.visitorId));
    const conversation = await currentConversation(deps, socket.data);
    if (conversation) socket.join(rooms.conversation(conversation.id));
    return undefined;
  });
}
