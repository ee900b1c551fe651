import type { AgentRow } from '../../store/types.ts';
import type { ServiceDeps } from '../deps.ts';
import { hashToken } from '../token.ts';
import { SESSION_IDLE_MS, SESSION_TOUCH_MS } from './session-policy.ts';

/** A signed-in agent, as the HTTP layer hands it to services. */
export interface AgentActor {
  agent: AgentRow;
  /** The stored session id (the token's hash), for logging out. */
  sessionId: string;
}

/**
 * The agent a session cookie belongs to, or null when the session is unknown, past its
 * idle or absolute limit (it is then deleted), or the account is disabled.
 */
export async function authenticateAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  token: string,
): Promise<AgentActor | null> {
  const sessionId = hashToken(token);
  const session = await deps.store.agentSessions.get(sessionId);
  if (!session) return null;
  const now = deps.clock.now().getTime();
  const idle = now - Date.parse(session.lastSeenAt);
  if (now >= Date.parse(session.expiresAt) || idle >= SESSION_IDLE_MS) {
    await deps.store.agentSessions.delete(sessionId);
    return null;
  }
  const agent = await deps.store.agents.get(session.agentId);
  if (!agent || agent.disabled) return null;
  if (idle >= SESSION_TOUCH_MS) {
    await deps.store.agentSessions.touch(sessionId, new Date(now).toISOString());
  }
  return { agent, sessionId };
}
