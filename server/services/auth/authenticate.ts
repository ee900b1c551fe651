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

/** A live session and the moment it ends unless used again (idle) or at the latest (absolute). */
export interface LiveSession extends AgentActor {
  endsAt: Date;
}

/**
 * The agent a session cookie belongs to, or null when the session is unknown, past its
 * idle or absolute limit (it is then deleted), or the account is disabled.
 */
export async function authenticateAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  token: string,
): Promise<AgentActor | null> {
  const live = await liveSession(deps, hashToken(token));
  return live && { agent: live.agent, sessionId: live.sessionId };
}

/**
 * The same check by stored session id, for a console socket that signed in earlier: each use
 * counts as activity, like a request.
 */
export async function liveSession(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  sessionId: string,
): Promise<LiveSession | null> {
  const session = await deps.store.agentSessions.get(sessionId);
  if (!session) return null;
  const now = deps.clock.now().getTime();
  const expiresAt = Date.parse(session.expiresAt);
  let lastSeen = Date.parse(session.lastSeenAt);
  if (now >= expiresAt || now - lastSeen >= SESSION_IDLE_MS) {
    await deps.store.agentSessions.delete(sessionId);
    return null;
  }
  const agent = await deps.store.agents.get(session.agentId);
  if (!agent || agent.disabled) return null;
  if (now - lastSeen >= SESSION_TOUCH_MS) {
    await deps.store.agentSessions.touch(sessionId, new Date(now).toISOString());
    lastSeen = now;
  }
  return { agent, sessionId, endsAt: new Date(Math.min(expiresAt, lastSeen + SESSION_IDLE_MS)) };
}
