import type { ServiceDeps } from '../deps.ts';
import { hashToken } from '../token.ts';

/**
 * Ends the session the token names; an unknown or already ended one is fine. Other sessions
 * of the same agent (another browser) go on.
 */
export async function logout(
  deps: Pick<ServiceDeps, 'store' | 'events'>,
  token: string,
): Promise<void> {
  const sessionId = hashToken(token);
  const session = await deps.store.agentSessions.get(sessionId);
  if (!session) return;
  await deps.store.agentSessions.delete(sessionId);
  deps.events.emit('session.ended', { sessionId, agentId: session.agentId });
}
