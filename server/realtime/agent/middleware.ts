import { isOwnOrigin, sessionTokenFrom } from '../../console-session.ts';
import type { Logger } from '../../logger.ts';
import { authenticateAgent } from '../../services/auth/authenticate.ts';
import type { ServiceDeps } from '../../services/deps.ts';
import { handshake } from '../handshake.ts';
import type { AgentSocket } from './types.ts';

/**
 * Lets a console socket in only with a live session cookie (refreshing the session like any
 * console request). The cookie is SameSite=Strict, but a WebSocket handshake is not covered
 * by CORS, so a page on another site is refused by its Origin as well.
 */
export function authenticate(deps: ServiceDeps, logger: Logger) {
  return handshake(logger, 'agent authentication', async (socket: AgentSocket) => {
    const { origin, host, cookie } = socket.handshake.headers;
    if (origin !== undefined && !isOwnOrigin(origin, host)) return new Error('forbidden');
    const token = sessionTokenFrom(cookie);
    if (!token) return new Error('unauthorized');
    const actor = await authenticateAgent(deps, token);
    if (!actor) return new Error('unauthorized');
    socket.data = { agentId: actor.agent.id, role: actor.agent.role, sessionId: actor.sessionId };
    return undefined;
  });
}
