import type { AgentAdmin } from '../../../protocol/index.ts';
import type { ServiceDeps } from '../deps.ts';
import { requeueChatsOf } from '../queue/requeue.ts';
import { keepAnActiveAdmin } from './account-rules.ts';
import { oneAtATime } from './admin-lock.ts';
import { agentAdmin, existingAgent } from './list-agents.ts';
import { endSessionsOf } from './end-sessions.ts';
import { agentLeft } from './presence.ts';

/**
 * Someone left the team: the account can no longer sign in, its open console tabs are
 * disconnected, it goes offline and the chats it held go back to the front of their queues.
 * Kept, not deleted: past chats and notes name it. Deactivating twice changes nothing.
 */
export async function deactivateAgent(deps: ServiceDeps, id: string): Promise<AgentAdmin> {
  await oneAtATime(deps.store, async () => {
    const agent = await existingAgent(deps, id);
    if (agent.disabled) return;
    await keepAnActiveAdmin(deps, agent, 'deactivate');
    await deps.store.agents.setDisabled(id, true, deps.clock.now().toISOString());
  });
  await endSessionsOf(deps, id);
  await agentLeft(deps, id);
  // Also when the agent was offline already: a restart leaves held chats with offline agents.
  await requeueChatsOf(deps, id);
  return agentAdmin(deps, id);
}

/** The account may sign in again; it starts offline, with no chats. */
export async function reactivateAgent(
  deps: Pick<ServiceDeps, 'store' | 'clock'>,
  id: string,
): Promise<AgentAdmin> {
  await existingAgent(deps, id);
  await deps.store.agents.setDisabled(id, false, deps.clock.now().toISOString());
  return agentAdmin(deps, id);
}
