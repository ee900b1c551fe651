import type { ServiceDeps } from '../deps.ts';

/**
 * Signs the agent out everywhere but `keep` (the admin's own sign-in, when they change their
 * own password): each ended session's console tabs are disconnected and, reconnecting, are
 * asked to sign in again.
 */
export async function endSessionsOf(
  deps: Pick<ServiceDeps, 'store' | 'events'>,
  agentId: string,
  keep?: string,
): Promise<void> {
  const ended = await deps.store.agentSessions.deleteForAgent(agentId, keep);
  for (const sessionId of ended) deps.events.emit('session.ended', { sessionId, agentId });
}
