import type { ServiceDeps } from '../deps.ts';
import { currentAgent } from './access.ts';

/** What a console tab listens to: its departments' queues (null: all, for admins) and held chats. */
export async function followedBy(
  deps: Pick<ServiceDeps, 'store'>,
  agentId: string,
): Promise<{ queues: string[] | null; conversations: string[] }> {
  const agent = await currentAgent(deps, agentId);
  const held = await deps.store.conversations.listActiveFor(agent.id);
  return {
    queues: agent.role === 'admin' ? null : agent.departments,
    conversations: held.map((c) => c.id),
  };
}
