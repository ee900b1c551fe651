import { visitorAuthSchema } from '../../../protocol/schemas/visitor.ts';
import type { Logger } from '../../logger.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { authenticateVisitor } from '../../services/visitor/authenticate.ts';
import { currentConversation } from '../../services/visitor/current-conversation.ts';
import { rooms } from '../rooms.ts';
import type { VisitorSocket } from './types.ts';

type Next = (err?: Error) => void;

/** Drops any socket whose handshake does not carry a valid visitor token. */
export function authenticate(deps: ServiceDeps, logger: Logger) {
  return (socket: VisitorSocket, next: Next): void => {
    const auth = visitorAuthSchema.safeParse(socket.handshake.auth);
    if (!auth.success) return next(new Error('unauthorized'));
    authenticateVisitor(deps, auth.data.token, auth.data.lang).then(
      (actor) => {
        if (!actor) return next(new Error('unauthorized'));
        socket.data = actor;
        next();
      },
      (err: unknown) => {
        logger.error({ err }, 'visitor authentication failed');
        next(new Error('internal'));
      },
    );
  };
}

/**
 * Joins the visitor's own room first, then their conversation's: a conversation another
 * tab starts meanwhile is announced to the visitor room, so this socket cannot miss it.
 */
export function joinRooms(deps: ServiceDeps, logger: Logger) {
  return (socket: VisitorSocket, next: Next): void => {
    socket.join(rooms.visitor(socket.data.visitorId));
    currentConversation(deps, socket.data).then(
      (conversation) => {
        if (conversation) socket.join(rooms.conversation(conversation.id));
        next();
      },
      (err: unknown) => {
        logger.error({ err }, 'joining visitor rooms failed');
        next(new Error('internal'));
      },
    );
  };
}
