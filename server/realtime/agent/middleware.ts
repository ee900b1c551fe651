import { sessionTokenFrom } from '../../console-session.ts';
import type { Logger } from '../../logger.ts';
import { authenticateAgent } from '../../services/auth/authenticate.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { handshake } from '../handshake.ts';
import type { AgentSocket } from './types.ts';

/**
 * Lets a console socket in only with a live session cookie (refreshing the session like any
 * console request). The cookie is SameSite=Strict, but a WebSocket handshake is not covered
 * by CORS: a page on another site is refused by its Origin before this, at the engine
 * (abuse/connections.ts).
 */
export function authenticate(deps: ServiceDeps, logger: Logger) {
  return handshake(logger, 'agent authentication', async (socket: AgentSocket) => {
    const token = sessionTokenFrom(socket.handshake.headers.cookie);
    if (!token) return new Error('unauthorized');
    const actor = await authenticateAgent(deps, token);
    if (!actor) return new Error('unauthorized');
    socket.data = { agentId: actor.agent.id, role: actor.agent.role, sessionId: actor.sessionId };
    return undefined;
  });
}
